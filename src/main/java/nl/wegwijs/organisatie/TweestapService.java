package nl.wegwijs.organisatie;

import java.time.Clock;
import java.util.Collection;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.system.TweedeStap;

/**
 * Two-factor login with an authenticator app (TOTP). Any medewerker may enrol; a beheerder can require it for all
 * medewerkers of a gemeente or uitvoerder, and reset it for one who lost their phone. The secret is stored
 * encrypted with AES-GCM under the key {@code wegwijs.totp.sleutel} and never shown again after enrolment; a code is
 * accepted once.
 */
@Service
public class TweestapService implements TweedeStap {

    /** The name the authenticator app shows above the codes. */
    static final String UITGEVER = "Wegwijs";

    private static final Logger LOG = LoggerFactory.getLogger(TweestapService.class);
    // the key derivation's salt (hex): fixed, the key itself comes from configuration
    private static final String ZOUT = "5765677769a73e2a";

    private final Tweestappen tweestappen;
    private final Totp totp;
    private final TextEncryptor versleuteling;
    private final Clock clock;

    TweestapService(Tweestappen tweestappen, Clock clock, @Value("${wegwijs.totp.sleutel}") String sleutel) {
        this.tweestappen = tweestappen;
        this.clock = clock;
        this.totp = new Totp(clock);
        this.versleuteling = Encryptors.delux(sleutel, ZOUT);
    }

    @Override
    @Transactional(readOnly = true)
    public @Nullable String naWachtwoord(Authentication authentication) {
        if (!(authentication.getPrincipal() instanceof IngelogdeMedewerker ingelogd)) {
            return null;
        }
        Medewerker m = ingelogd.getMedewerker();
        if (ingesteld(m.id())) {
            return CODE;
        }
        return verplicht(m.organisatieId()) ? INSTELLEN : null;
    }

    public boolean ingesteld(UUID medewerker) {
        return tweestappen.geheim(medewerker).isPresent();
    }

    /** Which of these medewerkers have enrolled. */
    public Set<UUID> ingesteld(Collection<UUID> medewerkers) {
        return tweestappen.ingesteld(medewerkers);
    }

    /** Whether the gemeente or uitvoerder requires two-factor login of its medewerkers. */
    public boolean verplicht(UUID organisatie) {
        return tweestappen.verplicht(organisatie);
    }

    /** A new enrolment: a fresh secret, to keep (encrypted, see {@link #versleutel}) until the first code. */
    public Inschrijving nieuweInschrijving(Medewerker ik) {
        return inschrijving(ik, Totp.nieuwGeheim());
    }

    /** The enrolment of a secret generated before: its QR code contents and the secret to type. */
    public Inschrijving inschrijving(Medewerker ik, String geheim) {
        return new Inschrijving(geheim, Totp.uri(UITGEVER, ik.gebruikersnaam(), geheim));
    }

    /** Encrypts a secret that is not yet confirmed, to keep it in the session until the first code. */
    public String versleutel(String geheim) {
        return versleuteling.encrypt(geheim);
    }

    public String ontsleutel(String versleuteld) {
        return versleuteling.decrypt(versleuteld);
    }

    /**
     * Enrols with the secret the app was given, when the code from the app is right. False for a wrong code; an
     * already enrolled medewerker keeps the secret they have.
     */
    @Transactional
    public boolean stelIn(Medewerker ik, String geheim, String code) {
        OptionalLong stap = totp.controleer(geheim, code);
        if (stap.isEmpty()) {
            return false;
        }
        if (tweestappen.stelIn(ik.id(), versleutel(geheim), clock.instant(), stap.getAsLong())) {
            tweestappen.gebeurtenis("INGESTELD", ik.id(), ik.organisatieId(), ik.id(), clock.instant());
            LOG.info("Tweestapsverificatie ingesteld door medewerker {}", ik.id());
        }
        return true;
    }

    /** Whether the code is right now and was not used before; a right code can be used once. */
    @Transactional
    public boolean controleer(Medewerker ik, String code) {
        String versleuteld = tweestappen.geheim(ik.id()).orElse(null);
        if (versleuteld == null) {
            return false;
        }
        OptionalLong stap = totp.controleer(ontsleutel(versleuteld), code);
        return stap.isPresent() && tweestappen.gebruikStap(ik.id(), stap.getAsLong());
    }

    /** A beheerder removes a medewerker's two-factor login (lost phone); they enrol again at their next login. */
    @Transactional
    public void herstel(Medewerker ik, UUID medewerker) {
        vereisBeheerder(ik);
        if (tweestappen.verwijder(medewerker)) {
            tweestappen.gebeurtenis("HERSTELD", medewerker, null, ik.id(), clock.instant());
            LOG.info("Tweestapsverificatie van medewerker {} hersteld door beheerder {}", medewerker, ik.id());
        }
    }

    /** A beheerder requires (or stops requiring) two-factor login for a gemeente or uitvoerder. */
    @Transactional
    public void zetVerplicht(Medewerker ik, UUID organisatie, boolean verplicht) {
        vereisBeheerder(ik);
        if (verplicht == verplicht(organisatie)) {
            return;
        }
        if (verplicht) {
            tweestappen.zetVerplicht(organisatie, clock.instant(), ik.id());
        }
        else {
            tweestappen.zetNietVerplicht(organisatie);
        }
        tweestappen.gebeurtenis(verplicht ? "VERPLICHT" : "NIET_VERPLICHT", null, organisatie, ik.id(),
                clock.instant());
        LOG.info("Tweestapsverificatie {} voor organisatie {} door beheerder {}",
                verplicht ? "verplicht" : "niet meer verplicht", organisatie, ik.id());
    }

    private static void vereisBeheerder(Medewerker ik) {
        if (!ik.heeftRol(Rol.BEHEERDER)) {
            throw new NietGevonden();
        }
    }

    /** What an authenticator app needs: the secret (to type) and the otpauth URI (in the QR code). */
    public record Inschrijving(String geheim, String uri) {
    }
}

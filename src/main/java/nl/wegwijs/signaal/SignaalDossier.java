package nl.wegwijs.signaal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.traject.Dossier;
import nl.wegwijs.traject.Inzage;
import nl.wegwijs.traject.DossierOnderdeel;
import nl.wegwijs.traject.Toegang;
import nl.wegwijs.verwerkingslog.Actie;

/**
 * The signals section of the household file, near the top because it may be urgent: open signals with urgency,
 * addressee, last activity and their open actions, as far as the reader may see them ({@link Signaalbeleid}, in the
 * query), with the "toestemming nodig" notice when signals in general need a consent. One query, plus one
 * processing-log statement through the file's Inzage (so one row per person for the whole page) when signals are
 * shown.
 */
@Component
public class SignaalDossier implements DossierOnderdeel {

    /** How many open signals the file shows; the household's signals page shows all. */
    static final int MAX = 10;

    private final Signalen signalen;
    private final Clock clock;

    SignaalDossier(Signalen signalen, Clock clock) {
        this.signalen = signalen;
        this.clock = clock;
    }

    @Override
    public int volgorde() {
        return 100;
    }

    @Override
    public String template() {
        return "signaal/dossier";
    }

    @Override
    @Transactional
    public Object model(Inzage inzage, Dossier dossier) {
        Toegang toegang = inzage.toegang();
        HuishoudenId h = dossier.huishouden().id();
        List<OpenSignaal> open = signalen.dossier(h, Signaalbeleid.sql(inzage.medewerker(), inzage), MAX);
        if (!open.isEmpty()) {
            inzage.log(Actie.LEZEN, "signalen", h.value());
        }
        Map<UUID, String> namen = new LinkedHashMap<>();
        dossier.huishouden().personen().forEach(p -> namen.put(p.id(), p.naam()));
        return new Model(h, open, toegang.magBegeleiden(), LocalDate.now(clock), namen, clock.getZone(), inzage);
    }

    /** An open signal as the file shows it. */
    public record OpenSignaal(SignaalId id, @Nullable UUID persoonId, Categorie categorie, Urgentie urgentie,
            Richting richting, SignaalStatus status, LocalDate gemeldOp, String gemeldDoorNaam, String omschrijving,
            Adres aan, Activiteit laatste, List<OpenActie> openActies) {
    }

    /** An open action of such a signal. */
    public record OpenActie(String omschrijving, Eigenaar eigenaar, @Nullable String partnerNaam,
            @Nullable String medewerkerNaam, LocalDate streefdatum) {

        public boolean isVerlopen(LocalDate vandaag) {
            return streefdatum.isBefore(vandaag);
        }
    }

    /** The section's model for {@code signaal/dossier :: onderdeel(o)}. */
    public record Model(HuishoudenId huishouden, List<OpenSignaal> open, boolean magMelden, LocalDate vandaag,
            Map<UUID, String> personen, java.time.ZoneId zone, Inzage inzage) {

        public boolean urgent() {
            return open.stream().anyMatch(s -> s.urgentie().isUrgent());
        }

        public @Nullable String persoon(@Nullable UUID id) {
            return id == null ? null : personen.get(id);
        }
    }
}

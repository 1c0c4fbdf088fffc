package nl.wegwijs.organisatie;

import java.util.List;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import nl.wegwijs.verwerkingslog.Actie;
import nl.wegwijs.verwerkingslog.Verwerking;
import nl.wegwijs.verwerkingslog.Verwerkingsactiviteit;
import nl.wegwijs.verwerkingslog.Verwerkingslog;

/**
 * Logs every login, successful or failed, in the processing log (activity {@code AUTHENTICATIE}): the data subject is
 * the medewerker whose account it is, the row in the trace of the login request. A failed login for a username no
 * account has writes a row for {@link #ONBEKEND_ACCOUNT} and nothing of what was typed (a mistyped username can be a
 * password, or someone else's name): the failure is counted without personal data.
 */
@Component
class InlogLog {

    /** The data subject (and actor) of a failed login with a username that no account has. */
    static final UUID ONBEKEND_ACCOUNT = new UUID(0, 0);

    private final Organisaties organisaties;
    private final Verwerkingslog log;

    InlogLog(Organisaties organisaties, Verwerkingslog log) {
        this.organisaties = organisaties;
        this.log = log;
    }

    @EventListener
    void gelukt(AuthenticationSuccessEvent event) {
        Authentication wie = event.getAuthentication();
        Medewerker m = wie.getPrincipal() instanceof IngelogdeMedewerker ingelogd ? ingelogd.getMedewerker()
                : organisaties.account(wie.getName()).map(Organisaties.Account::medewerker).orElse(null);
        if (m != null) {
            log.legApart(List.of(verwerking(m.id(), m.organisatieId())));
        }
    }

    @EventListener
    void mislukt(AbstractAuthenticationFailureEvent event) {
        String naam = event.getAuthentication().getName();
        Verwerking v = (naam == null ? java.util.Optional.<Organisaties.Account>empty() : organisaties.account(naam))
            .map(a -> verwerking(a.medewerker().id(), a.medewerker().organisatieId()))
            .orElseGet(() -> verwerking(ONBEKEND_ACCOUNT, null));
        log.legMislukt(List.of(v));
    }

    private static Verwerking verwerking(UUID medewerker, @org.jspecify.annotations.Nullable UUID organisatie) {
        return new Verwerking(medewerker, organisatie, Actie.LEZEN, Verwerkingsactiviteit.AUTHENTICATIE, medewerker,
                null, "medewerker", medewerker);
    }
}

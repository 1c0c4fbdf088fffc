package nl.wegwijs.socialekaart;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One active or inactive service on a gemeente's sociale kaart.
 *
 * @param talen languages spoken (free text names, e.g. "Arabisch")
 * @param wachttijdWeken the typical waiting time in weeks, when known
 * @param verwijzen how to refer (what to send, whom to call)
 * @param organisatieId set when the service has Wegwijs accounts (a wijkteam organisation): it then receives
 *        referrals in Wegwijs, answered by its users of role WIJKTEAM
 */
public record Dienst(UUID id, UUID gemeenteId, String naam, Dienstsoort soort, @Nullable String telefoon,
        @Nullable String email, @Nullable String adres, @Nullable String website, List<String> talen,
        @Nullable Integer wachttijdWeken, @Nullable String verwijzen, @Nullable UUID organisatieId, long versie) {

    public Dienst {
        talen = List.copyOf(talen);
    }

    /** Whether referrals to this service are received and answered in Wegwijs. */
    public boolean inWegwijs() {
        return organisatieId != null;
    }
}

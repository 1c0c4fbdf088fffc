package nl.wegwijs.verwerkingslog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijs.system.NietGevonden;

/**
 * Browses the processing log for the beheerder: newest first, {@value #PAGINA} rows a page, keyset-paginated on
 * (tijdstip, id). Shows ids only, never names of data subjects. Only a user with role BEHEERDER or PRIVACYFUNCTIONARIS
 * may browse; this module knows no {@code Medewerker}, so it asks the security context.
 */
@Service
@Transactional(readOnly = true)
public class VerwerkingslogZoeker {

    public static final int PAGINA = 50;

    private final Verwerkingen verwerkingen;

    VerwerkingslogZoeker(Verwerkingen verwerkingen) {
        this.verwerkingen = verwerkingen;
    }

    /**
     * What to look for. {@code van} (inclusive) and {@code tot} (exclusive) are required: every query is bounded in
     * time, so only the partitions of that period are read.
     */
    public record Filter(@Nullable UUID medewerkerId, @Nullable UUID betrokkeneId, @Nullable UUID huishoudenId,
            @Nullable Actie actie, Instant van, Instant tot, @Nullable UUID traceId, boolean alleenMislukt) {

        public Filter(@Nullable UUID medewerkerId, @Nullable UUID betrokkeneId, @Nullable UUID huishoudenId,
                @Nullable Actie actie, Instant van, Instant tot) {
            this(medewerkerId, betrokkeneId, huishoudenId, actie, van, tot, null, false);
        }
    }

    /** Where a page ends: the next page starts after this row. */
    public record Positie(Instant tijdstip, UUID id) {
    }

    /**
     * One row of the log: {@code doel} is the code of the processing activity, {@code activiteit} its name in the
     * register; {@code traceId} ties it to the other rows of the same request.
     */
    public record Regel(UUID id, Instant tijdstip, UUID medewerkerId, @Nullable UUID organisatieId, Actie actie,
            String doel, String activiteit, UUID betrokkeneId, @Nullable UUID huishoudenId, String recordSoort,
            UUID recordId, boolean geslaagd, @Nullable UUID traceId) {

        public Positie positie() {
            return new Positie(tijdstip, id);
        }
    }

    /** One page; {@code volgende} is set when there are more rows. */
    public record Pagina(List<Regel> regels, @Nullable Positie volgende) {
    }

    public Pagina pagina(Filter filter, @Nullable Positie na) {
        return pagina(filter, na, PAGINA);
    }

    /** One page of {@code aantal} rows (the API's page size, 1 to 100). */
    public Pagina pagina(Filter filter, @Nullable Positie na, int aantal) {
        vereisLogInzage();
        List<Regel> regels = verwerkingen.pagina(filter, na, aantal + 1);
        if (regels.size() <= aantal) {
            return new Pagina(regels, null);
        }
        List<Regel> pagina = regels.subList(0, aantal);
        return new Pagina(List.copyOf(pagina), pagina.get(aantal - 1).positie());
    }

    private static void vereisLogInzage() {
        Authentication wie = SecurityContextHolder.getContext().getAuthentication();
        boolean mag = wie != null && wie.getAuthorities().stream()
            .anyMatch(a -> "ROLE_BEHEERDER".equals(a.getAuthority())
                    || "ROLE_PRIVACYFUNCTIONARIS".equals(a.getAuthority()));
        if (!mag) {
            throw new NietGevonden();
        }
    }
}

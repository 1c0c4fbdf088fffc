package nl.wegwijs.verwerkingslog;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijs.system.Trace;

/**
 * Writes processing-log rows (after Logboek Dataverwerkingen): one row per data subject, naming a processing activity
 * of the register ({@link Verwerkingsactiviteit}), success or failure, and the trace id of the request (the MDC's, see
 * {@link Trace}; outside a request a new one per call, so the rows of one call still belong together). Many rows go
 * in one statement. Rows are only ever added: the database refuses updates and deletes (V26).
 */
@Service
public class Verwerkingslog {

    private final JdbcClient jdbc;
    private final Clock clock;

    Verwerkingslog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Logs successful processings in the caller's transaction (mandatory: a log row without the processing, or the
     * other way round, must not exist).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void leg(Collection<Verwerking> verwerkingen) {
        schrijf(verwerkingen, true);
    }

    /**
     * Logs processings that failed (refused, or broke off), in a transaction of its own, so the row stays when the
     * caller's transaction rolls back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void legMislukt(Collection<Verwerking> verwerkingen) {
        schrijf(verwerkingen, false);
    }

    /**
     * Logs successful processings that have no transaction of their own (a login), in a transaction of its own.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void legApart(Collection<Verwerking> verwerkingen) {
        schrijf(verwerkingen, true);
    }

    /** Which persons of a household a list row shows. */
    public enum Getoond {
        /** Only the hoofdpersoon (the household's name in a list); the first person when there is none. */
        HOOFDPERSOON,
        /** Every person of the household. */
        IEDEREEN
    }

    /** One row of a list view: the household it is about and the record it shows. */
    public record Lijstregel(UUID huishoudenId, String recordSoort, UUID recordId) {
    }

    /**
     * Logs a read of a list view in the caller's transaction: per list row one log row per person shown (see
     * {@link Getoond}), the persons looked up in the same single statement (no statement per row or per person), also
     * for an empty page.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void legLijst(UUID medewerkerId, @Nullable UUID organisatieId, String doel, Getoond getoond,
            Collection<Lijstregel> regels) {
        // an empty page runs the (then empty) statement too: a list costs the same statements whatever it shows
        int n = regels.size();
        UUID[] huishoudens = new UUID[n], records = new UUID[n];
        String[] soorten = new String[n];
        int i = 0;
        for (Lijstregel r : regels) {
            huishoudens[i] = r.huishoudenId();
            soorten[i] = r.recordSoort();
            records[i] = r.recordId();
            i++;
        }
        jdbc.sql("""
                insert into verwerking (id, tijdstip, medewerker_id, organisatie_id, actie, doel, betrokkene_id,
                                        huishouden_id, record_soort, record_id, trace_id, geslaagd)
                select gen_random_uuid(), :tijdstip, :medewerker, :organisatie, 'LEZEN', :doel, p.id, r.huishouden_id,
                       r.record_soort, r.record_id, :trace, true
                  from unnest(:huishoudens::uuid[], :soorten::text[], :records::uuid[])
                    as r(huishouden_id, record_soort, record_id)
                  join persoon p on p.huishouden_id = r.huishouden_id
                 where :iedereen
                    or p.id = (select q.id from persoon q where q.huishouden_id = r.huishouden_id
                                order by q.rol = 'HOOFDPERSOON' desc, q.volgorde, q.id limit 1)""")
            .param("tijdstip", Timestamp.from(Instant.now(clock)))
            .param("medewerker", medewerkerId)
            .param("organisatie", organisatieId)
            .param("doel", doel)
            .param("trace", trace())
            .param("huishoudens", huishoudens)
            .param("soorten", soorten)
            .param("records", records)
            .param("iedereen", getoond == Getoond.IEDEREEN)
            .update();
    }

    private void schrijf(Collection<Verwerking> verwerkingen, boolean geslaagd) {
        if (verwerkingen.isEmpty()) {
            return;
        }
        int n = verwerkingen.size();
        UUID[] ids = new UUID[n], medewerkers = new UUID[n], organisaties = new UUID[n], betrokkenen = new UUID[n],
                huishoudens = new UUID[n], records = new UUID[n];
        String[] acties = new String[n], doelen = new String[n], soorten = new String[n];
        int i = 0;
        for (Verwerking v : verwerkingen) {
            ids[i] = UUID.randomUUID();
            medewerkers[i] = v.medewerkerId();
            organisaties[i] = v.organisatieId();
            acties[i] = v.actie().name();
            doelen[i] = v.doel();
            betrokkenen[i] = v.betrokkeneId();
            huishoudens[i] = v.huishoudenId();
            soorten[i] = v.recordSoort();
            records[i] = v.recordId();
            i++;
        }
        jdbc.sql("""
                insert into verwerking (id, tijdstip, medewerker_id, organisatie_id, actie, doel, betrokkene_id,
                                        huishouden_id, record_soort, record_id, trace_id, geslaagd)
                select id, :tijdstip, medewerker_id, organisatie_id, actie, doel, betrokkene_id, huishouden_id,
                       record_soort, record_id, :trace, :geslaagd
                  from unnest(:ids::uuid[], :medewerkers::uuid[], :organisaties::uuid[], :acties::text[],
                              :doelen::text[], :betrokkenen::uuid[], :huishoudens::uuid[], :soorten::text[],
                              :records::uuid[])
                    as t(id, medewerker_id, organisatie_id, actie, doel, betrokkene_id, huishouden_id, record_soort,
                         record_id)""")
            .param("tijdstip", Timestamp.from(Instant.now(clock)))
            .param("trace", trace())
            .param("geslaagd", geslaagd)
            .param("ids", ids)
            .param("medewerkers", medewerkers)
            .param("organisaties", organisaties)
            .param("acties", acties)
            .param("doelen", doelen)
            .param("betrokkenen", betrokkenen)
            .param("huishoudens", huishoudens)
            .param("soorten", soorten)
            .param("records", records)
            .update();
    }

    /** The request's trace id, or outside a request a new one for this call. */
    private static UUID trace() {
        return Objects.requireNonNullElseGet(Trace.huidig(), UUID::randomUUID);
    }
}

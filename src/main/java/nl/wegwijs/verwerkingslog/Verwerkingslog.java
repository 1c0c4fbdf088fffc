package nl.wegwijs.verwerkingslog;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes processing-log rows in the caller's transaction (mandatory: a log row without the processing, or the other
 * way round, must not exist). Many rows go in one statement.
 */
@Service
public class Verwerkingslog {

    private final JdbcClient jdbc;
    private final Clock clock;

    Verwerkingslog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void leg(Collection<Verwerking> verwerkingen) {
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
                                        huishouden_id, record_soort, record_id)
                select id, :tijdstip, medewerker_id, organisatie_id, actie, doel, betrokkene_id, huishouden_id,
                       record_soort, record_id
                  from unnest(:ids::uuid[], :medewerkers::uuid[], :organisaties::uuid[], :acties::text[],
                              :doelen::text[], :betrokkenen::uuid[], :huishoudens::uuid[], :soorten::text[],
                              :records::uuid[])
                    as t(id, medewerker_id, organisatie_id, actie, doel, betrokkene_id, huishouden_id, record_soort,
                         record_id)""")
            .param("tijdstip", Timestamp.from(Instant.now(clock)))
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
}

package nl.wegwijs.regie;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import nl.wegwijs.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every statement of the overview and of each of its lists can be answered through an index (no sequential scan
 * even when the planner is told to avoid one): the partial indexes' conditions are implied by the figures'
 * conditions. The plans at national scale are in benchmark/explain.sql.
 */
@IntegrationTest
class RegieIndexTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transacties;

    private String plan(String sql, boolean metUitvoerder) {
        LocalDate vandaag = LocalDate.now();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("gemeente", UUID.randomUUID());
        p.put("uitvoerder", metUitvoerder ? UUID.randomUUID() : null);
        p.put("vandaag", vandaag);
        p.put("binnenkort", vandaag.plusDays(13));
        p.put("vierWeken", vandaag.plusDays(27));
        p.put("van", vandaag.minusMonths(12));
        p.put("halfVan", vandaag.withDayOfYear(1));
        p.put("halfTot", vandaag.withDayOfYear(1).plusMonths(6).minusDays(1));
        p.put("status", "ACTIEF");
        p.put("fase", "FASE1");
        p.put("naDatum", vandaag);
        p.put("naId", UUID.randomUUID());
        p.put("aantal", 51);
        return transacties.execute(s -> {
            jdbc.sql("set local enable_seqscan = off").update();
            return String.join("\n", jdbc.sql("explain " + sql).params(p).query(String.class).list());
        });
    }

    @Test
    void theOverviewsStatementsReadThroughAnIndexOnTheGemeente() {
        for (boolean uitvoerder : new boolean[] { false, true }) {
            assertThat(plan(Regieoverzicht.HUISHOUDENS_SQL, uitvoerder)).doesNotContain("Seq Scan")
                .contains("regie_huishouden");
            assertThat(plan(Regieoverzicht.PERSONEN_SQL, uitvoerder)).doesNotContain("Seq Scan");
        }
    }

    @Test
    void everyListReadsThroughAnIndex() {
        for (Cijfer cijfer : Cijfer.values()) {
            for (boolean keyset : new boolean[] { false, true }) {
                for (boolean zonderFase : cijfer == Cijfer.STADIUM ? new boolean[] { false, true }
                        : new boolean[] { false }) {
                    String plan = plan(Regieoverzicht.lijstSql(cijfer, zonderFase, keyset), false);
                    assertThat(plan).as(cijfer + (keyset ? " keyset" : "") + "\n" + plan)
                        .doesNotContain("Seq Scan");
                }
            }
        }
        // the figures with a partial index of their own use it
        assertThat(plan(Regieoverzicht.lijstSql(Cijfer.PIP_VERLOPEN, false, false), false))
            .contains("regie_persoon_pip_open");
        assertThat(plan(Regieoverzicht.lijstSql(Cijfer.STARTGAT, false, false), false))
            .contains("regie_persoon_startgat");
        assertThat(plan(Regieoverzicht.lijstSql(Cijfer.SIGNALEN, false, false), false))
            .contains("regie_huishouden_signalen");
        assertThat(List.of(Cijfer.values())).hasSize(13);
    }
}

package nl.wegwijs.regie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.demo.DemoData;
import nl.wegwijs.organisatie.IngelogdeMedewerker;
import nl.wegwijs.organisatie.Medewerker;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every demo household is in the overview's read model through its trajectory's own event, also those without an
 * intake or PIP: the regievoerder's figures count all trajectories of the gemeente and all their persons.
 */
@IntegrationTest
class RegieDemoTests {

    @Autowired
    DemoData demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    Regieoverzicht overzicht;

    @BeforeEach
    void laad() {
        demo.laad(); // the first test in this JVM loads, the others find it present
    }

    @Test
    void everyDemoHouseholdAndPersonIsInTheReadModel() {
        Medewerker rv = ((IngelogdeMedewerker) accounts.loadUserByUsername("regievoerder")).getMedewerker();
        long trajecten = jdbc.sql("select count(*) from traject where gemeente_id = ?").param(rv.gemeenteId())
            .query(Long.class).single();
        long personen = jdbc.sql("""
                select count(*) from persoon p join traject t on t.huishouden_id = p.huishouden_id
                 where t.gemeente_id = ?""").param(rv.gemeenteId()).query(Long.class).single();
        assertThat(trajecten).isPositive();
        assertThat(overzicht.cijfers(rv, null).huishoudens()).isEqualTo((int) trajecten);
        assertThat(jdbc.sql("select count(*) from regie_persoon where gemeente_id = ?").param(rv.gemeenteId())
            .query(Long.class).single()).isEqualTo(personen);
        // the recorded PIP dates of the demo's timeline (issue 17) reach the overview
        assertThat(jdbc.sql("select count(*) from regie_persoon where gemeente_id = ? and pip_op is not null")
            .param(rv.gemeenteId()).query(Long.class).single()).isPositive();
    }
}

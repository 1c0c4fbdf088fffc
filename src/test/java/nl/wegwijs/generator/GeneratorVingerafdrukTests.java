package nl.wegwijs.generator;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.checklist.ChecklistOpbouw;
import nl.wegwijs.checklist.SjabloonItem;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The generator is deterministic: a seed and a day give the same rows; the national scale has the brief's volumes.
 * Dry runs, writing nothing; the database only lends its default checklist template (whose items the generated
 * checklists refer to), hence the shared application context.
 */
@IntegrationTest
class GeneratorVingerafdrukTests {

    static final Schaal PROEF = new Schaal("proef", 5, 200, 0.25, false);
    static final Clock VAST = Clock.fixed(Instant.parse("2026-03-02T10:15:00Z"), ZoneId.of("Europe/Amsterdam"));

    @Autowired
    JdbcClient jdbc;

    private List<SjabloonItem> sjabloon;

    @BeforeEach
    void leesSjabloon() {
        sjabloon = ChecklistOpbouw.standaardSjabloon(jdbc);
    }

    private Generator.Resultaat proef(Schaal schaal, long seed) {
        return new Generator(null, "{bcrypt}$2a$10$proef", VAST, schaal, seed, "g-", sjabloon).proef();
    }

    @Test
    void sameSeedAndDayGiveTheSameRows() {
        Generator.Resultaat eerste = proef(PROEF, 42);
        Generator.Resultaat tweede = proef(PROEF, 42);

        assertThat(tweede.vingerafdruk()).isEqualTo(eerste.vingerafdruk());
        assertThat(tweede.rijen()).isEqualTo(eerste.rijen());
        assertThat(tweede.gemeenten()).isEqualTo(eerste.gemeenten());
    }

    @Test
    void anotherSeedGivesOtherRows() {
        assertThat(proef(PROEF, 43).vingerafdruk()).isNotEqualTo(proef(PROEF, 42).vingerafdruk());
    }

    @Test
    void nationalScaleHasTheVolumesOfTheBrief() {
        Generator.Resultaat r = proef(Schaal.NATIONAL, 42);

        assertThat(r.rijen().get("gemeente")).isEqualTo(342);
        assertThat(r.rijen().get("huishouden")).isEqualTo(60_000);
        assertThat(r.rijen().get("traject")).isEqualTo(60_000);
        assertThat(r.rijen().get("werklijst_regel")).isEqualTo(60_000);
        assertThat(r.rijen().get("persoon")).isBetween(140_000L, 160_000L);
        assertThat(r.rijen().get("verwerking")).isGreaterThanOrEqualTo(1_000_000L);
        // every household whose trajectory runs has a checklist, of some 30 to 120 items
        assertThat(r.rijen().get("checklist_huishouden")).isBetween(20_000L, 40_000L);
        assertThat(r.rijen().get("checklist_item") / (double) r.rijen().get("checklist_huishouden"))
            .as("items per checklist").isBetween(30.0, 120.0);
        assertThat(r.rijen().get("brief") / 60_000.0).as("brieven per huishouden").isBetween(6.0, 12.0);
        assertThat(r.rijen().get("signaal") / 60_000.0).as("signalen per huishouden").isBetween(0.2, 0.45);
        assertThat(r.rijen().values()).allMatch(n -> n > 0);
        Map<Rol, Long> perRol = r.medewerkers().stream()
            .collect(Collectors.groupingBy(Medewerker::rol, Collectors.counting()));
        assertThat(60_000.0 / perRol.get(Rol.BEGELEIDER)).as("huishoudens per begeleider").isBetween(35.0, 45.0);
        assertThat(60_000.0 / perRol.get(Rol.VRIJWILLIGER)).as("huishoudens per vrijwilliger").isBetween(2.7, 3.3);
    }

    @Test
    void knowsTheScalesByName() {
        assertThat(Schaal.van("national")).isEqualTo(Schaal.NATIONAL);
        assertThat(Schaal.van("Small")).isEqualTo(Schaal.SMALL);
        assertThatIllegalArgumentException().isThrownBy(() -> Schaal.van("huge"));
    }
}

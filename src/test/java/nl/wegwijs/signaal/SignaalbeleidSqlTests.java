package nl.wegwijs.signaal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.Gegevenssoort;

import static nl.wegwijs.signaal.SignaalTests.als;
import static nl.wegwijs.signaal.SignaalbeleidTests.gemeld;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule of Signaalbeleid is written twice, in Java for one signal and in SQL for lists: for every role, category,
 * addressee, raiser and set of visible categories, both must answer the same.
 */
@IntegrationTest
class SignaalbeleidSqlTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSqlOfListsAnswersAsTheJavaRuleForEverySignal() {
        List<Set<Gegevenssoort>> zichten = List.of(EnumSet.noneOf(Gegevenssoort.class),
                EnumSet.of(Gegevenssoort.SIGNALEN), EnumSet.of(Gegevenssoort.FINANCIEN),
                EnumSet.of(Gegevenssoort.SIGNALEN, Gegevenssoort.GEZONDHEID), EnumSet.allOf(Gegevenssoort.class));
        int vergeleken = 0;
        for (Rol rol : new Rol[] { Rol.VRIJWILLIGER, Rol.BEGELEIDER, Rol.TEAMLEIDER, Rol.REGIEVOERDER,
                Rol.BUDGETCOACH, Rol.WIJKTEAM }) {
            Medewerker ik = als(rol);
            Medewerker ander = als(Rol.BEGELEIDER);
            List<Signaal> signalen = new ArrayList<>();
            for (Categorie c : Categorie.values()) {
                for (Medewerker door : List.of(ik, ander)) {
                    signalen.add(gemeld(door, c, Signaal.Geadresseerde.van(Aan.REGIEVOERDER)));
                    signalen.add(gemeld(door, c, Signaal.Geadresseerde.van(Aan.TEAMLEIDER)));
                    signalen.add(gemeld(door, c, Signaal.Geadresseerde.van(Aan.BEGELEIDING)));
                    signalen.add(gemeld(door, c, new Signaal.Geadresseerde(Aan.BEGELEIDING, ik.id(), ik.naam())));
                    signalen.add(gemeld(door, c, new Signaal.Geadresseerde(Aan.BEGELEIDING, ander.id(), "x")));
                }
            }
            StringBuilder rijen = new StringBuilder();
            Map<String, Object> p = new HashMap<>();
            for (int i = 0; i < signalen.size(); i++) {
                Signaal s = signalen.get(i);
                rijen.append(i == 0 ? "" : ", ").append("(").append(i).append(", '").append(s.categorie())
                    .append("', '").append(s.aan().aan()).append("', :door").append(i).append("::uuid, :aan")
                    .append(i).append("::uuid)");
                p.put("door" + i, s.gemeldDoor());
                p.put("aan" + i, s.aan().medewerker());
            }
            for (Set<Gegevenssoort> zicht : zichten) {
                Signaalbeleid.Voorwaarde v = Signaalbeleid.sql(ik, z -> zicht.contains(z) ? "true" : "false",
                        Map.of());
                // in a where clause null is false: so it is here
                List<Boolean> sql = jdbc.sql("select coalesce(" + v.sql() + ", false) from (values " + rijen
                        + ") as s(nr, categorie, aan, gemeld_door, aan_medewerker_id) order by nr")
                    .params(p).params(v.parameters()).query(Boolean.class).list();
                for (int i = 0; i < signalen.size(); i++) {
                    Signaal s = signalen.get(i);
                    assertThat(sql.get(i)).as("%s %s aan %s door %s with %s", rol, s.categorie(), s.aan(),
                            s.gemeldDoor().equals(ik.id()) ? "self" : "other", zicht)
                        .isEqualTo(Signaalbeleid.magZien(ik, s, zicht::contains));
                    vergeleken++;
                }
            }
        }
        assertThat(vergeleken).isEqualTo(6 * 7 * 10 * 5);
    }
}

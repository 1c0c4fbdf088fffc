package nl.wegwijs.route;

import java.sql.Timestamp;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.traject.Persoonsgegevens;

import static nl.wegwijs.traject.Persoonsgegevens.rij;

/**
 * The household's route card for the inzage report: the agreements with the guide (when and how to reach them, how
 * often they meet, what the household does itself, the guide's note) and the partners with what they do. Two
 * statements. Days, channels and own tasks are codes, comma separated.
 */
@Component
class RoutePersoonsgegevens implements Persoonsgegevens {

    private static final String L = "route.inzage.";

    private final JdbcClient jdbc;

    RoutePersoonsgegevens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int volgorde() {
        return 35;
    }

    @Override
    public Onderdeel gegevens(UUID persoonId, HuishoudenId huishouden) {
        List<Veld> velden = jdbc.sql("""
                select taal, bereikbaar_dagen, bereikbaar_van, bereikbaar_tot, kanalen, telefoon, ontmoeting, zelf,
                       notitie, coalesce(gewijzigd_op, vastgelegd_op) as bijgewerkt_op
                  from routekaart where huishouden_id = ?""")
            .param(huishouden.value())
            .query((rs, n) -> {
                LocalTime van = rs.getObject("bereikbaar_van", LocalTime.class);
                LocalTime tot = rs.getObject("bereikbaar_tot", LocalTime.class);
                Timestamp op = rs.getTimestamp("bijgewerkt_op");
                List<Veld> v = new ArrayList<>();
                v.add(new Veld("taal", L + "taal", rs.getString("taal")));
                v.add(new Veld("bereikbaarDagen", L + "dagen", leeg(rs.getString("bereikbaar_dagen"))));
                v.add(new Veld("bereikbaarTijd", L + "tijd", van == null || tot == null ? null : van + "-" + tot));
                v.add(new Veld("kanalen", L + "kanalen", leeg(rs.getString("kanalen"))));
                v.add(new Veld("telefoon", L + "telefoon", rs.getString("telefoon")));
                v.add(new Veld("ontmoeting", L + "ontmoeting",
                        Code.van("route.ontmoeting", rs.getString("ontmoeting"))));
                v.add(new Veld("zelf", L + "zelf", leeg(rs.getString("zelf"))));
                v.add(new Veld("notitie", L + "notitie", rs.getString("notitie")));
                v.add(new Veld("bijgewerktOp", L + "bijgewerkt", op.toInstant()));
                return v;
            })
            .optional().orElse(List.of());
        List<Map<String, @Nullable Object>> partners = jdbc.sql("""
                select d.naam, p.wat
                  from routekaart k join routekaart_partner p on p.routekaart_id = k.id
                  join dienst d on d.id = p.dienst_id
                 where k.huishouden_id = ? order by p.volgorde, p.dienst_id""")
            .param(huishouden.value())
            .query((rs, n) -> rij("dienst", rs.getString("naam"), "wat", rs.getString("wat")))
            .list();
        return new Onderdeel("route", "route.inzage", velden, List.of(new Tabel("partners", L + "partners",
                List.of(new Kolom("dienst", L + "dienst"), new Kolom("wat", L + "wat")), partners)));
    }

    private static @Nullable String leeg(@Nullable String codes) {
        return codes == null || codes.isBlank() ? null : codes;
    }
}

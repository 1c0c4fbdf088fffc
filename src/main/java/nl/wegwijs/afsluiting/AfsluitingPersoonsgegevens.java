package nl.wegwijs.afsluiting;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
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
 * The closing for the inzage report (it is about the whole household): the eindgesprekken with what was said and the
 * person's own view, the closing decisions with their reasons, the handovers to the wijkteam (to whom, status, which
 * blocks were shared, the guide's additions, the driegesprek) and the hulpvragen the wijkteam recorded later. The
 * summary's contents come from the other modules and stand in their own sections. Four statements.
 */
@Component
class AfsluitingPersoonsgegevens implements Persoonsgegevens {

    private static final String L = "afsluiting.inzage.";

    private final JdbcClient jdbc;

    AfsluitingPersoonsgegevens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int volgorde() {
        return 70;
    }

    @Override
    public Onderdeel gegevens(UUID persoonId, HuishoudenId huishouden) {
        UUID h = huishouden.value();
        List<Map<String, @Nullable Object>> gesprekken = jdbc.sql("""
                select gehouden_op, aanwezig, samenvatting, eigen_kijk, vastgelegd_door_naam
                  from eindgesprek where huishouden_id = ? order by gehouden_op desc, vastgelegd_op desc, id""")
            .param(h)
            .query((rs, n) -> rij("gehoudenOp", rs.getObject("gehouden_op", LocalDate.class), "aanwezig",
                    rs.getString("aanwezig"), "samenvatting", rs.getString("samenvatting"), "eigenKijk",
                    rs.getString("eigen_kijk"), "door", rs.getString("vastgelegd_door_naam")))
            .list();
        List<Map<String, @Nullable Object>> besluiten = jdbc.sql("""
                select besloten_op, soort, einde_reden, maanden, reden, verzoek_persoon, verzoek_op, dienstenlijst,
                       besloten_door_naam
                  from afsluitbesluit where huishouden_id = ? order by besloten_op desc, id""")
            .param(h)
            .query((rs, n) -> rij("beslotenOp", instant(rs, "besloten_op"), "soort",
                    Code.van("afsluiting.besluit", rs.getString("soort")), "eindeReden",
                    Code.van("traject.einde", rs.getString("einde_reden")), "maanden", rs.getObject("maanden"),
                    "reden", rs.getString("reden"), "verzoekPersoon", rs.getString("verzoek_persoon"), "verzoekOp",
                    rs.getObject("verzoek_op", LocalDate.class), "dienstenlijst", rs.getBoolean("dienstenlijst"),
                    "door", rs.getString("besloten_door_naam")))
            .list();
        List<Map<String, @Nullable Object>> overdrachten = jdbc.sql("""
                select aangemaakt_op, ontvanger_naam, status, gedeeld_op, gedeelde_blokken, aanvullingen::text,
                       driegesprek_op, driegesprek_deelnemers, geaccepteerd_op, teruggetrokken_op, terugtrekking_reden,
                       aangemaakt_door_naam
                  from overdracht where huishouden_id = ? order by aangemaakt_op desc, id""")
            .param(h)
            .query((rs, n) -> rij("aangemaaktOp", instant(rs, "aangemaakt_op"), "ontvanger",
                    rs.getString("ontvanger_naam"), "status", Code.van("overdracht.status", rs.getString("status")),
                    "gedeeldOp", instant(rs, "gedeeld_op"), "gedeeldeBlokken", blokken(rs.getArray("gedeelde_blokken")),
                    "aanvullingen", aanvullingen(rs.getString("aanvullingen")), "driegesprekOp",
                    rs.getObject("driegesprek_op", LocalDate.class), "driegesprekDeelnemers",
                    rs.getString("driegesprek_deelnemers"), "geaccepteerdOp", instant(rs, "geaccepteerd_op"),
                    "teruggetrokkenOp", instant(rs, "teruggetrokken_op"), "terugtrekkingReden",
                    rs.getString("terugtrekking_reden"), "door", rs.getString("aangemaakt_door_naam")))
            .list();
        List<Map<String, @Nullable Object>> hulpvragen = jdbc.sql("""
                select gevraagd_op, soort, toelichting, vastgelegd_door_naam
                  from wijkteam_hulpvraag where huishouden_id = ? order by gevraagd_op desc, vastgelegd_op desc, id""")
            .param(h)
            .query((rs, n) -> rij("gevraagdOp", rs.getObject("gevraagd_op", LocalDate.class), "soort",
                    Code.van("hulpvraag.soort", rs.getString("soort")), "toelichting", rs.getString("toelichting"),
                    "door", rs.getString("vastgelegd_door_naam")))
            .list();
        return new Onderdeel("afsluiting", "afsluiting.inzage", List.of(), List.of(
                new Tabel("eindgesprekken", L + "eindgesprekken",
                        List.of(new Kolom("gehoudenOp", L + "gehouden"), new Kolom("aanwezig", L + "aanwezig"),
                                new Kolom("samenvatting", L + "samenvatting"), new Kolom("eigenKijk", L + "eigen-kijk"),
                                new Kolom("door", L + "door")),
                        gesprekken),
                new Tabel("besluiten", L + "besluiten",
                        List.of(new Kolom("beslotenOp", L + "besloten"), new Kolom("soort", L + "soort"),
                                new Kolom("eindeReden", L + "einde-reden"), new Kolom("maanden", L + "maanden"),
                                new Kolom("reden", L + "reden"), new Kolom("verzoekPersoon", L + "verzoek-persoon"),
                                new Kolom("verzoekOp", L + "verzoek-op"),
                                new Kolom("dienstenlijst", L + "dienstenlijst"),
                                new Kolom("door", L + "door")),
                        besluiten),
                new Tabel("overdrachten", L + "overdrachten",
                        List.of(new Kolom("aangemaaktOp", L + "aangemaakt"), new Kolom("ontvanger", L + "ontvanger"),
                                new Kolom("status", L + "status"), new Kolom("gedeeldOp", L + "gedeeld"),
                                new Kolom("gedeeldeBlokken", L + "blokken"),
                                new Kolom("aanvullingen", L + "aanvullingen"),
                                new Kolom("driegesprekOp", L + "driegesprek"),
                                new Kolom("driegesprekDeelnemers", L + "deelnemers"),
                                new Kolom("geaccepteerdOp", L + "geaccepteerd"),
                                new Kolom("teruggetrokkenOp", L + "teruggetrokken"),
                                new Kolom("terugtrekkingReden", L + "terugtrekking-reden"),
                                new Kolom("door", L + "door")),
                        overdrachten),
                new Tabel("hulpvragen", L + "hulpvragen",
                        List.of(new Kolom("gevraagdOp", L + "gevraagd"), new Kolom("soort", L + "hulpvraag-soort"),
                                new Kolom("toelichting", L + "toelichting"), new Kolom("door", L + "door")),
                        hulpvragen)));
    }

    private static @Nullable Instant instant(ResultSet rs, String kolom) throws SQLException {
        Timestamp t = rs.getTimestamp(kolom);
        return t == null ? null : t.toInstant();
    }

    /** The shared blocks as their codes, comma separated (a value of the report is a single value). */
    private static @Nullable String blokken(@Nullable Array a) throws SQLException {
        if (a == null) {
            return null;
        }
        String[] namen = (String[]) a.getArray();
        return namen.length == 0 ? null : String.join(", ", namen);
    }

    /** The guide's additions per block, as "BLOK: text" lines. */
    private static @Nullable String aanvullingen(@Nullable String json) {
        if (json == null) {
            return null;
        }
        Map<String, String> m = tools.jackson.databind.json.JsonMapper.builder().build().readValue(json,
                new tools.jackson.core.type.TypeReference<Map<String, String>>() { });
        if (m.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        m.forEach((k, v) -> b.append(b.isEmpty() ? "" : "\n").append(k).append(": ").append(v));
        return b.toString();
    }
}

package nl.wegwijs.signaal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.traject.Persoonsgegevens;

import static nl.wegwijs.traject.Persoonsgegevens.rij;

/**
 * Signals for the inzage report: every signal about the person or their whole household, with the conversation
 * (replies and changes, with author and time). Two statements.
 */
@Component
class SignaalPersoonsgegevens implements Persoonsgegevens {

    private final JdbcClient jdbc;

    SignaalPersoonsgegevens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int volgorde() {
        return 50;
    }

    @Override
    public Onderdeel gegevens(UUID persoonId, HuishoudenId huishouden) {
        String l = "signaal.inzage.";
        String waar = " where s.huishouden_id = :huishouden and (s.persoon_id is null or s.persoon_id = :persoon)";
        List<java.util.Map<String, @Nullable Object>> signalen = jdbc.sql("""
                select s.gemeld_op, s.categorie, s.urgentie, s.omschrijving, s.gemeld_door_naam, s.status,
                       s.afgesloten_op, s.afsluitnotitie
                  from signaal s""" + waar + " order by s.gemeld_op desc, s.id desc")
            .param("huishouden", huishouden.value()).param("persoon", persoonId)
            .query((rs, n) -> rij("gemeldOp", rs.getObject("gemeld_op", LocalDate.class), "categorie",
                    Code.van("signaal.categorie", rs.getString("categorie")), "urgentie",
                    Code.van("signaal.urgentie", rs.getString("urgentie")), "omschrijving",
                    rs.getString("omschrijving"), "gemeldDoor", rs.getString("gemeld_door_naam"), "status",
                    Code.van("signaal.status", rs.getString("status")), "afgeslotenOp",
                    rs.getObject("afgesloten_op", LocalDate.class), "afsluitnotitie", rs.getString("afsluitnotitie")))
            .list();
        List<java.util.Map<String, @Nullable Object>> berichten = jdbc.sql("""
                select s.gemeld_op, s.categorie, b.geschreven_op, b.soort, b.tekst, b.auteur_naam, b.auteur_rol
                  from signaal s join signaal_bericht b on b.signaal_id = s.id""" + waar
                + " order by s.gemeld_op desc, s.id desc, b.volgnummer")
            .param("huishouden", huishouden.value()).param("persoon", persoonId)
            .query((rs, n) -> {
                Timestamp op = rs.getTimestamp("geschreven_op");
                return rij("signaal", new Code("signaal.categorie." + rs.getString("categorie"),
                        rs.getString("categorie")), "signaalGemeldOp", rs.getObject("gemeld_op", LocalDate.class),
                        "geschrevenOp", op.toInstant(), "soort", Code.van("signaal.inzage.bericht",
                                rs.getString("soort")),
                        "tekst", rs.getString("tekst"), "auteur", rs.getString("auteur_naam"), "auteurRol",
                        Code.van("rol", rs.getString("auteur_rol")));
            })
            .list();
        Tabel s = new Tabel("signalen", l + "signalen",
                List.of(new Kolom("gemeldOp", l + "gemeld"), new Kolom("categorie", l + "categorie"),
                        new Kolom("urgentie", l + "urgentie"), new Kolom("omschrijving", l + "omschrijving"),
                        new Kolom("gemeldDoor", l + "door"), new Kolom("status", l + "status"),
                        new Kolom("afgeslotenOp", l + "afgesloten"), new Kolom("afsluitnotitie", l + "afsluitnotitie")),
                signalen);
        Tabel b = new Tabel("gesprek", l + "gesprek",
                List.of(new Kolom("signaal", l + "signaal"), new Kolom("signaalGemeldOp", l + "gemeld"),
                        new Kolom("geschrevenOp", l + "geschreven"), new Kolom("soort", l + "soort"),
                        new Kolom("tekst", l + "tekst"), new Kolom("auteur", l + "auteur"),
                        new Kolom("auteurRol", l + "rol")),
                berichten);
        return new Onderdeel("signalen", "signaal.inzage", List.of(), List.of(s, b));
    }
}

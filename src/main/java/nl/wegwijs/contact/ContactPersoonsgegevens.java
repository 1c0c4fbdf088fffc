package nl.wegwijs.contact;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.traject.Persoonsgegevens;

import static nl.wegwijs.traject.Persoonsgegevens.rij;

/**
 * Contacts for the inzage report: every contact moment the person attended (also removed ones, which are kept), with
 * agreements and notes and who recorded it, and the group sessions they attended. Three statements.
 */
@Component
class ContactPersoonsgegevens implements Persoonsgegevens {

    private final JdbcClient jdbc;
    private final OrganisatieService organisaties;

    ContactPersoonsgegevens(JdbcClient jdbc, OrganisatieService organisaties) {
        this.jdbc = jdbc;
        this.organisaties = organisaties;
    }

    @Override
    public int volgorde() {
        return 30;
    }

    private record Moment(LocalDate datum, int minuten, String soort, String tolk, @Nullable String tolkTaal,
            String themas, @Nullable String afspraken, @Nullable String notitie, @Nullable LocalDate volgend,
            UUID door, @Nullable Timestamp verwijderdOp) {
    }

    @Override
    public Onderdeel gegevens(UUID persoonId, HuishoudenId huishouden) {
        List<Moment> momenten = jdbc.sql("""
                select datum, minuten, soort, tolk, tolk_taal, themas, afspraken, notitie, volgend_contact,
                       vastgelegd_door, verwijderd_op
                  from contactmoment
                 where huishouden_id = :huishouden and :persoon = any(personen)
                 order by datum desc, id desc""")
            .param("huishouden", huishouden.value()).param("persoon", persoonId)
            .query((rs, n) -> new Moment(rs.getObject("datum", LocalDate.class), rs.getInt("minuten"),
                    rs.getString("soort"), rs.getString("tolk"), rs.getString("tolk_taal"),
                    themas(rs.getArray("themas")), rs.getString("afspraken"), rs.getString("notitie"),
                    rs.getObject("volgend_contact", LocalDate.class), rs.getObject("vastgelegd_door", UUID.class),
                    rs.getTimestamp("verwijderd_op")))
            .list();
        Set<UUID> wie = new HashSet<>();
        momenten.forEach(m -> wie.add(m.door()));
        Map<UUID, String> namen = organisaties.namen(wie);
        String l = "contact.inzage.";
        Tabel contacten = new Tabel("contactmomenten", l + "contactmomenten",
                List.of(new Kolom("datum", l + "datum"), new Kolom("soort", l + "soort"),
                        new Kolom("minuten", l + "minuten"), new Kolom("tolk", l + "tolk"),
                        new Kolom("themas", l + "themas"), new Kolom("afspraken", l + "afspraken"),
                        new Kolom("notitie", l + "notitie"), new Kolom("volgendContact", l + "volgend"),
                        new Kolom("vastgelegdDoor", l + "door"), new Kolom("verwijderdOp", l + "verwijderd")),
                momenten.stream().map(m -> rij("datum", m.datum(), "soort", Code.van("contact.soort", m.soort()),
                        "minuten", m.minuten(), "tolk",
                        m.tolkTaal() == null ? Code.van("contact.tolk", m.tolk())
                                : new Code("contact.tolk." + m.tolk(), m.tolk() + " (" + m.tolkTaal() + ")"),
                        "themas", m.themas(), "afspraken", m.afspraken(), "notitie", m.notitie(), "volgendContact",
                        m.volgend(), "vastgelegdDoor", namen.get(m.door()), "verwijderdOp",
                        m.verwijderdOp() == null ? null : m.verwijderdOp().toInstant())).toList());
        Tabel groepen = new Tabel("groepsbijeenkomsten", l + "groepsbijeenkomsten",
                List.of(new Kolom("datum", l + "datum"), new Kolom("titel", l + "titel"),
                        new Kolom("soort", l + "soort"), new Kolom("minuten", l + "minuten")),
                jdbc.sql("""
                        select g.datum, g.titel, g.soort, g.minuten
                          from groepsdeelname d join groepsbijeenkomst g on g.id = d.groepsbijeenkomst_id
                         where d.huishouden_id = :huishouden and d.persoon_id = :persoon
                         order by g.datum desc, g.id desc""")
                    .param("huishouden", huishouden.value()).param("persoon", persoonId)
                    .query((rs, n) -> rij("datum", rs.getObject("datum", LocalDate.class), "titel",
                            rs.getString("titel"), "soort", rs.getString("soort"), "minuten", rs.getInt("minuten")))
                    .list());
        return new Onderdeel("contact", "contact.inzage", List.of(), List.of(contacten, groepen));
    }

    private static String themas(@Nullable Array array) throws java.sql.SQLException {
        if (array == null) {
            return "";
        }
        return Arrays.stream((String[]) array.getArray()).collect(Collectors.joining(", "));
    }
}

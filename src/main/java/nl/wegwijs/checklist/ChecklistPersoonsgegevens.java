package nl.wegwijs.checklist;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.traject.Persoonsgegevens;

import static nl.wegwijs.traject.Persoonsgegevens.rij;

/**
 * The checklist for the inzage report: every item of the person and of their household (not the other members' own
 * items), with status, who did it (begeleider, samen, zelf), dates, note, and who recorded it. Two statements.
 */
@Component
class ChecklistPersoonsgegevens implements Persoonsgegevens {

    private final JdbcClient jdbc;
    private final OrganisatieService organisaties;

    ChecklistPersoonsgegevens(JdbcClient jdbc, OrganisatieService organisaties) {
        this.jdbc = jdbc;
        this.organisaties = organisaties;
    }

    @Override
    public int volgorde() {
        return 20;
    }

    private record Item(String titel, @Nullable UUID persoon, @Nullable Integer jaar, String status,
            @Nullable String wie, @Nullable LocalDate datum, @Nullable LocalDate deadline, @Nullable String redenNvt,
            @Nullable String notitie, @Nullable UUID door, @Nullable Timestamp op) {
    }

    @Override
    public Onderdeel gegevens(UUID persoonId, HuishoudenId huishouden) {
        List<Item> items = jdbc.sql("""
                select s.titel, i.persoon_id, i.jaar, i.status, i.wie_deed_het, i.datum, i.deadline, i.reden_nvt,
                       i.notitie, i.vastgelegd_door, i.vastgelegd_op
                  from checklist_item i join checklist_sjabloon_item s on s.id = i.sjabloon_item_id
                 where i.huishouden_id = :huishouden and (i.persoon_id is null or i.persoon_id = :persoon)
                 order by s.volgorde, i.jaar nulls first, i.id""")
            .param("huishouden", huishouden.value()).param("persoon", persoonId)
            .query((rs, n) -> new Item(rs.getString("titel"), rs.getObject("persoon_id", UUID.class),
                    (Integer) rs.getObject("jaar"), rs.getString("status"), rs.getString("wie_deed_het"),
                    rs.getObject("datum", LocalDate.class), rs.getObject("deadline", LocalDate.class),
                    rs.getString("reden_nvt"), rs.getString("notitie"), rs.getObject("vastgelegd_door", UUID.class),
                    rs.getTimestamp("vastgelegd_op")))
            .list();
        Set<UUID> wie = new HashSet<>();
        items.stream().map(Item::door).filter(java.util.Objects::nonNull).forEach(wie::add);
        Map<UUID, String> namen = organisaties.namen(wie);
        String l = "checklist.inzage.";
        Tabel tabel = new Tabel("items", l + "items",
                List.of(new Kolom("onderdeel", l + "onderdeel"), new Kolom("voor", l + "voor"),
                        new Kolom("jaar", l + "jaar"), new Kolom("status", l + "status"),
                        new Kolom("wieDeedHet", l + "wie"), new Kolom("datum", l + "datum"),
                        new Kolom("deadline", l + "deadline"), new Kolom("redenNietVanToepassing", l + "reden"),
                        new Kolom("notitie", l + "notitie"), new Kolom("vastgelegdDoor", l + "door"),
                        new Kolom("vastgelegdOp", l + "op")),
                items.stream().map(i -> rij("onderdeel", i.titel(), "voor",
                        new Code(l + (i.persoon() == null ? "huishouden" : "persoon"),
                                i.persoon() == null ? "HUISHOUDEN" : "PERSOON"),
                        "jaar", i.jaar(), "status", Code.van("checklist.status", i.status()), "wieDeedHet",
                        Code.van("checklist.wie", i.wie()), "datum", i.datum(), "deadline", i.deadline(),
                        "redenNietVanToepassing", i.redenNvt(), "notitie", i.notitie(), "vastgelegdDoor",
                        i.door() == null ? null : namen.get(i.door()), "vastgelegdOp",
                        i.op() == null ? null : i.op().toInstant())).toList());
        return new Onderdeel("checklist", "checklist.inzage", List.of(), List.of(tabel));
    }
}

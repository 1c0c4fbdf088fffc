package nl.wegwijs.post;

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
 * Letters for the inzage report: the letters addressed to the person and those of the whole household, with
 * sender, action, deadline, status, who handled it, note and who recorded it. Two statements.
 */
@Component
class PostPersoonsgegevens implements Persoonsgegevens {

    private final JdbcClient jdbc;
    private final OrganisatieService organisaties;

    PostPersoonsgegevens(JdbcClient jdbc, OrganisatieService organisaties) {
        this.jdbc = jdbc;
        this.organisaties = organisaties;
    }

    @Override
    public int volgorde() {
        return 40;
    }

    private record Regel(LocalDate ontvangen, String afzender, @Nullable String afzenderNaam, String onderwerp,
            @Nullable String actie, @Nullable LocalDate deadline, String status, @Nullable String afgehandeldDoor,
            @Nullable LocalDate afgehandeldOp, @Nullable String notitie, UUID door) {
    }

    @Override
    public Onderdeel gegevens(UUID persoonId, HuishoudenId huishouden) {
        List<Regel> brieven = jdbc.sql("""
                select ontvangen_op, afzender, afzender_naam, onderwerp, actie, deadline, status, afgehandeld_door,
                       afgehandeld_op, notitie, vastgelegd_door
                  from brief
                 where huishouden_id = :huishouden and (persoon_id is null or persoon_id = :persoon)
                 order by ontvangen_op desc, id desc""")
            .param("huishouden", huishouden.value()).param("persoon", persoonId)
            .query((rs, n) -> new Regel(rs.getObject("ontvangen_op", LocalDate.class), rs.getString("afzender"),
                    rs.getString("afzender_naam"), rs.getString("onderwerp"), rs.getString("actie"),
                    rs.getObject("deadline", LocalDate.class), rs.getString("status"),
                    rs.getString("afgehandeld_door"), rs.getObject("afgehandeld_op", LocalDate.class),
                    rs.getString("notitie"), rs.getObject("vastgelegd_door", UUID.class)))
            .list();
        Set<UUID> wie = new HashSet<>();
        brieven.forEach(b -> wie.add(b.door()));
        Map<UUID, String> namen = organisaties.namen(wie);
        String l = "post.inzage.";
        Tabel tabel = new Tabel("brieven", l + "brieven",
                List.of(new Kolom("ontvangenOp", l + "ontvangen"), new Kolom("afzender", l + "afzender"),
                        new Kolom("onderwerp", l + "onderwerp"), new Kolom("actie", l + "actie"),
                        new Kolom("deadline", l + "deadline"), new Kolom("status", l + "status"),
                        new Kolom("afgehandeldDoor", l + "afgehandeld"), new Kolom("notitie", l + "notitie"),
                        new Kolom("vastgelegdDoor", l + "door")),
                brieven.stream().map(b -> rij("ontvangenOp", b.ontvangen(), "afzender",
                        b.afzenderNaam() != null ? b.afzenderNaam() : Code.van("post.afzender", b.afzender()),
                        "onderwerp", b.onderwerp(), "actie", b.actie(), "deadline", b.deadline(), "status",
                        Code.van("post.status", b.status()), "afgehandeldDoor",
                        Code.van("post.inzage.afgehandeld", b.afgehandeldDoor()), "notitie", b.notitie(),
                        "vastgelegdDoor", namen.get(b.door()))).toList());
        return new Onderdeel("post", "post.inzage", List.of(), List.of(tabel));
    }
}

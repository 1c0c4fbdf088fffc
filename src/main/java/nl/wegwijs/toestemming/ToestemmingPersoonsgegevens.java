package nl.wegwijs.toestemming;

import java.sql.Array;
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
 * Consents for the inzage report: every consent the person gave, also ended and revoked ones, with recipient,
 * categories, purpose, period, how it was given, who recorded it, and when and why it was revoked. Two statements.
 */
@Component
class ToestemmingPersoonsgegevens implements Persoonsgegevens {

    private final JdbcClient jdbc;
    private final OrganisatieService organisaties;

    ToestemmingPersoonsgegevens(JdbcClient jdbc, OrganisatieService organisaties) {
        this.jdbc = jdbc;
        this.organisaties = organisaties;
    }

    @Override
    public int volgorde() {
        return 60;
    }

    private record Regel(String ontvanger, String gegevens, String doel, LocalDate vanaf, @Nullable LocalDate tot,
            String wijze, @Nullable String taal, UUID door, java.time.Instant op,
            java.time.@Nullable Instant ingetrokkenOp, @Nullable UUID ingetrokkenDoor, @Nullable String reden) {
    }

    @Override
    public Onderdeel gegevens(UUID persoonId, HuishoudenId huishouden) {
        List<Regel> regels = jdbc.sql("""
                select ontvanger_naam, gegevens, doel, vanaf, tot, wijze, taal, vastgelegd_door, vastgelegd_op,
                       ingetrokken_op, ingetrokken_door, intrekking_reden
                  from toestemming
                 where persoon_id = :persoon and huishouden_id = :huishouden
                 order by vastgelegd_op, id""")
            .param("huishouden", huishouden.value()).param("persoon", persoonId)
            .query((rs, n) -> {
                java.sql.Timestamp ingetrokken = rs.getTimestamp("ingetrokken_op");
                return new Regel(rs.getString("ontvanger_naam"), lijst(rs.getArray("gegevens")),
                        rs.getString("doel"), rs.getObject("vanaf", LocalDate.class),
                        rs.getObject("tot", LocalDate.class), rs.getString("wijze"), rs.getString("taal"),
                        rs.getObject("vastgelegd_door", UUID.class), rs.getTimestamp("vastgelegd_op").toInstant(),
                        ingetrokken == null ? null : ingetrokken.toInstant(),
                        rs.getObject("ingetrokken_door", UUID.class), rs.getString("intrekking_reden"));
            })
            .list();
        Set<UUID> wie = new HashSet<>();
        regels.forEach(r -> {
            wie.add(r.door());
            if (r.ingetrokkenDoor() != null) {
                wie.add(r.ingetrokkenDoor());
            }
        });
        Map<UUID, String> namen = organisaties.namen(wie);
        String l = "toestemming.inzage.";
        Tabel tabel = new Tabel("toestemmingen", l + "toestemmingen",
                List.of(new Kolom("ontvanger", l + "ontvanger"), new Kolom("gegevens", l + "gegevens"),
                        new Kolom("doel", l + "doel"), new Kolom("vanaf", l + "vanaf"), new Kolom("tot", l + "tot"),
                        new Kolom("wijze", l + "wijze"), new Kolom("vastgelegdDoor", l + "door"),
                        new Kolom("vastgelegdOp", l + "op"), new Kolom("ingetrokkenOp", l + "ingetrokken"),
                        new Kolom("ingetrokkenDoor", l + "ingetrokkenDoor"),
                        new Kolom("intrekkingReden", l + "reden")),
                regels.stream().map(r -> rij("ontvanger", r.ontvanger(), "gegevens", r.gegevens(), "doel", r.doel(),
                        "vanaf", r.vanaf(), "tot", r.tot(), "wijze",
                        r.taal() == null ? r.wijze() : r.wijze() + " (" + r.taal() + ")", "vastgelegdDoor",
                        namen.get(r.door()), "vastgelegdOp", r.op(), "ingetrokkenOp", r.ingetrokkenOp(),
                        "ingetrokkenDoor", r.ingetrokkenDoor() == null ? null : namen.get(r.ingetrokkenDoor()),
                        "intrekkingReden", r.reden())).toList());
        return new Onderdeel("toestemmingen", "toestemming.inzage", List.of(), List.of(tabel));
    }

    private static String lijst(@Nullable Array array) throws java.sql.SQLException {
        return array == null ? "" : Arrays.stream((String[]) array.getArray()).collect(Collectors.joining(", "));
    }
}

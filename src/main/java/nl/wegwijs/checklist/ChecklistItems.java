package nl.wegwijs.checklist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.system.GelijktijdigGewijzigd;

/** Households' checklist items and what the checklist keeps per household, by hand-written SQL. */
@Repository
class ChecklistItems {

    private static final String ITEM = """
            select ci.id, ci.huishouden_id, ci.persoon_id, ci.sjabloon_item_id, ci.code, ci.jaar, ci.status,
                   ci.wie_deed_het, ci.datum, ci.deadline, ci.deadline_handmatig, ci.reden_nvt, ci.notitie,
                   ci.notitie_door, ci.vastgelegd_door, ci.vastgelegd_op, ci.versie, si.titel, si.thema,
                   si.categorie, si.hulptekst, si.jaarlijks, si.uitvoerende, si.volgorde
              from checklist_item ci join checklist_sjabloon_item si on si.id = ci.sjabloon_item_id""";

    private final JdbcClient jdbc;

    ChecklistItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ChecklistItem> find(ChecklistItemId id) {
        return jdbc.sql(ITEM + " where ci.id = ?").param(id.value()).query(ChecklistItems::item).optional();
    }

    /** All items of a household in template order (one statement, whatever the household's size). */
    List<ChecklistItem> vanHuishouden(HuishoudenId huishouden) {
        return jdbc.sql(ITEM + " where ci.huishouden_id = ? order by si.volgorde, ci.jaar nulls first, ci.persoon_id "
                + "nulls first, ci.id")
            .param(huishouden.value()).query(ChecklistItems::item).list();
    }

    /** A page of a household's items, keyset on id. */
    List<ChecklistItem> pagina(HuishoudenId huishouden, List<Thema> themas, @Nullable UUID na, int aantal) {
        return jdbc.sql(ITEM + " where ci.huishouden_id = :huishouden and si.thema = any(:themas)"
                + " and (cast(:na as uuid) is null or ci.id > cast(:na as uuid)) order by ci.id limit :aantal")
            .param("huishouden", huishouden.value())
            .param("themas", themas.stream().map(Thema::name).toArray(String[]::new))
            .param("na", na).param("aantal", aantal)
            .query(ChecklistItems::item).list();
    }

    /** Stores a change made at version {@code versie}; someone else's change in between refuses it. */
    void werkBij(ChecklistItem i, long versie) {
        int n = jdbc.sql("""
                update checklist_item set status = :status, wie_deed_het = :wie, datum = :datum, deadline = :deadline,
                       deadline_handmatig = :handmatig, reden_nvt = :reden, notitie = :notitie,
                       notitie_door = :notitieDoor, vastgelegd_door = :door, vastgelegd_op = :op, versie = versie + 1
                 where id = :id and versie = :versie""")
            .param("status", i.status().name()).param("wie", i.wie() == null ? null : i.wie().name())
            .param("datum", i.datum()).param("deadline", i.deadline()).param("handmatig", i.deadlineHandmatig())
            .param("reden", i.redenNietVanToepassing()).param("notitie", i.notitie())
            .param("notitieDoor", i.notitieDoor()).param("door", i.vastgelegdDoor())
            .param("op", i.vastgelegdOp() == null ? null : Timestamp.from(i.vastgelegdOp()))
            .param("id", i.id().value()).param("versie", versie)
            .update();
        if (n == 0) {
            throw new GelijktijdigGewijzigd();
        }
    }

    /**
     * Creates the items a household lacks, in one statement; an existing open item whose due date was not set by hand
     * follows a changed reference date (a new version, so a form still showing the old due date cannot silently put
     * it back). An item a recorded fact settles ({@link Checklistregels.Gewenst#voldaan()}) is geregeld on that date
     * without anybody who did it, also when it was open; one settled so goes back to te doen when the fact is gone,
     * and follows a corrected date. Items a person closed stay as they are. Returns how many rows were created or
     * changed.
     */
    int voegToe(HuishoudenId huishouden, List<Checklistregels.Gewenst> gewenst, Instant nu) {
        if (gewenst.isEmpty()) {
            return 0;
        }
        int n = gewenst.size();
        UUID[] ids = new UUID[n], personen = new UUID[n], items = new UUID[n];
        String[] codes = new String[n], deadlines = new String[n], voldaan = new String[n];
        Integer[] jaren = new Integer[n];
        for (int i = 0; i < n; i++) {
            Checklistregels.Gewenst g = gewenst.get(i);
            ids[i] = UUID.randomUUID();
            personen[i] = g.persoonId();
            items[i] = g.sjabloonItemId();
            codes[i] = g.code();
            jaren[i] = g.jaar();
            deadlines[i] = g.deadline() == null ? null : g.deadline().toString();
            voldaan[i] = g.voldaan() == null ? null : g.voldaan().toString();
        }
        return jdbc.sql("""
                insert into checklist_item (id, huishouden_id, persoon_id, sjabloon_item_id, code, jaar, deadline,
                                            status, datum, aangemaakt_op)
                select id, :huishouden, persoon_id, sjabloon_item_id, code, jaar, deadline,
                       case when voldaan is null then 'TE_DOEN' else 'GEREGELD' end, voldaan, :nu
                  from unnest(:ids::uuid[], :personen::uuid[], :items::uuid[], :codes::text[], :jaren::int[],
                              :deadlines::date[], :voldaan::date[])
                       as g(id, persoon_id, sjabloon_item_id, code, jaar, deadline, voldaan)
                on conflict (huishouden_id, code, (coalesce(persoon_id, '00000000-0000-0000-0000-000000000000'::uuid)),
                             (coalesce(jaar, 0)))
                do update set
                       deadline = case when checklist_item.deadline_handmatig then checklist_item.deadline
                                       else excluded.deadline end,
                       status = case when excluded.datum is not null then 'GEREGELD'
                                     when checklist_item.status = 'GEREGELD' then 'TE_DOEN'
                                     else checklist_item.status end,
                       datum = excluded.datum,
                       versie = checklist_item.versie + 1
                 where (checklist_item.status in ('TE_DOEN', 'BEZIG')
                        or checklist_item.status = 'GEREGELD' and checklist_item.wie_deed_het is null)
                   and (not checklist_item.deadline_handmatig and checklist_item.deadline is distinct from excluded.deadline
                        or checklist_item.datum is distinct from excluded.datum)""")
            .param("huishouden", huishouden.value()).param("nu", Timestamp.from(nu))
            .param("ids", ids).param("personen", personen).param("items", items).param("codes", codes)
            .param("jaren", jaren).param("deadlines", deadlines).param("voldaan", voldaan)
            .update();
    }

    /**
     * Points the household's items at the template items of the same code in {@code sjabloon} (the template its
     * contract uses now), so they follow its order; one statement, changing only items that point elsewhere. This is
     * how a contract's first own template (or a change of contract) reaches its households: each at its next
     * synchronisation, never all at once in the request that made the copy.
     */
    int koppelAanSjabloon(HuishoudenId huishouden, List<SjabloonItem> sjabloon) {
        if (sjabloon.isEmpty()) {
            return 0;
        }
        String[] codes = sjabloon.stream().map(SjabloonItem::code).toArray(String[]::new);
        UUID[] ids = sjabloon.stream().map(SjabloonItem::id).toArray(UUID[]::new);
        return jdbc.sql("""
                update checklist_item ci set sjabloon_item_id = s.id
                  from unnest(:codes::text[], :ids::uuid[]) as s(code, id)
                 where ci.huishouden_id = :huishouden and ci.code = s.code and ci.sjabloon_item_id <> s.id""")
            .param("huishouden", huishouden.value()).param("codes", codes).param("ids", ids)
            .update();
    }

    /** What the rules need to know of a household's items, to find those no longer wanted. */
    List<Checklistregels.Bestaand> bestaand(HuishoudenId huishouden) {
        return jdbc.sql("""
                select id, code, persoon_id, jaar, status, vastgelegd_door is not null as vastgelegd,
                       notitie is not null as heeft_notitie,
                       status = 'GEREGELD' and wie_deed_het is null as volgens_gegevens
                  from checklist_item where huishouden_id = ?""")
            .param(huishouden.value())
            .query((rs, n) -> new Checklistregels.Bestaand(rs.getObject("id", UUID.class), rs.getString("code"),
                    rs.getObject("persoon_id", UUID.class), rs.getObject("jaar", Integer.class),
                    ItemStatus.valueOf(rs.getString("status")), rs.getBoolean("vastgelegd"),
                    rs.getBoolean("heeft_notitie"), rs.getBoolean("volgens_gegevens")))
            .list();
    }

    /**
     * Deletes items no longer wanted, in one statement; an item someone recorded something on in the meantime stays
     * (the condition is checked again here, not only by {@link Checklistregels#overbodig}).
     */
    int verwijder(HuishoudenId huishouden, List<UUID> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                delete from checklist_item
                 where huishouden_id = :huishouden and id = any(:ids::uuid[])
                   and (status = 'TE_DOEN' or status = 'GEREGELD' and wie_deed_het is null)
                   and vastgelegd_door is null and notitie is null""")
            .param("huishouden", huishouden.value()).param("ids", ids.toArray(UUID[]::new))
            .update();
    }

    /** How many items are open and the earliest due date among them. */
    ChecklistService.Stand stand(HuishoudenId huishouden) {
        return jdbc.sql("""
                select count(*) as open, min(deadline) as vroegste from checklist_item
                 where huishouden_id = ? and status in ('TE_DOEN', 'BEZIG')""")
            .param(huishouden.value())
            .query((rs, n) -> new ChecklistService.Stand(rs.getInt("open"), rs.getObject("vroegste", LocalDate.class)))
            .single();
    }

    /** Remembers the household's contract and start, whether it still runs, and when to synchronise it again. */
    void markeer(HuishoudenId huishouden, UUID contract, LocalDate start, boolean actief, LocalDate volgende,
            Instant nu) {
        jdbc.sql("""
                insert into checklist_huishouden (huishouden_id, contract_id, traject_start, actief,
                                                  volgende_synchronisatie, bijgewerkt_op)
                values (:huishouden, :contract, :start, :actief, :volgende, :nu)
                on conflict (huishouden_id) do update set contract_id = excluded.contract_id,
                       traject_start = excluded.traject_start, actief = excluded.actief,
                       volgende_synchronisatie = excluded.volgende_synchronisatie, bijgewerkt_op = excluded.bijgewerkt_op""")
            .param("huishouden", huishouden.value()).param("contract", contract).param("start", start)
            .param("actief", actief).param("volgende", volgende).param("nu", Timestamp.from(nu))
            .update();
    }

    /** The trajectory is closed: no new items from now on (the existing ones stay). */
    void deactiveer(HuishoudenId huishouden) {
        jdbc.sql("update checklist_huishouden set actief = false where huishouden_id = ? and actief")
            .param(huishouden.value()).update();
    }

    /** The start of guidance as the checklist last saw it, for counting years of guidance. */
    Optional<LocalDate> trajectStart(HuishoudenId huishouden) {
        return jdbc.sql("select traject_start from checklist_huishouden where huishouden_id = ?")
            .param(huishouden.value()).query(LocalDate.class).optional();
    }

    /** Running households due for synchronisation on {@code dag}, keyset on id. */
    List<HuishoudenId> teSynchroniseren(LocalDate dag, @Nullable UUID na, int aantal) {
        return jdbc.sql("""
                select huishouden_id from checklist_huishouden
                 where actief and volgende_synchronisatie <= :dag
                   and (cast(:na as uuid) is null or huishouden_id > cast(:na as uuid))
                 order by huishouden_id limit :aantal""")
            .param("dag", dag).param("na", na).param("aantal", aantal)
            .query((rs, n) -> new HuishoudenId(rs.getObject(1, UUID.class))).list();
    }

    /**
     * Every running household of a contract is looked at again by the nightly job (its template changed): one
     * statement on {@code checklist_huishouden} through its partial index on running households; no item is touched.
     */
    int markeerContract(UUID contract, LocalDate dag) {
        return jdbc.sql("""
                update checklist_huishouden set volgende_synchronisatie = :dag
                 where contract_id = :contract and actief and volgende_synchronisatie > :dag""")
            .param("dag", dag).param("contract", contract).update();
    }

    private static ChecklistItem item(ResultSet rs, int n) throws SQLException {
        String categorie = rs.getString("categorie");
        String wie = rs.getString("wie_deed_het");
        Timestamp op = rs.getTimestamp("vastgelegd_op");
        return new ChecklistItem(new ChecklistItemId(rs.getObject("id", UUID.class)),
                new HuishoudenId(rs.getObject("huishouden_id", UUID.class)), rs.getObject("persoon_id", UUID.class),
                rs.getObject("sjabloon_item_id", UUID.class), rs.getString("code"), rs.getString("titel"),
                Thema.valueOf(rs.getString("thema")), categorie == null ? null : Categorie.valueOf(categorie),
                rs.getString("hulptekst"), rs.getBoolean("jaarlijks"), Uitvoerende.valueOf(rs.getString("uitvoerende")),
                rs.getInt("volgorde"), rs.getObject("jaar", Integer.class), ItemStatus.valueOf(rs.getString("status")),
                wie == null ? null : WieDeedHet.valueOf(wie), rs.getObject("datum", LocalDate.class),
                rs.getObject("deadline", LocalDate.class), rs.getBoolean("deadline_handmatig"),
                rs.getString("reden_nvt"), rs.getString("notitie"), rs.getObject("notitie_door", UUID.class),
                rs.getObject("vastgelegd_door", UUID.class),
                op == null ? null : op.toInstant(), rs.getLong("versie"));
    }
}

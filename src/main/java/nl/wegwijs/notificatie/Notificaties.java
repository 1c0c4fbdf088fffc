package nl.wegwijs.notificatie;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Medewerker;

/**
 * Sends and lists notifications. A sender decides whom to notify (it knows who owns what); this only stores and shows.
 * Sending joins the sender's transaction, so a refused change notifies nobody. Every query is one statement on a
 * partial index of the unread ones.
 */
@Service
public class Notificaties {

    /** At most this many on the start page; the page {@code /notificaties} shows the same, newest first. */
    public static final int MAX = 20;

    private final JdbcClient jdbc;
    private final Clock clock;

    Notificaties(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Notifies {@code aan}. {@code sleutel} is a message key of the sender's bundle; {@code argumenten} fill it (no
     * names of persons); {@code link} is a path such as {@code /huishoudens/{id}#pip}.
     */
    @Transactional
    public void stuur(Ontvanger aan, @Nullable HuishoudenId huishouden, String sleutel, List<String> argumenten,
            String link) {
        jdbc.sql("""
                insert into notificatie (id, ontvanger_medewerker, ontvanger_organisatie, ontvanger_rol,
                       huishouden_id, sleutel, argumenten, link, aangemaakt_op)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(UUID.randomUUID(), aan.medewerkerId(), aan.organisatieId(),
                    aan.rol() == null ? null : aan.rol().name(), huishouden == null ? null : huishouden.value(),
                    sleutel, argumenten.toArray(String[]::new), link, Timestamp.from(Instant.now(clock)))
            .update();
    }

    /**
     * Takes back the unread notifications to {@code aan} that lead to {@code link}: what they pointed at is no longer
     * theirs to see (a referral withdrawn when its consent was revoked), so they would lead to "not found". One
     * statement on the partial index of the unread ones.
     */
    @Transactional
    public int trekIn(Ontvanger aan, String link) {
        if (aan.medewerkerId() != null) {
            return jdbc.sql("delete from notificatie where gelezen_op is null and ontvanger_medewerker = ? and link = ?")
                .params(aan.medewerkerId(), link).update();
        }
        return jdbc.sql("""
                delete from notificatie where gelezen_op is null and ontvanger_organisatie = ? and ontvanger_rol = ?
                   and link = ?""")
            .params(aan.organisatieId(), aan.rol().name(), link).update();
    }

    /** The unread notifications for me (mine and my role's in my organisation), newest first, at most {@link #MAX}. */
    @Transactional(readOnly = true)
    public List<Notificatie> ongelezen(Medewerker ik) {
        return jdbc.sql("""
                select id, huishouden_id, sleutel, argumenten, link, aangemaakt_op from (
                    (select * from notificatie where gelezen_op is null and ontvanger_medewerker = ?
                      order by aangemaakt_op desc, id limit ?)
                    union all
                    (select * from notificatie where gelezen_op is null and ontvanger_organisatie = ?
                        and ontvanger_rol = ? order by aangemaakt_op desc, id limit ?)) n
                 order by aangemaakt_op desc, id limit ?""")
            .params(ik.id(), MAX, ik.organisatieId(), ik.rol().name(), MAX, MAX)
            .query((rs, i) -> new Notificatie(rs.getObject("id", UUID.class),
                    rs.getObject("huishouden_id", UUID.class), rs.getString("sleutel"),
                    List.of((String[]) rs.getArray("argumenten").getArray()), rs.getString("link"),
                    rs.getTimestamp("aangemaakt_op").toInstant()))
            .list();
    }

    /** Marks one of my notifications read; false when it is not mine or was read already. */
    @Transactional
    public boolean markeerGelezen(Medewerker ik, UUID id) {
        return jdbc.sql("""
                update notificatie set gelezen_op = ?, gelezen_door = ?
                 where id = ? and gelezen_op is null
                   and (ontvanger_medewerker = ? or (ontvanger_organisatie = ? and ontvanger_rol = ?))""")
            .params(Timestamp.from(Instant.now(clock)), ik.id(), id, ik.id(), ik.organisatieId(), ik.rol().name())
            .update() == 1;
    }
}

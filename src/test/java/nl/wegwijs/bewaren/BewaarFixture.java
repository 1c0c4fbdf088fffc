package nl.wegwijs.bewaren;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.EindeReden;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.traject.TrajectStatus;

/** Households for the retention tests: registered four years ago, closed some months ago, with daily guidance. */
final class BewaarFixture {

    private BewaarFixture() {
    }

    /** A unique last name, so a search over the whole database finds only this household's traces. */
    static String achternaam() {
        return "Zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** Registered four years ago; closed {@code maandenGeleden} months ago (null: still open). */
    static Traject huishouden(TestData data, TrajectService trajecten, TestData.Wereld w, String achternaam,
            Integer maandenGeleden) {
        Traject t = trajecten.meldAan(w.als(Rol.REGIEVOERDER),
                data.aanmeldingVoor(w, LocalDate.now().minusYears(4), achternaam));
        if (maandenGeleden != null) {
            sluit(trajecten, w, t, achternaam, maandenGeleden);
        }
        return t;
    }

    /** Ends the trajectory {@code maandenGeleden} months ago, with the name in the explanation. */
    static void sluit(TrajectService trajecten, TestData.Wereld w, Traject t, String achternaam, int maandenGeleden) {
        trajecten.sluitAf(w.als(Rol.REGIEVOERDER), t.id(), t.versie(), TrajectStatus.BEEINDIGD, EindeReden.AFGEZIEN,
                LocalDate.now().minusMonths(maandenGeleden), "Familie " + achternaam + " redt zich goed");
    }

    /** The privacy officer (FG) of the world's gemeente (the world's own one works for the uitvoerder). */
    static Medewerker privacyfunctionaris(nl.wegwijs.organisatie.OrganisatieService organisaties, TestData.Wereld w) {
        return organisaties.registreerMedewerker("fg-" + UUID.randomUUID().toString().substring(0, 8), "x",
                "Functionaris gegevensbescherming", Rol.PRIVACYFUNCTIONARIS, w.gemeente().id(), null, java.util.Set.of());
    }

    static List<UUID> personen(JdbcClient jdbc, HuishoudenId h) {
        return jdbc.sql("select id from persoon where huishouden_id = ? order by volgorde").param(h.value())
            .query(UUID.class).list();
    }

    /**
     * Daily guidance as the modules store it, each with the name in its free texts: two contacts (60 and 45 minutes),
     * a letter, a signal with a reply and an action, three checklist items (done together, not applicable, open with
     * a note).
     */
    static void begeleiding(JdbcClient jdbc, HuishoudenId h, Medewerker door, String achternaam) {
        UUID persoon = personen(jdbc, h).get(0);
        Instant nu = Instant.now();
        for (int minuten : new int[] { 60, 45 }) {
            UUID c = UUID.randomUUID();
            jdbc.sql("""
                    insert into contactmoment (id, huishouden_id, datum, minuten, soort, personen, tolk, themas,
                                               afspraken, notitie, vastgelegd_door, vastgelegd_op)
                    values (?, ?, ?, ?, 'HUISBEZOEK', ?, 'GEEN', '{WONEN}', ?, ?, ?, ?)""")
                .params(c, h.value(), LocalDate.now().minusYears(3), minuten, new UUID[] { persoon },
                        "Afspraak met " + achternaam, "Notitie over " + achternaam, door.id(),
                        java.sql.Timestamp.from(nu))
                .update();
            jdbc.sql("""
                    insert into contactmoment_medewerker (contactmoment_id, medewerker_id, huishouden_id, datum, minuten)
                    values (?, ?, ?, ?, ?)""").params(c, door.id(), h.value(), LocalDate.now().minusYears(3), minuten)
                .update();
        }
        jdbc.sql("""
                insert into brief (id, huishouden_id, persoon_id, afzender, afzender_naam, ontvangen_op, onderwerp, actie,
                                   status, notitie, vastgelegd_door, vastgelegd_op)
                values (?, ?, ?, 'ANDERS', ?, ?, ?, ?, 'OPEN', ?, ?, ?)""")
            .params(UUID.randomUUID(), h.value(), persoon, "Advocaat van " + achternaam, LocalDate.now().minusYears(3),
                    "Aanmaning " + achternaam, "Bellen voor " + achternaam, "Brief " + achternaam, door.id(),
                    java.sql.Timestamp.from(nu))
            .update();
        UUID s = UUID.randomUUID();
        jdbc.sql("""
                insert into signaal (id, huishouden_id, huishouden_naam, persoon_id, categorie, urgentie, omschrijving,
                                     richting, gemeld_door, gemeld_door_naam, gemeld_op, vastgelegd_op, status, aan)
                values (?, ?, ?, ?, 'GELDZORGEN', 'NORMAAL', ?, 'NAAR_GEMEENTE', ?, 'Begeleider', ?, ?, 'OPEN',
                        'REGIEVOERDER')""")
            .params(s, h.value(), achternaam + ", Samira", persoon, "Schulden bij " + achternaam, door.id(),
                    LocalDate.now().minusYears(3), java.sql.Timestamp.from(nu))
            .update();
        jdbc.sql("""
                insert into signaal_bericht (id, signaal_id, volgnummer, soort, tekst, auteur_id, auteur_naam, auteur_rol,
                                             geschreven_op)
                values (?, ?, 1, 'REACTIE', ?, ?, 'Begeleider', 'BEGELEIDER', ?)""")
            .params(UUID.randomUUID(), s, "Gesproken met " + achternaam, door.id(), java.sql.Timestamp.from(nu))
            .update();
        jdbc.sql("""
                insert into actiepunt (id, signaal_id, omschrijving, eigenaar, partner_naam, streefdatum, vastgelegd_door,
                                       vastgelegd_op)
                values (?, ?, ?, 'PARTNER', ?, ?, ?, ?)""")
            .params(UUID.randomUUID(), s, "Schuldhulp voor " + achternaam, "Schuldhulp " + achternaam,
                    LocalDate.now().minusYears(3), door.id(), java.sql.Timestamp.from(nu))
            .update();
        List<UUID> sjabloon = jdbc.sql("""
                select i.id from checklist_sjabloon_item i join checklist_sjabloon s on s.id = i.sjabloon_id
                 where s.contract_id is null and i.reikwijdte = 'HUISHOUDEN' and not i.jaarlijks
                   and i.code not in (select code from checklist_item where huishouden_id = ?)
                 order by i.volgorde limit 3""").param(h.value()).query(UUID.class).list();
        String[][] standen = { { "GEREGELD", "SAMEN", null }, { "NIET_VAN_TOEPASSING", null, "Niet nodig voor " + achternaam },
                { "TE_DOEN", null, null } };
        for (int i = 0; i < 3; i++) {
            String[] st = standen[i];
            jdbc.sql("""
                    insert into checklist_item (id, huishouden_id, sjabloon_item_id, code, status, wie_deed_het, datum,
                                                reden_nvt, notitie, notitie_door, vastgelegd_door, vastgelegd_op,
                                                aangemaakt_op)
                    select ?, ?, i.id, i.code, ?, ?, ?, ?, ?, ?, ?, ?, ? from checklist_sjabloon_item i where i.id = ?""")
                .params(UUID.randomUUID(), h.value(), st[0], st[1],
                        st[0].equals("GEREGELD") ? LocalDate.now().minusYears(3) : null, st[2],
                        "Notitie " + achternaam, door.id(), door.id(), java.sql.Timestamp.from(nu),
                        java.sql.Timestamp.from(nu), sjabloon.get(i))
                .update();
        }
    }

    /**
     * Every row in any table of the database holding this text in any text, array or json column: "table.column"
     * for each hit (the processing log holds ids only).
     */
    static List<String> vindOveral(JdbcClient jdbc, String tekst) {
        List<String[]> kolommen = jdbc.sql("""
                select c.table_name, c.column_name from information_schema.columns c
                  join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                 where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
                   and c.data_type in ('text', 'character varying', 'jsonb', 'json', 'ARRAY')
                   and c.table_name not like 'verwerking%' and c.table_name not like 'spring_session%'
                   and c.table_name <> 'flyway_schema_history'""")
            .query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) }).list();
        List<String> gevonden = new java.util.ArrayList<>();
        for (String[] k : kolommen) {
            long n = jdbc.sql("select count(*) from \"" + k[0] + "\" where \"" + k[1] + "\"::text ilike ?")
                .param("%" + tekst + "%").query(Long.class).single();
            if (n > 0) {
                gevonden.add(k[0] + "." + k[1]);
            }
        }
        return gevonden;
    }
}

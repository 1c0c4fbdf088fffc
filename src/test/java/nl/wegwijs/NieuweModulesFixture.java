package nl.wegwijs;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

import nl.wegwijs.afsluiting.Samenvatting;
import nl.wegwijs.traject.Traject;

/**
 * The data of the issue-22 modules of one household, stored as those modules store it, with {@code naam} in every free
 * text: referrals (finished, rejected, withdrawn; one for the household, two for its first person, one for its second),
 * a service of the sociale kaart, an eindgesprek, a decision to extend, a handover with its summary and the guide's
 * addition plus a withdrawn one, a hulpvraag of the wijkteam, a measurement with a score, an action and a correction,
 * a route card with a partner, and a satisfaction questionnaire with a comment. For the retention and inzage tests.
 */
public final class NieuweModulesFixture {

    /** The measurement instrument of VluchtelingenWerk (seeded by V47). */
    public static final UUID INSTRUMENT = UUID.fromString("7a0b0000-0000-4000-8000-000000000001");

    private NieuweModulesFixture() {
    }

    /** What was stored: the household's persons (first, second) and the service. */
    public record Gevuld(UUID eerste, UUID tweede, UUID dienst) {
    }

    public static Gevuld vul(JdbcClient jdbc, TestData.Wereld w, Traject t, String naam) {
        UUID h = t.huishouden().value();
        List<UUID> personen = jdbc.sql("select id from persoon where huishouden_id = ? order by volgorde").param(h)
            .query(UUID.class).list();
        UUID eerste = personen.get(0);
        UUID tweede = personen.get(1);
        UUID door = w.als(nl.wegwijs.organisatie.Rol.BEGELEIDER).id();
        Timestamp nu = Timestamp.from(Instant.now());
        LocalDate jaar = LocalDate.now().minusYears(2);

        UUID dienst = UUID.randomUUID();
        jdbc.sql("""
                insert into dienst (id, gemeente_id, naam, soort, aangemaakt_door, aangemaakt_op)
                values (?, ?, ?, 'SCHULDHULP', ?, ?)""")
            .params(dienst, w.gemeente().id(), "Schuldhulp " + UUID.randomUUID().toString().substring(0, 8), door, nu)
            .update();
        // finished: sent, accepted after 9 days, finished with an outcome
        verwijzing(jdbc, h, eerste, dienst, "Reden voor " + naam, "AFGEROND", jaar, jaar.plusDays(1),
                jaar.plusDays(10), "Geholpen " + naam, "Uitkomst " + naam, null, door, nu);
        // rejected with an answer, for the whole household
        verwijzing(jdbc, h, null, dienst, "Huishouden " + naam, "AFGEWEZEN", jaar, jaar.plusDays(2), null,
                "Afgewezen " + naam, null, null, door, nu);
        // withdrawn with a reason
        verwijzing(jdbc, h, eerste, dienst, "Ingetrokken verwijzing " + naam, "INGETROKKEN", jaar, jaar.plusDays(3),
                null, null, null, "Intrekking " + naam, door, nu);
        // the second person's: not in the first person's inzage
        verwijzing(jdbc, h, tweede, dienst, "Alleen de tweede " + naam, "VERSTUURD", jaar, jaar.plusDays(4), null,
                null, null, null, door, nu);

        UUID traject = t.id().value();
        jdbc.sql("""
                insert into eindgesprek (id, huishouden_id, traject_id, gehouden_op, aanwezig, samenvatting, eigen_kijk,
                                         vastgelegd_door, vastgelegd_door_naam, vastgelegd_op, versie)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'Begeleider', ?, 1)""")
            .params(UUID.randomUUID(), h, traject, jaar, "Aanwezig " + naam, "Gesprek " + naam, "Eigen kijk " + naam,
                    door, nu)
            .update();
        jdbc.sql("""
                insert into afsluitbesluit (id, huishouden_id, traject_id, soort, maanden, reden, verzoek_persoon,
                                            verzoek_op, besloten_door, besloten_door_naam, besloten_op)
                values (?, ?, ?, 'VERLENGEN', 6, ?, ?, ?, ?, 'Teamleider', ?)""")
            .params(UUID.randomUUID(), h, traject, "Verlengd voor " + naam, "Verzoek " + naam, jaar, door, nu)
            .update();
        Samenvatting s = new Samenvatting(jaar, "Familie " + naam, "Straat 1 " + naam, "Uitvoerder", jaar, jaar,
                new Samenvatting.Meting(jaar, "Meetinstrument", false, List.of("Wonen")),
                List.of(new Samenvatting.Niveau("Samira " + naam, "Wonen", 3, "Redelijk zelfredzaam", 5, false)),
                List.of(new Samenvatting.Regel("Checklist " + naam, "Detail " + naam, jaar)),
                List.of(new Samenvatting.Regel("Brief " + naam, null, jaar)),
                List.of(new Samenvatting.Regel("Signaal " + naam, null, jaar)),
                List.of(new Samenvatting.Regel("Verwijzing " + naam, "VERSTUURD", jaar)),
                List.of(new Samenvatting.Regel("Doel " + naam, null, null)),
                List.of(new Samenvatting.Contact("Begeleider", "BEGELEIDER", "Uitvoerder")),
                List.of(new Samenvatting.Taal("Samira " + naam, List.of("ar"), true, "ar")), List.of(eerste));
        String json = JsonMapper.builder().build().writeValueAsString(s);
        UUID overdracht = UUID.randomUUID();
        jdbc.sql("""
                insert into overdracht (id, huishouden_id, traject_id, gemeente_id, ontvanger_organisatie_id,
                       ontvanger_naam, status, hulpvraag, driegesprek_vereist, samenvatting, aanvullingen,
                       gedeelde_blokken, toestemmingen, driegesprek_op, driegesprek_deelnemers, aangemaakt_door,
                       aangemaakt_door_naam, aangemaakt_op, gedeeld_door, gedeeld_op, geaccepteerd_door,
                       geaccepteerd_door_naam, geaccepteerd_op, versie)
                values (?, ?, ?, ?, ?, 'Wijkteam', 'GEACCEPTEERD', true, true, ?::jsonb, ?::jsonb,
                        '{LEEFGEBIEDEN,CHECKLIST}', ?, ?, ?, ?, 'Begeleider', ?, ?, ?, ?, 'Wijkteam', ?, 1)""")
            .params(overdracht, h, traject, w.gemeente().id(), w.gemeente().id(), json,
                    "{\"CHECKLIST\": \"Aanvulling " + naam + "\"}", new UUID[] { UUID.randomUUID() }, jaar,
                    "Deelnemers " + naam, door, nu, door, nu, door, nu)
            .update();
        jdbc.sql("""
                insert into overdracht (id, huishouden_id, traject_id, gemeente_id, ontvanger_organisatie_id,
                       ontvanger_naam, status, hulpvraag, driegesprek_vereist, samenvatting, aangemaakt_door,
                       aangemaakt_door_naam, aangemaakt_op, teruggetrokken_op, terugtrekking_reden, versie)
                values (?, ?, ?, ?, ?, 'Wijkteam', 'TERUGGETROKKEN', false, false, ?::jsonb, ?, 'Begeleider', ?, ?, ?,
                        1)""")
            .params(UUID.randomUUID(), h, traject, w.gemeente().id(), w.gemeente().id(), json, door, nu, nu,
                    "Teruggetrokken " + naam)
            .update();
        jdbc.sql("""
                insert into wijkteam_hulpvraag (id, overdracht_id, huishouden_id, soort, gevraagd_op, toelichting,
                                                vastgelegd_door, vastgelegd_door_naam, vastgelegd_op)
                values (?, ?, ?, 'GELDZAKEN', ?, ?, ?, 'Wijkteam', ?)""")
            .params(UUID.randomUUID(), overdracht, h, jaar.plusMonths(1), "Hulpvraag " + naam, door, nu)
            .update();

        UUID meting = UUID.randomUUID();
        jdbc.sql("""
                insert into zr_meting (id, huishouden_id, traject_id, persoon_id, instrument_id, gemeten_op, soort,
                                       notitie, vastgelegd_door, vastgelegd_op)
                values (?, ?, ?, ?, ?, ?, 'NULMETING', ?, ?, ?)""")
            .params(meting, h, traject, eerste, INSTRUMENT, jaar, "Meetnotitie " + naam, door, nu)
            .update();
        jdbc.sql("""
                insert into zr_score (meting_id, item_id, status, niveau, wijze)
                select ?, o.id, 'NIVEAU', 2, 'HULP' from zr_onderdeel o join zr_domein d on d.id = o.domein_id
                 where d.instrument_id = ? and d.volgorde = 1 and o.volgorde = 1""")
            .params(meting, INSTRUMENT).update();
        jdbc.sql("""
                insert into zr_actie (id, huishouden_id, meting_id, domein_id, omschrijving, uitvoerder, partner,
                                      prioriteit, aangemaakt_door, aangemaakt_op)
                select ?, ?, ?, d.id, ?, 'PARTNER', ?, 'URGENT', ?, ? from zr_domein d
                 where d.instrument_id = ? and d.volgorde = 1""")
            .params(UUID.randomUUID(), h, meting, "Planactie " + naam, "Partner " + naam, door, nu, INSTRUMENT)
            .update();
        jdbc.sql("""
                insert into zr_meting_correctie (id, meting_id, huishouden_id, versie, reden, vorige_datum,
                                                 vorige_scores, gecorrigeerd_door, gecorrigeerd_op)
                values (?, ?, ?, 2, ?, ?, '[]'::jsonb, ?, ?)""")
            .params(UUID.randomUUID(), meting, h, "Correctie " + naam, jaar.minusDays(1), door, nu)
            .update();

        UUID kaart = UUID.randomUUID();
        jdbc.sql("""
                insert into routekaart (id, huishouden_id, traject_id, gemeente_id, taal, bereikbaar_dagen,
                                        bereikbaar_van, bereikbaar_tot, kanalen, telefoon, ontmoeting, zelf, notitie,
                                        vastgelegd_door, vastgelegd_op)
                values (?, ?, ?, ?, 'nl', 'MA,WO', '09:00', '12:00', 'TELEFOON', '0612345678', 'WEKELIJKS',
                        'POST_OPENEN', ?, ?, ?)""")
            .params(kaart, h, traject, w.gemeente().id(), "Routenotitie " + naam, door, nu)
            .update();
        jdbc.sql("insert into routekaart_partner (routekaart_id, dienst_id, wat, volgorde) values (?, ?, ?, 1)")
            .params(kaart, dienst, "Partnerregel " + naam).update();

        jdbc.sql("""
                insert into tevredenheid (id, huishouden_id, traject_id, gemeente_id, uitvoerder_id, moment,
                                          afgenomen_op, wijze, v1, v2, v3, v4, v5, v6, opmerking, vastgelegd_door,
                                          vastgelegd_op)
                values (?, ?, ?, ?, ?, 'EINDE', ?, 'SAMEN', 5, 4, 3, null, 2, 1, ?, ?, ?)""")
            .params(UUID.randomUUID(), h, traject, w.gemeente().id(), w.uitvoerder().id(), jaar,
                    "Opmerking " + naam, door, nu)
            .update();
        return new Gevuld(eerste, tweede, dienst);
    }

    private static void verwijzing(JdbcClient jdbc, UUID h, UUID persoon, UUID dienst, String reden, String status,
            LocalDate aangemaakt, LocalDate verstuurd, LocalDate geaccepteerd, String antwoord, String uitkomst,
            String intrekking, UUID door, Timestamp nu) {
        boolean beantwoord = status.equals("AFGEWEZEN") || geaccepteerd != null;
        jdbc.sql("""
                insert into verwijzing (id, huishouden_id, persoon_id, dienst_id, reden, warm, status, aangemaakt_op,
                       verstuurd_op, geaccepteerd_op, beantwoord_op, afgerond_op, antwoord, uitkomst, ingetrokken_op,
                       intrekking_reden, toestemming_wijze, toestemming_op, toestemming_door, aangemaakt_door,
                       aangemaakt_tijd)
                values (?, ?, ?, ?, ?, true, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'MONDELING', ?, ?, ?, ?)""")
            .params(UUID.randomUUID(), h, persoon, dienst, reden, status, aangemaakt, verstuurd, geaccepteerd,
                    beantwoord ? (geaccepteerd != null ? geaccepteerd : verstuurd.plusDays(5)) : null,
                    status.equals("AFGEROND") ? geaccepteerd.plusDays(30) : null, antwoord, uitkomst,
                    intrekking == null ? null : verstuurd.plusDays(1), intrekking, aangemaakt, door, door, nu)
            .update();
    }
}

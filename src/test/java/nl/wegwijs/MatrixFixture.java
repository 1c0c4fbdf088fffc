package nl.wegwijs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.wegwijs.contact.Bijeenkomstsoort;
import nl.wegwijs.contact.ContactInvoer;
import nl.wegwijs.contact.ContactService;
import nl.wegwijs.contact.Contactsoort;
import nl.wegwijs.contact.GroepsbijeenkomstInvoer;
import nl.wegwijs.contact.GroepsbijeenkomstService;
import nl.wegwijs.contact.Thema;
import nl.wegwijs.contact.Tolk;
import nl.wegwijs.huishouden.Geletterdheid;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.intake.Aanwezigen;
import nl.wegwijs.intake.DigitaleVaardigheid;
import nl.wegwijs.intake.Gezondheid;
import nl.wegwijs.intake.IntakeGegevens;
import nl.wegwijs.intake.IntakeService;
import nl.wegwijs.intake.Opleidingsniveau;
import nl.wegwijs.notificatie.Notificaties;
import nl.wegwijs.notificatie.Ontvanger;
import nl.wegwijs.ontzorgen.GesprekStatus;
import nl.wegwijs.ontzorgen.MaandStatus;
import nl.wegwijs.ontzorgen.Ontzorgen;
import nl.wegwijs.ontzorgen.OntzorgenService;
import nl.wegwijs.ontzorgen.VasteLastSoort;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.overleg.Overleg;
import nl.wegwijs.overleg.OverlegService;
import nl.wegwijs.overleg.Reeks;
import nl.wegwijs.participatie.NieuweFase;
import nl.wegwijs.participatie.ParticipatieService;
import nl.wegwijs.participatie.PiezoFase;
import nl.wegwijs.participatie.PlaatsingGegevens;
import nl.wegwijs.participatie.PlaatsingSoort;
import nl.wegwijs.pip.Doel;
import nl.wegwijs.pip.DoelGegevens;
import nl.wegwijs.pip.DoelStatus;
import nl.wegwijs.pip.Doeltermijn;
import nl.wegwijs.pip.Intensiteit;
import nl.wegwijs.pip.Leefgebied;
import nl.wegwijs.pip.Leerroute;
import nl.wegwijs.pip.Pip;
import nl.wegwijs.pip.PipService;
import nl.wegwijs.pip.Plan;
import nl.wegwijs.verzoek.AkkoordWijze;
import nl.wegwijs.verzoek.NieuwVerzoek;
import nl.wegwijs.verzoek.VerzoekService;
import nl.wegwijs.verzoek.VerzoekSoort;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.post.Afzender;
import nl.wegwijs.post.BriefGegevens;
import nl.wegwijs.post.BriefStatus;
import nl.wegwijs.post.PostService;
import nl.wegwijs.signaal.ActiepuntGegevens;
import nl.wegwijs.signaal.Categorie;
import nl.wegwijs.signaal.Eigenaar;
import nl.wegwijs.signaal.NieuwSignaal;
import nl.wegwijs.signaal.SignaalService;
import nl.wegwijs.signaal.Urgentie;
import nl.wegwijs.traject.EindeReden;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.ToewijzingRol;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.traject.TrajectStatus;
import nl.wegwijs.zelfredzaamheid.Actie;
import nl.wegwijs.zelfredzaamheid.Domein;
import nl.wegwijs.zelfredzaamheid.Instrument;
import nl.wegwijs.zelfredzaamheid.Meting;
import nl.wegwijs.zelfredzaamheid.NieuweMeting;
import nl.wegwijs.zelfredzaamheid.Score;
import nl.wegwijs.zelfredzaamheid.Wijze;
import nl.wegwijs.zelfredzaamheid.ZelfredzaamheidService;

/**
 * The world of {@link ToegangsmatrixTests}: one gemeente and uitvoerder with a user per role, and four households of
 * three persons, each with one record of every kind (assignment, contact with a note, letter, signal with an action
 * and a reply, group session attendance, checklist item, self-reliance measurement with a plan action): active without consent, active with consent of every
 * person for every category to every receiving role, and the same two handed over to the wijkteam.
 */
@Component
class MatrixFixture {

    record Huishouden(boolean actief, UUID huishouden, UUID persoon, UUID traject, UUID toewijzing,
            UUID contactmoment, UUID brief, UUID signaal, UUID actie, UUID bericht, UUID checklistItem,
            UUID groepsbijeenkomst, UUID toestemming, UUID doel, UUID fase, UUID plaatsing, UUID last,
            UUID gesprek, String maand, UUID verzoek, UUID punt, UUID afspraak, UUID meting, UUID planactie) {
    }

    record Wereld(TestData.Wereld w, List<Huishouden> huishoudens, UUID reeks, UUID overleg, UUID notificatie) {
    }

    /** The world's overleg series and its one meeting (with an agenda), planned before the households exist. */
    private record Overlegwereld(UUID reeks, UUID overleg) {
    }

    private final TestData data;
    private final TrajectService trajecten;
    private final ContactService contacten;
    private final GroepsbijeenkomstService bijeenkomsten;
    private final PostService post;
    private final SignaalService signalen;
    private final JdbcClient jdbc;
    private final IntakeService intakes;
    private final PipService pip;
    private final ParticipatieService participatie;
    private final OntzorgenService ontzorgen;
    private final VerzoekService verzoeken;
    private final OverlegService overleg;
    private final Notificaties notificaties;
    private final ZelfredzaamheidService zelfredzaamheid;

    MatrixFixture(TestData data, TrajectService trajecten, ContactService contacten,
            GroepsbijeenkomstService bijeenkomsten, PostService post, SignaalService signalen, JdbcClient jdbc,
            IntakeService intakes, PipService pip, ParticipatieService participatie, OntzorgenService ontzorgen,
            VerzoekService verzoeken, OverlegService overleg, Notificaties notificaties,
            ZelfredzaamheidService zelfredzaamheid) {
        this.zelfredzaamheid = zelfredzaamheid;
        this.intakes = intakes;
        this.pip = pip;
        this.participatie = participatie;
        this.ontzorgen = ontzorgen;
        this.verzoeken = verzoeken;
        this.overleg = overleg;
        this.notificaties = notificaties;
        this.data = data;
        this.trajecten = trajecten;
        this.contacten = contacten;
        this.bijeenkomsten = bijeenkomsten;
        this.post = post;
        this.signalen = signalen;
        this.jdbc = jdbc;
    }

    Wereld maak() {
        TestData.Wereld w = data.wereld();
        LocalDate vandaag = LocalDate.now();
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        UUID sessie = bijeenkomsten.registreer(tl, new GroepsbijeenkomstInvoer("Budgetcursus", Bijeenkomstsoort.BUDGETCURSUS,
                Thema.FINANCIEN_ADMINISTRATIE, vandaag.minusDays(3), 90, "Buurthuis", "Arabisch", tl.id(),
                w.uitvoerder().id(), null)).id().value();
        Medewerker rv = w.als(Rol.REGIEVOERDER);
        Reeks reeks = overleg.maakReeks(rv, new OverlegService.ReeksInvoer("Casuïstiekoverleg", 4, w.uitvoerder().id(),
                List.of(rv.id(), tl.id()), List.of()));
        Overleg o = overleg.planOverleg(rv, reeks.id(), vandaag.plusDays(3));
        o = overleg.maakAgenda(rv, o.id(), o.versie());
        Overlegwereld ow = new Overlegwereld(reeks.id(), o.id());
        List<Huishouden> huishoudens = List.of(huishouden(w, ow, sessie, "Haddad", true, false),
                huishouden(w, ow, sessie, "Karimi", true, true), huishouden(w, ow, sessie, "Tesfaye", false, false),
                huishouden(w, ow, sessie, "Osei", false, true));
        // a notification of the begeleider's own (the afspraken of the overleg notify the teamleider)
        Medewerker begeleider = w.als(Rol.BEGELEIDER);
        notificaties.stuur(Ontvanger.medewerker(begeleider.id()), new HuishoudenId(huishoudens.get(0).huishouden()),
                "matrix.fixture", List.of(), "/huishoudens/" + huishoudens.get(0).huishouden());
        UUID notificatie = jdbc.sql("select id from notificatie where ontvanger_medewerker = ? and sleutel = ?")
            .params(begeleider.id(), "matrix.fixture").query(UUID.class).single();
        return new Wereld(w, huishoudens, ow.reeks(), ow.overleg(), notificatie);
    }

    private Huishouden huishouden(TestData.Wereld w, Overlegwereld ow, UUID sessie, String naam, boolean actief,
            boolean toestemming) {
        LocalDate vandaag = LocalDate.now();
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        Medewerker vw = w.als(Rol.VRIJWILLIGER);
        Traject t = trajecten.meldAan(w.als(Rol.REGIEVOERDER), data.aanmeldingVoor(w, vandaag.minusMonths(3), naam));
        trajecten.accepteer(tl, t.id(), 1, w.teamA().id());
        UUID toewijzing = trajecten.wijsToe(tl, t.id(), 2, vw.id(), ToewijzingRol.VRIJWILLIGER,
                vandaag.minusMonths(2)).id();
        trajecten.start(tl, t.id(), 3, vandaag.minusMonths(2));
        var h = trajecten.inzage(tl, t.huishouden()).huishouden();
        UUID persoon = h.hoofdpersoon().id();
        UUID contact = contacten.legVast(vw, t.huishouden(), new ContactInvoer(vandaag.minusDays(2), 60,
                Contactsoort.HUISBEZOEK, Set.of(persoon), Set.of(vw.id()), Tolk.GEEN, null,
                Set.of(Thema.WONEN), "Samen de huurtoeslag aanvragen", "Vertrouwelijke notitie van de vrijwilliger",
                vandaag.plusDays(5))).id().value();
        UUID brief = post.registreer(tl, t.huishouden(), new BriefGegevens(persoon, Afzender.BELASTINGDIENST_TOESLAGEN,
                null, vandaag.minusDays(1), "Voorschot huurtoeslag", "Controleren", vandaag.plusDays(10),
                BriefStatus.OPEN, null, null)).id().value();
        Medewerker begeleider = w.als(Rol.BEGELEIDER);
        UUID signaal = signalen.meld(begeleider, t.huishouden(), new NieuwSignaal(persoon, Categorie.GELDZORGEN,
                Urgentie.HOOG, "Betalingsachterstand bij de energieleverancier", vandaag, null, null,
                nl.wegwijs.signaal.Deling.TOESTEMMING)).id().value();
        UUID actie = signalen.voegActieToe(begeleider, new nl.wegwijs.signaal.SignaalId(signaal),
                new ActiepuntGegevens("Schuldhulp bellen", Eigenaar.PARTNER, "Schuldhulp", null, vandaag.plusDays(3),
                        null)).id();
        UUID bericht = signalen.reageer(begeleider, new nl.wegwijs.signaal.SignaalId(signaal), "Afspraak gemaakt").id();
        bijeenkomsten.voegDeelnemersToe(tl, new nl.wegwijs.contact.GroepsbijeenkomstId(sessie), t.huishouden(),
                List.of(persoon));
        // the same item in every household (ids are random): the first household-wide one by code
        UUID item = jdbc.sql("select id from checklist_item where huishouden_id = ? and persoon_id is null "
                + "order by code, coalesce(jaar, 0) limit 1").param(t.huishouden().value()).query(UUID.class).single();
        UUID toestemmingId = null;
        if (toestemming) {
            for (Rol rol : new Rol[] { Rol.REGIEVOERDER, Rol.BUDGETCOACH, Rol.WIJKTEAM, Rol.VRIJWILLIGER }) {
                data.toestemming(w, t, rol, Gegevenssoort.values());
            }
            toestemmingId = jdbc.sql("select id from toestemming where huishouden_id = ? and persoon_id = ? "
                + "and ontvanger_rol = 'REGIEVOERDER'").params(t.huishouden().value(), persoon).query(UUID.class).single();
        }
        // the regie modules, each written by whoever may write it, before a household is handed over
        Medewerker rv = w.als(Rol.REGIEVOERDER);
        HuishoudenId hid = t.huishouden();
        intakes.legVast(rv, hid, persoon, null, intake(vandaag.minusDays(20)));
        Pip p = pip.maakConcept(rv, hid, persoon, new Plan(Leerroute.B1_ROUTE, nl.wegwijs.pip.Taalniveau.B1,
                vandaag.plusMonths(6), vandaag.plusMonths(2), vandaag.plusWeeks(3), true, Intensiteit.GEMIDDELD));
        UUID doel = pip.voegDoelToe(rv, hid, persoon, p.versie(), new DoelGegevens(Leefgebied.WONEN, Doeltermijn.KORT,
                "Huurtoeslag weten", nl.wegwijs.pip.Eigenaar.UITVOERDER, null, vandaag.plusMonths(3), DoelStatus.OPEN));
        p = pip.persoon(rv, hid, persoon).pip();
        p = pip.stelVast(rv, hid, persoon, p.versie(), vandaag.minusDays(1));
        Doel vastgesteld = p.huidige().orElseThrow().doelen().stream().filter(d -> d.id().equals(doel)).findFirst()
            .orElseThrow();
        pip.rapporteer(begeleider, hid, doel, vastgesteld.versie(), vandaag, "Formulier samen ingevuld",
                DoelStatus.BEZIG);
        UUID fase = participatie.voegFaseToe(rv, hid, new NieuweFase(persoon, PiezoFase.MEEDOEN_EN_TAAL,
                vandaag.minusMonths(1), null, null)).id().value();
        UUID plaatsing = participatie.voegPlaatsingToe(rv, hid, new PlaatsingGegevens(persoon,
                PlaatsingSoort.VRIJWILLIGERSWERK, "Voedselbank", "Els de Boer", 8, vandaag.minusMonths(1),
                vandaag.plusMonths(5), nl.wegwijs.participatie.Taalniveau.A1, true, true, "Sorteren en uitdelen"))
            .id().value();
        Medewerker coach = w.als(Rol.BUDGETCOACH);
        LocalDate start = vandaag.minusMonths(1).withDayOfMonth(1);
        Ontzorgen oz = ontzorgen.legVast(coach, hid, null, new OntzorgenService.Invoer(start, null, null, null));
        oz = ontzorgen.voegVasteLastToe(coach, hid, oz.versie(), new OntzorgenService.NieuweVasteLast(
                VasteLastSoort.HUUR, "Haag Wonen", new BigDecimal("612.50"), start, null));
        oz = ontzorgen.voegGesprekToe(coach, hid, oz.versie(), new OntzorgenService.NieuwGesprek(vandaag.plusWeeks(1),
                GesprekStatus.GEPLAND, "Budgetbeheer", null));
        oz = ontzorgen.zetMaand(coach, hid, oz.versie(), YearMonth.from(start), MaandStatus.ACHTERSTAND, "huur te laat");
        UUID verzoek = verzoeken.dienIn(tl, hid, new NieuwVerzoek(VerzoekSoort.VERLENGING, 6, null, null, null,
                "Nog veel post die ze niet zelf kan lezen", vandaag.minusDays(2), AkkoordWijze.MONDELING_MET_TOLK))
            .id().value();
        UUID punt = overleg.brengIn(tl, ow.overleg(), hid, "Mag de begeleiding verlengd worden?").id();
        UUID afspraak = overleg.maakAfspraak(rv, punt, new OverlegService.AfspraakInvoer("Verlenging aanvragen",
                tl.id(), null, vandaag.plusDays(14))).id();
        // a self-reliance measurement of the person (the first domain's components) with one action in the plan
        Instrument instrument = zelfredzaamheid.instrumenten().get(0);
        Domein eerste = instrument.domeinen().get(0);
        Meting meting = zelfredzaamheid.meet(tl, hid, new NieuweMeting(persoon, vandaag.minusDays(7), null,
                "Samen ingevuld", eerste.items().stream().map(i -> Score.niveau(i, 2, Wijze.HULP)).toList()));
        UUID planactie = zelfredzaamheid.voegActieToe(tl, hid, meting.id(), eerste.id(), "Meterstanden doorgeven",
                Actie.Uitvoerder.PERSOON, null, Actie.Prioriteit.BELANGRIJK).id();
        if (!actief) {
            long versie = trajecten.dossier(tl, t.id()).orElseThrow().traject().versie();
            trajecten.sluitAf(tl, t.id(), versie, TrajectStatus.OVERGEDRAGEN, EindeReden.WARME_OVERDRACHT, vandaag,
                    null);
        }
        return new Huishouden(actief, t.huishouden().value(), persoon, t.id().value(), toewijzing, contact, brief,
                signaal, actie, bericht, item, sessie, toestemmingId, doel, fase, plaatsing, oz.vasteLasten().get(0).id(),
                oz.gesprekken().get(0).id(), YearMonth.from(start).toString(), verzoek, punt, afspraak, meting.id(),
                planactie);
    }

    private static IntakeGegevens intake(LocalDate op) {
        return new IntakeGegevens(op, new Aanwezigen(true, false, true, true, null), nl.wegwijs.intake.Tolk.PROFESSIONEEL, "Arabisch",
                Opleidingsniveau.BEROEPSONDERWIJS, "Vijf jaar monteur in een garage", List.of("Arabisch", "Engels"),
                Geletterdheid.GELETTERD, null, new Gezondheid(true, "Slaapt slecht; huisarts ingeschakeld"),
                "Getrouwd, een dochter", true, "Broer komt over een half jaar", DigitaleVaardigheid.BASIS,
                "DigiD nog samen", "Over drie jaar werk als monteur", false, null, List.of());
    }
}

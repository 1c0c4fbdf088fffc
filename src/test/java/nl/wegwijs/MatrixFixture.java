package nl.wegwijs;

import java.time.LocalDate;
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
import nl.wegwijs.organisatie.Medewerker;
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

/**
 * The world of {@link ToegangsmatrixTests}: one gemeente and uitvoerder with a user per role, and four households of
 * three persons, each with one record of every kind (assignment, contact with a note, letter, signal with an action
 * and a reply, group session attendance, checklist item): active without consent, active with consent of every
 * person for every category to every receiving role, and the same two handed over to the wijkteam.
 */
@Component
class MatrixFixture {

    record Huishouden(boolean actief, UUID huishouden, UUID persoon, UUID traject, UUID toewijzing,
            UUID contactmoment, UUID brief, UUID signaal, UUID actie, UUID bericht, UUID checklistItem,
            UUID groepsbijeenkomst, UUID toestemming) {
    }

    record Wereld(TestData.Wereld w, List<Huishouden> huishoudens) {
    }

    private final TestData data;
    private final TrajectService trajecten;
    private final ContactService contacten;
    private final GroepsbijeenkomstService bijeenkomsten;
    private final PostService post;
    private final SignaalService signalen;
    private final JdbcClient jdbc;

    MatrixFixture(TestData data, TrajectService trajecten, ContactService contacten,
            GroepsbijeenkomstService bijeenkomsten, PostService post, SignaalService signalen, JdbcClient jdbc) {
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
        return new Wereld(w, List.of(huishouden(w, sessie, "Haddad", true, false),
                huishouden(w, sessie, "Karimi", true, true), huishouden(w, sessie, "Tesfaye", false, false),
                huishouden(w, sessie, "Osei", false, true)));
    }

    private Huishouden huishouden(TestData.Wereld w, UUID sessie, String naam, boolean actief, boolean toestemming) {
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
        if (!actief) {
            long versie = trajecten.dossier(tl, t.id()).orElseThrow().traject().versie();
            trajecten.sluitAf(tl, t.id(), versie, TrajectStatus.OVERGEDRAGEN, EindeReden.WARME_OVERDRACHT, vandaag,
                    null);
        }
        return new Huishouden(actief, t.huishouden().value(), persoon, t.id().value(), toewijzing, contact, brief,
                signaal, actie, bericht, item, sessie, toestemmingId);
    }
}

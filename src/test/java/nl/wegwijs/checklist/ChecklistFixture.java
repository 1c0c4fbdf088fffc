package nl.wegwijs.checklist;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.ToewijzingRol;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

/** Households with a checklist, built through the real services, and what the tests read back of their items. */
final class ChecklistFixture {

    private ChecklistFixture() {
    }

    /** A household of two adults and a child (born 2016) in team A, accepted (intake) with the vrijwilliger assigned. */
    record Begeleid(TestData.Wereld w, Traject traject, HuishoudenId huishouden) {

        Medewerker als(Rol rol) {
            return w.als(rol);
        }
    }

    static Begeleid begeleid(TestData data, TrajectService trajecten, LocalDate brp) {
        return begeleid(data, trajecten, data.wereld(), brp, "Haddad");
    }

    static Begeleid begeleid(TestData data, TrajectService trajecten, TestData.Wereld w, LocalDate brp,
            String achternaam) {
        Traject t = trajecten.meldAan(w.als(Rol.REGIEVOERDER), data.aanmeldingVoor(w, brp, achternaam));
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        trajecten.accepteer(tl, t.id(), 1, w.teamA().id());
        trajecten.wijsToe(tl, t.id(), 2, w.als(Rol.VRIJWILLIGER).id(), ToewijzingRol.VRIJWILLIGER, LocalDate.now());
        return new Begeleid(w, t, t.huishouden());
    }

    /** One row of checklist_item as the tests look at it. */
    record Rij(UUID id, String code, UUID persoonId, Integer jaar, String status, String wie, LocalDate deadline,
            long versie) {
    }

    static List<Rij> rijen(JdbcClient jdbc, HuishoudenId huishouden) {
        return jdbc.sql("""
                select id, code, persoon_id, jaar, status, wie_deed_het as wie, deadline, versie from checklist_item
                 where huishouden_id = ? order by code, persoon_id, jaar""")
            .param(huishouden.value()).query(Rij.class).list();
    }

    static Rij rij(JdbcClient jdbc, HuishoudenId huishouden, String code) {
        return rijen(jdbc, huishouden).stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    static Rij rij(JdbcClient jdbc, UUID id) {
        return jdbc.sql("""
                select id, code, persoon_id, jaar, status, wie_deed_het as wie, deadline, versie from checklist_item
                 where id = ?""").param(id).query(Rij.class).single();
    }
}

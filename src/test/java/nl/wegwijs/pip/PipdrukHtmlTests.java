package nl.wegwijs.pip;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.TemplateRenderer;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The move to JTE (issue 21): the printed PIP's XHTML from the JTE template is the one the Thymeleaf template gave,
 * for a draft and for a set plan with goals and facts. Removed with Thymeleaf.
 */
@IntegrationTest
class PipdrukHtmlTests {

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    PipService pip;

    @Autowired
    Pipdruk druk;

    @Autowired
    ITemplateEngine thymeleaf;

    private void vergelijk(PipService.PersoonPip pp) {
        LocalDate vandaag = LocalDate.now();
        // as Pipdruk rendered it with Thymeleaf
        PipVersie versie = pp.huidige() != null ? pp.huidige() : pp.concept();
        Context context = new Context(Locale.forLanguageTag("nl"), Map.of("pp", pp, "v", versie, "vandaag", vandaag));
        String oud = thymeleaf.process("pip/pdf", context);
        assertThat(TemplateRenderer.normaal(druk.html(pp, vandaag))).isEqualTo(TemplateRenderer.normaal(oud));
    }

    @Test
    void theJtePipIsTheThymeleafPip() {
        TestData.Wereld w = data.wereld();
        Traject t = data.aanmelding(w, LocalDate.now().minusMonths(4));
        HuishoudenId h = t.huishouden();
        trajecten.accepteer(w.als(Rol.TEAMLEIDER), t.id(), 1, w.teamA().id());
        Medewerker regie = w.als(Rol.REGIEVOERDER);
        UUID samira = trajecten.inzage(regie, h).huishouden().personen().get(0).id();

        Pip p = pip.maakConcept(regie, h, samira, Plan.leeg());
        vergelijk(pip.volledig(regie, h, samira));

        p = pip.wijzigPlan(regie, h, samira, p.versie(), new Plan(Leerroute.B1_ROUTE, Taalniveau.B1,
                LocalDate.now().plusMonths(2), null, LocalDate.now().plusDays(10), false, Intensiteit.GEMIDDELD));
        pip.voegDoelToe(regie, h, samira, p.versie(), new DoelGegevens(Leefgebied.WONEN, Doeltermijn.KORT,
                "Huurtoeslag zelf aanvragen", Eigenaar.UITVOERDER, null, LocalDate.now().plusMonths(1),
                DoelStatus.OPEN));
        p = pip.persoon(regie, h, samira).pip();
        pip.voegDoelToe(regie, h, samira, p.versie(), new DoelGegevens(Leefgebied.TAAL, Doeltermijn.LANG,
                "Elke week naar de les", Eigenaar.TAALSCHOOL, "Anja de Wit, Taalschool Noord", null,
                DoelStatus.OPEN));
        p = pip.persoon(regie, h, samira).pip();
        vergelijk(pip.volledig(regie, h, samira));

        pip.stelVast(regie, h, samira, p.versie(), LocalDate.now());
        p = pip.persoon(regie, h, samira).pip();
        pip.legFeitenVast(regie, h, samira, p.versie(), LocalDate.now().minusDays(3), null, null);
        vergelijk(pip.volledig(regie, h, samira));
    }
}

package nl.wegwijs.toestemming;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.TemplateRenderer;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.TrajectService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The move to JTE (issue 21): the printed consent form's XHTML from the JTE template is the one the Thymeleaf template
 * gave, in every language it is printed in. Removed with Thymeleaf.
 */
@IntegrationTest
class FormulierdrukHtmlTests {

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    ToestemmingService service;

    @Autowired
    Formulierdruk druk;

    @Autowired
    ITemplateEngine thymeleaf;

    @Test
    void theJteFormIsTheThymeleafForm() {
        ApiFixture.TweeTeams wereld = ApiFixture.TweeTeams.maak(data, trajecten, LocalDate.now().minusMonths(2));
        ToestemmingService.Formulier f = service.formulier(wereld.w().als(Rol.REGIEVOERDER), wereld.a().huishouden());
        for (String taal : Formulierdruk.TALEN) {
            // as Formulierdruk rendered it with Thymeleaf
            boolean rtl = "ar".equals(taal);
            Context context = new Context(Locale.forLanguageTag(taal), Map.of("f", f, "taal", taal, "rtl", rtl,
                    "soorten", Gegevenssoort.values(), "doelen", Doel.values()));
            String oud = thymeleaf.process("toestemming/formulier-pdf", context);
            String nieuw = druk.html(f, taal);
            assertThat(TemplateRenderer.normaal(nieuw)).as(taal).isEqualTo(TemplateRenderer.normaal(oud));
        }
    }
}

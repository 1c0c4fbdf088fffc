package nl.wegwijs.traject.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.TemplateRenderer;
import nl.wegwijs.traject.InzagerapportService;
import nl.wegwijs.traject.InzagerapportService.Rapport;
import nl.wegwijs.traject.TrajectService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The move of the inzage PDF from Thymeleaf to JTE (issue 21): the JTE template gives the same XHTML as the
 * Thymeleaf one did, from the same report, in Dutch and in English. Removed with Thymeleaf.
 */
@IntegrationTest
class InzagePdfSjabloonTests {

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    InzagerapportService rapporten;

    @Autowired
    MessageSource messages;

    @Autowired
    ITemplateEngine thymeleaf;

    @Autowired
    TemplateRenderer jte;

    @Autowired
    JdbcClient jdbc;

    @Test
    void deJteVersieGeeftDezelfdeXhtml() {
        ApiFixture.TweeTeams wereld = ApiFixture.TweeTeams.maak(data, trajecten, LocalDate.now().minusMonths(2));
        Medewerker tl = wereld.w().als(Rol.TEAMLEIDER);
        Persoon samira = trajecten.inzage(tl, wereld.a().huishouden()).huishouden().hoofdpersoon();
        jdbc.sql("""
                insert into contactmoment (id, huishouden_id, datum, minuten, soort, personen, tolk, themas, afspraken,
                                           notitie, vastgelegd_door, vastgelegd_op)
                values (?, ?, current_date, 45, 'HUISBEZOEK', array[?]::uuid[], 'GEEN', '{WONEN}', 'Huur & "afspraak"',
                        'Zorg <notitie>', ?, now())""")
            .params(UUID.randomUUID(), wereld.a().huishouden().value(), samira.id(),
                    wereld.w().als(Rol.BEGELEIDER).id())
            .update();
        Rapport r = rapporten.rapport(tl, wereld.a().huishouden(), samira.id());
        for (Locale taal : new Locale[] {Locale.forLanguageTag("nl"), Locale.ENGLISH}) {
            Locale vorige = LocaleContextHolder.getLocale();
            LocaleContextHolder.setLocale(taal);
            try {
                Inzageweergave.Weergave w = new Inzageweergave(messages, taal).leesbaar(r);
                assertThat(w.secties()).isNotEmpty();
                assertThat(w.log()).isNotEmpty();
                String oud = thymeleaf.process("traject/inzage-pdf", new Context(taal, Map.of("w", w)));
                String nieuw = jte.render("traject/inzage-pdf", Map.of("w", w));
                assertThat(TemplateRenderer.normaal(nieuw)).isEqualTo(TemplateRenderer.normaal(oud));
                // openhtmltopdf reads it as XHTML
                assertThat(InzagerapportController.pdf(nieuw)).isNotEmpty();
            }
            finally {
                LocaleContextHolder.setLocale(vorige);
            }
        }
    }
}

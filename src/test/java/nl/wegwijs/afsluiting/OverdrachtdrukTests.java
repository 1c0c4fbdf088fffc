package nl.wegwijs.afsluiting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.system.TemplateRenderer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The handover PDF's document from JTE is the one Thymeleaf made (issue 21: the move to JTE), for a handover with
 * every kind of block: shared and not, empty and filled, with additions and a planned driegesprek, in any reader's
 * language (the document is Dutch). Removed with the Thymeleaf templates.
 */
@IntegrationTest
class OverdrachtdrukTests {

    @Autowired
    ITemplateEngine thymeleaf;

    @Autowired
    Overdrachtdruk druk;

    @Test
    void theJteDocumentIsThymeleafsDocument() {
        for (Overdracht o : List.of(overdracht(OverdrachtStatus.CONCEPT, EnumSet.noneOf(Blok.class), null),
                overdracht(OverdrachtStatus.DRIEGESPREK_GEPLAND, EnumSet.of(Blok.LEEFGEBIEDEN, Blok.CHECKLIST,
                        Blok.SIGNALEN, Blok.CONTACTEN, Blok.TALEN), LocalDate.of(2026, 3, 4)))) {
            for (Locale lezer : new Locale[] { Locale.forLanguageTag("nl"), Locale.ENGLISH }) {
                LocaleContextHolder.setLocale(lezer);
                try {
                    String oud = thymeleaf.process("afsluiting/overdracht-pdf", new Context(
                            Locale.forLanguageTag("nl"), Map.of("o", o, "s", o.samenvatting(), "blokken",
                                    Blok.values())));
                    String nieuw = druk.html(o);
                    assertThat(normaal(nieuw)).isEqualTo(normaal(oud));
                    assertThat(nieuw).contains("Warme overdracht");
                }
                finally {
                    LocaleContextHolder.resetLocaleContext();
                }
            }
            assertThat(new String(druk.pdf(o), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
        }
    }

    /**
     * As a reader sees it: besides {@link TemplateRenderer#normaal}, a double quote in text is the same whether
     * written as is (JTE) or as {@code &quot;} (Thymeleaf); the documents here have no quote inside an attribute.
     */
    static String normaal(String html) {
        return TemplateRenderer.normaal(html).replace("&quot;", "\"");
    }

    static Overdracht overdracht(OverdrachtStatus status, Set<Blok> gedeeld, LocalDate driegesprek) {
        Samenvatting s = new Samenvatting(LocalDate.of(2026, 2, 1), "Haddad, Samira & Yusuf", "Dorpsstraat 1, Testdorp",
                "VluchtelingenWerk 'Oost'", LocalDate.of(2024, 5, 6), LocalDate.of(2026, 5, 6),
                new Samenvatting.Meting(LocalDate.of(2026, 1, 15), "ZRM", false, List.of("Financiën", "Werk")),
                List.of(new Samenvatting.Niveau("Samira", "Financiën", 3, "voldoende", 5, false),
                        new Samenvatting.Niveau("Samira", "Werk", null, null, 5, false),
                        new Samenvatting.Niveau("Lina", "Werk", null, null, 5, true)),
                List.of(new Samenvatting.Regel("Zorgverzekering <afsluiten>", "Samira", LocalDate.of(2026, 3, 1)),
                        new Samenvatting.Regel("Bankrekening", null, null)),
                List.of(),
                List.of(new Samenvatting.Regel("FINANCIEN", "open", LocalDate.of(2026, 1, 2))),
                List.of(new Samenvatting.Regel("Schuldhulp", "aangemeld", null)),
                List.of(),
                List.of(new Samenvatting.Contact("Anna de Vries", "BEGELEIDER", "VluchtelingenWerk")),
                List.of(new Samenvatting.Taal("Samira", List.of("Arabisch", "Engels"), true, "Arabisch"),
                        new Samenvatting.Taal("Yusuf", List.of(), true, null),
                        new Samenvatting.Taal("Lina", List.of("Nederlands"), false, null)),
                List.of(UUID.randomUUID()));
        Map<Blok, String> aanvullingen = new EnumMap<>(Blok.class);
        aanvullingen.put(Blok.CHECKLIST, "Let op: de brief \"van de gemeente\" & de polis");
        aanvullingen.put(Blok.BRIEVEN, "Geen brieven open");
        return new Overdracht(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), "Sociaal wijkteam Testdorp", status, status != OverdrachtStatus.CONCEPT, true, s,
                aanvullingen, gedeeld, List.of(), driegesprek, driegesprek == null ? null : "Samira, Anna",
                UUID.randomUUID(), "Anna de Vries", Instant.parse("2026-02-01T10:00:00Z"), null, null, null, null,
                null, null, null, null, null, null, null, 3);
    }
}

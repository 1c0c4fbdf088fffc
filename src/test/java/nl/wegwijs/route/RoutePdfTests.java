package nl.wegwijs.route;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.socialekaart.SocialeKaart;
import nl.wegwijs.traject.TrajectService;

import static nl.wegwijs.TestData.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The printed route card (A3, A5) and services list (A4) in Dutch, English, Arabic and Tigrinya: the page size, the
 * texts, Arabic and Ethiopic characters extracted from the PDF (so rendered with a font that has them, not as
 * .notdef boxes), the fonts embedded. The PDFs are kept under target/screenshots to look at.
 */
@IntegrationTest
class RoutePdfTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    SocialeKaart kaart;

    @Autowired
    RouteService route;

    RouteFixture f;

    @BeforeEach
    void wereld() {
        f = RouteFixture.maak(data, trajecten, kaart);
        var vrijwilliger = f.w().als(Rol.VRIJWILLIGER);
        route.legVast(vrijwilliger, f.a().huishouden(), null, Taal.AR, new Afspraken(Set.of(Dag.MA, Dag.WO),
                LocalTime.of(9, 0), LocalTime.of(12, 30), Set.of(Kanaal.TELEFOON, Kanaal.WHATSAPP), "06 1234 5678",
                Ontmoeting.TWEEWEKELIJKS, Set.of(ZelfTaak.POST_OPENEN, ZelfTaak.OV_REIZEN),
                "Bel gerust als u een brief niet begrijpt."));
        route.voegPartnerToe(vrijwilliger, f.a().huishouden(), 1, f.huisarts().id(), null);
        route.voegPartnerToe(vrijwilliger, f.a().huishouden(), 2, f.taalmaatje().id(), "Oefent elke dinsdag met Samira.");
    }

    private byte[] pdf(String pad, String taal, String formaat) throws Exception {
        var req = get(pad, f.a().huishouden()).param("taal", taal);
        if (formaat != null) {
            req = req.param("formaat", formaat);
        }
        byte[] pdf = mvc.perform(req.with(als(f.w().als(Rol.BEGELEIDER))))
            .andExpect(status().isOk())
            .andExpect(content().contentType("application/pdf"))
            .andReturn().getResponse().getContentAsByteArray();
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve((pad.contains("route") ? "routekaart-" + formaat : "dienstenlijst") + "-" + taal
                + ".pdf"), pdf);
        return pdf;
    }

    private static String tekst(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static PDRectangle formaat(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getPage(0).getMediaBox();
        }
    }

    private static Set<String> fonts(byte[] pdf) throws Exception {
        Set<String> namen = new java.util.HashSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (var naam : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(naam);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    namen.add(font.getName());
                }
            }
        }
        return namen;
    }

    private static long arabisch(String s) {
        return s.codePoints().filter(c -> c >= 0x0600 && c <= 0x06FF || c >= 0xFB50 && c <= 0xFEFF).count();
    }

    private static long ethiopisch(String s) {
        return s.codePoints().filter(c -> c >= 0x1200 && c <= 0x139F).count();
    }

    @Test
    void a3AndA5PageSizes() throws Exception {
        PDRectangle a3 = formaat(pdf("/huishoudens/{id}/route.pdf", "nl", "A3"));
        assertThat(a3.getWidth()).isCloseTo(PDRectangle.A3.getWidth(), org.assertj.core.data.Offset.offset(2f));
        assertThat(a3.getHeight()).isCloseTo(PDRectangle.A3.getHeight(), org.assertj.core.data.Offset.offset(2f));
        PDRectangle a5 = formaat(pdf("/huishoudens/{id}/route.pdf", "nl", "A5"));
        assertThat(a5.getWidth()).isCloseTo(PDRectangle.A5.getWidth(), org.assertj.core.data.Offset.offset(2f));
        assertThat(a5.getHeight()).isCloseTo(PDRectangle.A5.getHeight(), org.assertj.core.data.Offset.offset(2f));
    }

    @Test
    void dutchAndEnglishCardWithRouteAgreementsAndPartners() throws Exception {
        String nl = tekst(pdf("/huishoudens/{id}/route.pdf", "nl", "A3"));
        assertThat(nl).contains("Routekaart van", "Het doel", "U heeft 5 maanden begeleiding gehad.",
                "Nog 6 maanden te gaan.", "Maand 0 tot 3", "Maand 3 tot 11", "Opstart", "Hier bent u nu", "maandag, woensdag", "Van 09:00 tot 12:30 uur",
                "06 1234 5678", "Elke twee weken", "Post openen en lezen", "Bel gerust als u een brief niet begrijpt.",
                "Huisartsenpraktijk De Linde", "Voor als u ziek bent", "Oefent elke dinsdag met Samira.")
            .doesNotContain("niet nagekeken");
        String en = tekst(pdf("/huishoudens/{id}/route.pdf", "en", "A5"));
        assertThat(en).contains("Het doel", "The goal", "You have had 5 months of guidance.", "Every two weeks",
                "Family doctor", "has not yet been checked by a native speaker");
    }

    @Test
    void arabicCardHasArabicTextAndTheNotReviewedNote() throws Exception {
        byte[] pdf = pdf("/huishoudens/{id}/route.pdf", "ar", "A3");
        String ar = tekst(pdf);
        assertThat(arabisch(ar)).isGreaterThan(300);
        assertThat(ar).contains("Het doel", "Huisartsenpraktijk De Linde", "06 1234 5678")
            .doesNotContain("route.", "taal.");
        assertThat(fonts(pdf)).anyMatch(n -> n.contains("DejaVu"));
        pdf("/huishoudens/{id}/route.pdf", "ar", "A5");
    }

    @Test
    void tigrinyaCardHasEthiopicTextInTheEmbeddedNotoFont() throws Exception {
        byte[] pdf = pdf("/huishoudens/{id}/route.pdf", "ti", "A3");
        String ti = tekst(pdf);
        assertThat(ethiopisch(ti)).isGreaterThan(300);
        assertThat(ti).contains("ዕላማ", "ሓኪም ስድራ", "Het doel").doesNotContain("route.", "taal.");
        assertThat(fonts(pdf)).anyMatch(n -> n.contains("NotoSansEthiopic"));
        pdf("/huishoudens/{id}/route.pdf", "ti", "A5");
    }

    @Test
    void servicesListInEachLanguageGroupedByKind() throws Exception {
        String nl = tekst(pdf("/huishoudens/{id}/dienstenlijst.pdf", "nl", null));
        assertThat(nl).contains("Waar kunt u terecht?", "Huisarts", "Huisartsenpraktijk De Linde", "070 123 45 67",
                "Taalmaatje", "Taalhuis Centrum", "ongeveer 6 weken", "Sociaal wijkteam Noord", "Nederlands, Tigrinya");
        assertThat(nl.indexOf("Huisartsenpraktijk")).isLessThan(nl.indexOf("Sociaal wijkteam Noord"));
        assertThat(tekst(pdf("/huishoudens/{id}/dienstenlijst.pdf", "en", null))).contains("Where can you go?");
        assertThat(arabisch(tekst(pdf("/huishoudens/{id}/dienstenlijst.pdf", "ar", null)))).isGreaterThan(100);
        byte[] ti = pdf("/huishoudens/{id}/dienstenlijst.pdf", "ti", null);
        assertThat(ethiopisch(tekst(ti))).isGreaterThan(100);
        try (PDDocument doc = Loader.loadPDF(ti)) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(),
                    org.assertj.core.data.Offset.offset(2f));
        }
    }

    @Test
    void unknownLanguageOrSizeIsNotFound() throws Exception {
        mvc.perform(get("/huishoudens/{id}/route.pdf", f.a().huishouden()).param("taal", "xx")
                .with(als(f.w().als(Rol.BEGELEIDER))))
            .andExpect(status().isNotFound());
        mvc.perform(get("/huishoudens/{id}/route.pdf", f.a().huishouden()).param("formaat", "A0")
                .with(als(f.w().als(Rol.BEGELEIDER))))
            .andExpect(status().isNotFound());
        mvc.perform(get("/huishoudens/{id}/dienstenlijst.pdf", f.a().huishouden()).param("taal", "fr")
                .with(als(f.w().als(Rol.BEGELEIDER))))
            .andExpect(status().isNotFound());
    }
}

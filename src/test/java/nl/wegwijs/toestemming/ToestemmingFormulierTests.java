package nl.wegwijs.toestemming;

import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static nl.wegwijs.TestData.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The printable consent form: a PDF in Dutch, English and Arabic with the household's adults, the recipients,
 * categories and purposes to tick and signature lines; the Arabic one with the embedded font and Arabic text.
 */
@IntegrationTest
class ToestemmingFormulierTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    TestData.Wereld w;
    Traject a;

    @BeforeEach
    void wereld() {
        ApiFixture.TweeTeams wereld = ApiFixture.TweeTeams.maak(data, trajecten, LocalDate.now().minusMonths(2));
        w = wereld.w();
        a = wereld.a();
    }

    private byte[] pdf(String taal) throws Exception {
        return mvc.perform(get("/huishoudens/{id}/toestemmingen/formulier.pdf", a.huishouden()).param("taal", taal)
                .with(als(w.als(Rol.BEGELEIDER))))
            .andExpect(status().isOk())
            .andExpect(content().contentType("application/pdf"))
            .andReturn().getResponse().getContentAsByteArray();
    }

    private static String tekst(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void dutchAndEnglishWithTheHouseholdAndWhatToTick() throws Exception {
        String nl = tekst(pdf("nl"));
        assertThat(nl).contains("Toestemming: wie mag uw gegevens zien?", "Samira Haddad", "Yusuf Haddad",
                "regievoerder", "Notities van de begeleiding", "Regie van de gemeente", "Handtekening")
            .doesNotContain("Lina Haddad");
        String en = tekst(pdf("en"));
        assertThat(en).contains("Consent: who may see your information?", "Samira Haddad", "Notes of the guidance",
                "Signature");
    }

    @Test
    void arabicRendersWithTheEmbeddedFontAndArabicText() throws Exception {
        byte[] ar = pdf("ar");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "toestemming-formulier-ar.pdf"), ar);
        java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "toestemming-formulier-nl.pdf"),
                pdf("nl"));
        String tekst = tekst(ar);
        assertThat(tekst.codePoints().filter(c -> c >= 0x0600 && c <= 0x06FF || c >= 0xFB50 && c <= 0xFEFF).count())
            .isGreaterThan(50);
        assertThat(tekst).contains("Samira Haddad");
        try (PDDocument doc = Loader.loadPDF(ar)) {
            boolean dejavu = false;
            for (PDPage page : doc.getPages()) {
                for (var naam : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(naam);
                    dejavu |= font.getName().contains("DejaVu") && font.isEmbedded();
                }
            }
            assertThat(dejavu).isTrue();
        }
    }

    @Test
    void tigrinyaRendersInEthiopicWithTheEmbeddedNotoFontAndSaysItIsNotReviewed() throws Exception {
        byte[] ti = pdf("ti");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "toestemming-formulier-ti.pdf"), ti);
        String tekst = tekst(ti);
        assertThat(tekst.codePoints().filter(c -> c >= 0x1200 && c <= 0x139F).count()).isGreaterThan(100);
        assertThat(tekst).contains("Samira Haddad", "ፍቓድ", "ኣይተመርመረን");
        boolean noto = false;
        try (PDDocument doc = Loader.loadPDF(ti)) {
            for (PDPage page : doc.getPages()) {
                for (var naam : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(naam);
                    noto |= font.getName().contains("NotoSansEthiopic") && font.isEmbedded();
                }
            }
        }
        assertThat(noto).isTrue();
        assertThat(tekst(pdf("nl"))).doesNotContain("nagekeken");
    }

    @Test
    void onlyForWhoMayRecord() throws Exception {
        mvc.perform(get("/huishoudens/{id}/toestemmingen/formulier.pdf", a.huishouden())
                .with(als(w.als(Rol.BELEID))))
            .andExpect(status().isNotFound());
        mvc.perform(get("/huishoudens/{id}/toestemmingen/formulier.pdf", wereldB())
                .with(als(w.als(Rol.VRIJWILLIGER))))
            .andExpect(status().isNotFound());
    }

    private Object wereldB() {
        return trajecten.meldAan(w.als(Rol.REGIEVOERDER), data.aanmeldingVoor(w, LocalDate.now().minusMonths(1),
                "Karimi")).huishouden();
    }
}

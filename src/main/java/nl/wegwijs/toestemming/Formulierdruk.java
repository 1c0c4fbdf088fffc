package nl.wegwijs.toestemming;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import nl.wegwijs.system.TemplateRenderer;
import nl.wegwijs.traject.Gegevenssoort;

/**
 * Prints the consent form (template {@code toestemming/formulier-pdf}, XHTML) to PDF in plain Dutch, English, Arabic
 * or Tigrinya, with the embedded DejaVu Sans (it has Arabic glyphs), Noto Sans Ethiopic for Tigrinya, and
 * right-to-left layout for Arabic. Whether a language was reviewed by a native speaker is the shared bundle key
 * {@code taal.nagekeken} (messages/route*.properties); the form says so when not.
 */
@Component
class Formulierdruk {

    /** The languages the form is printed in. */
    static final java.util.List<String> TALEN = java.util.List.of("nl", "en", "ar", "ti");

    private final TemplateRenderer templates;

    Formulierdruk(TemplateRenderer templates) {
        this.templates = templates;
    }

    /** The form as XHTML (JTE template {@code toestemming/formulier-pdf}), its texts in the form's language. */
    String html(ToestemmingService.Formulier formulier, String taal) {
        boolean rtl = "ar".equals(taal);
        LocaleContext vorige = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(Locale.forLanguageTag(taal));
        try {
            return templates.render("toestemming/formulier-pdf", Map.of("f", formulier, "taal", taal, "rtl", rtl,
                    "soorten", Gegevenssoort.values(), "doelen", Doel.values()));
        }
        finally {
            LocaleContextHolder.setLocaleContext(vorige);
        }
    }

    byte[] pdf(ToestemmingService.Formulier formulier, String taal) {
        boolean rtl = "ar".equals(taal);
        String html = html(formulier, taal);
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> Formulierdruk.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), "DejaVu Sans",
                    400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> Formulierdruk.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"),
                    "DejaVu Sans", 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> Formulierdruk.class.getResourceAsStream("/fonts/NotoSansEthiopic-Regular.ttf"),
                    "Noto Sans Ethiopic", 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> Formulierdruk.class.getResourceAsStream("/fonts/NotoSansEthiopic-Bold.ttf"),
                    "Noto Sans Ethiopic", 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.defaultTextDirection(rtl ? BaseRendererBuilder.TextDirection.RTL
                    : BaseRendererBuilder.TextDirection.LTR);
            builder.withHtmlContent(html, null);
            builder.toStream(uit);
            builder.run();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }
}

package nl.wegwijs.afsluiting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import nl.wegwijs.system.TemplateRenderer;

/**
 * Prints the handover summary (JTE template {@code afsluiting/overdracht-pdf}, XHTML, always in Dutch) to PDF with
 * DejaVu Sans.
 */
@Component
class Overdrachtdruk {

    private final TemplateRenderer templates;

    Overdrachtdruk(TemplateRenderer templates) {
        this.templates = templates;
    }

    /** The document's XHTML, in Dutch whatever the reader's language. */
    String html(Overdracht overdracht) {
        LocaleContext vorige = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nl"));
        try {
            return templates.render("afsluiting/overdracht-pdf", Map.<String, Object>of("o", overdracht, "s",
                    overdracht.samenvatting(), "blokken", Blok.values()));
        }
        finally {
            LocaleContextHolder.setLocaleContext(vorige);
        }
    }

    byte[] pdf(Overdracht overdracht) {
        String html = html(overdracht);
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> Overdrachtdruk.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), "DejaVu Sans",
                    400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> Overdrachtdruk.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"),
                    "DejaVu Sans", 700, BaseRendererBuilder.FontStyle.NORMAL, true);
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

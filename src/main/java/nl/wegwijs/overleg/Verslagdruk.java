package nl.wegwijs.overleg;

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
 * Prints the minutes of a meeting (template {@code overleg/verslag-pdf}, XHTML) to PDF with the embedded DejaVu Sans,
 * as {@code toestemming.Formulierdruk} does. It prints only the {@link OverlegService.OverlegPagina} it is given,
 * which holds what the requesting medewerker may see.
 */
@Component
class Verslagdruk {

    private final TemplateRenderer templates;

    Verslagdruk(TemplateRenderer templates) {
        this.templates = templates;
    }

    /** The minutes' XHTML: the JTE template rendered in the reader's language. */
    String html(OverlegService.OverlegPagina pagina, Locale taal) {
        LocaleContext vorige = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(taal);
        try {
            return templates.render("overleg/verslag-pdf", Map.of("o", pagina));
        }
        finally {
            LocaleContextHolder.setLocaleContext(vorige);
        }
    }

    byte[] pdf(OverlegService.OverlegPagina pagina, Locale taal) {
        String html = html(pagina, taal);
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> Verslagdruk.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), "DejaVu Sans",
                    400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> Verslagdruk.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"),
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

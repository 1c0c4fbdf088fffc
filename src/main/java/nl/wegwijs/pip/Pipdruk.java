package nl.wegwijs.pip;

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
 * Prints a person's PIP (template {@code pip/pdf}, XHTML) to PDF in plain Dutch (B1), with the embedded DejaVu Sans,
 * as the consent form is printed.
 */
@Component
public class Pipdruk {

    private final TemplateRenderer templates;

    Pipdruk(TemplateRenderer templates) {
        this.templates = templates;
    }

    /** The plan as XHTML (JTE template {@code pip/pdf}) in Dutch. */
    String html(PipService.PersoonPip pp, java.time.LocalDate vandaag) {
        PipVersie versie = pp.huidige() != null ? pp.huidige() : pp.concept();
        LocaleContext vorige = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nl"));
        try {
            return templates.render("pip/pdf", Map.of("pp", pp, "v", versie, "vandaag", vandaag));
        }
        finally {
            LocaleContextHolder.setLocaleContext(vorige);
        }
    }

    /** The PDF of the version in force (or the draft when none is set yet) of this person's PIP. */
    public byte[] pdf(PipService.PersoonPip pp, java.time.LocalDate vandaag) {
        String html = html(pp, vandaag);
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> Pipdruk.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), "DejaVu Sans", 400,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> Pipdruk.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"), "DejaVu Sans",
                    700, BaseRendererBuilder.FontStyle.NORMAL, true);
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

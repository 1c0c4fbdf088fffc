package nl.wegwijs.zelfredzaamheid.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import org.springframework.stereotype.Component;

import nl.wegwijs.system.TemplateRenderer;
import nl.wegwijs.zelfredzaamheid.ZelfredzaamheidService;

/**
 * Prints the begeleidingsplan for the person (template {@code zelfredzaamheid/plan-pdf}, XHTML) to PDF with the
 * embedded DejaVu Sans, as the consent form is printed.
 */
@Component
class Plandruk {

    private final TemplateRenderer templates;

    Plandruk(TemplateRenderer templates) {
        this.templates = templates;
    }

    /** The plan as XHTML, from the JTE template {@code zelfredzaamheid/plan-pdf}. */
    String html(ZelfredzaamheidService.Overzicht o, List<Voortgang> voortgang, LocalDate vandaag) {
        return templates.render("zelfredzaamheid/plan-pdf", Map.of("o", o, "h", o.inzage().huishouden(),
                "voortgang", voortgang, "vandaag", vandaag));
    }

    byte[] pdf(ZelfredzaamheidService.Overzicht o, List<Voortgang> voortgang, LocalDate vandaag) {
        String html = html(o, voortgang, vandaag);
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> Plandruk.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), "DejaVu Sans", 400,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> Plandruk.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"), "DejaVu Sans",
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

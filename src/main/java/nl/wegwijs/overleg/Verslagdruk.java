package nl.wegwijs.overleg;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Prints the minutes of a meeting (template {@code overleg/verslag-pdf}, XHTML) to PDF with the embedded DejaVu Sans,
 * as {@code toestemming.Formulierdruk} does. It prints only the {@link OverlegService.OverlegPagina} it is given,
 * which holds what the requesting medewerker may see.
 */
@Component
class Verslagdruk {

    private final ITemplateEngine templates;

    Verslagdruk(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] pdf(OverlegService.OverlegPagina pagina, Locale taal) {
        Context context = new Context(taal, Map.of("o", pagina));
        String html = templates.process("overleg/verslag-pdf", context);
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

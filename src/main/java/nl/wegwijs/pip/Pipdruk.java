package nl.wegwijs.pip;

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
 * Prints a person's PIP (template {@code pip/pdf}, XHTML) to PDF in plain Dutch (B1), with the embedded DejaVu Sans,
 * as the consent form is printed.
 */
@Component
public class Pipdruk {

    private final ITemplateEngine templates;

    Pipdruk(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The PDF of the version in force (or the draft when none is set yet) of this person's PIP. */
    public byte[] pdf(PipService.PersoonPip pp, java.time.LocalDate vandaag) {
        PipVersie versie = pp.huidige() != null ? pp.huidige() : pp.concept();
        Context context = new Context(Locale.forLanguageTag("nl"), Map.of("pp", pp, "v", versie, "vandaag", vandaag));
        String html = templates.process("pip/pdf", context);
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

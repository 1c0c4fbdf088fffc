package nl.wegwijs.afsluiting;

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

/** Prints the handover summary (template {@code afsluiting/overdracht-pdf}, XHTML) to PDF with DejaVu Sans. */
@Component
class Overdrachtdruk {

    private final ITemplateEngine templates;

    Overdrachtdruk(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] pdf(Overdracht overdracht) {
        Context context = new Context(Locale.forLanguageTag("nl"), Map.of("o", overdracht, "s",
                overdracht.samenvatting(), "blokken", Blok.values()));
        String html = templates.process("afsluiting/overdracht-pdf", context);
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

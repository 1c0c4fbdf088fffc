package nl.wegwijs.route;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Prints the route card (template {@code route/kaart-pdf}, A3 or A5) and the services list ({@code route/lijst-pdf},
 * A4) to PDF with embedded fonts: DejaVu Sans (Latin, Arabic) and Noto Sans Ethiopic (Tigrinya), ICU bidi and Arabic
 * shaping, right-to-left for Arabic, and the inline SVG pictograms (Batik).
 */
@Component
class Drukwerk {

    private final ITemplateEngine templates;

    Drukwerk(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] routekaart(RouteService.Kaart kaart, Formaat formaat) {
        return pdf("route/kaart-pdf", kaart.tt(), Map.of("k", kaart, "tt", kaart.tt(), "formaat", formaat.name()));
    }

    byte[] dienstenlijst(RouteService.Dienstenlijst lijst) {
        return pdf("route/lijst-pdf", lijst.tt(), Map.of("l", lijst, "tt", lijst.tt()));
    }

    private byte[] pdf(String template, Teksten tt, Map<String, Object> model) {
        Context context = new Context(tt.taal().locale(), model);
        String html = templates.process(template, context);
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            lettertype(builder, "/fonts/DejaVuSans.ttf", "DejaVu Sans", 400);
            lettertype(builder, "/fonts/DejaVuSans-Bold.ttf", "DejaVu Sans", 700);
            lettertype(builder, "/fonts/NotoSansEthiopic-Regular.ttf", "Noto Sans Ethiopic", 400);
            lettertype(builder, "/fonts/NotoSansEthiopic-Bold.ttf", "Noto Sans Ethiopic", 700);
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(html, null);
            builder.toStream(uit);
            builder.run();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }

    private static void lettertype(PdfRendererBuilder builder, String pad, String familie, int gewicht) {
        builder.useFont(() -> Drukwerk.class.getResourceAsStream(pad), familie, gewicht,
                BaseRendererBuilder.FontStyle.NORMAL, true);
    }
}

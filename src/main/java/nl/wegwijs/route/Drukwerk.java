package nl.wegwijs.route;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import nl.wegwijs.system.TemplateRenderer;

/**
 * Prints the route card (template {@code route/kaart-pdf}, A3 or A5) and the services list ({@code route/lijst-pdf},
 * A4) to PDF with embedded fonts: DejaVu Sans (Latin, Arabic) and Noto Sans Ethiopic (Tigrinya), ICU bidi and Arabic
 * shaping, right-to-left for Arabic, and the inline SVG pictograms (Batik).
 */
@Component
class Drukwerk {

    private final TemplateRenderer templates;

    Drukwerk(TemplateRenderer templates) {
        this.templates = templates;
    }

    byte[] routekaart(RouteService.Kaart kaart, Formaat formaat) {
        return pdf("route/kaart-pdf", kaart.tt(), model(kaart, formaat));
    }

    byte[] dienstenlijst(RouteService.Dienstenlijst lijst) {
        return pdf("route/lijst-pdf", lijst.tt(), model(lijst));
    }

    static Map<String, Object> model(RouteService.Kaart kaart, Formaat formaat) {
        return Map.of("k", kaart, "tt", kaart.tt(), "formaat", formaat.name());
    }

    static Map<String, Object> model(RouteService.Dienstenlijst lijst) {
        return Map.of("l", lijst, "tt", lijst.tt());
    }

    /** The document's XHTML: the JTE template rendered in the card's language. */
    String html(String template, Locale taal, Map<String, Object> model) {
        LocaleContext vorige = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(taal);
        try {
            return templates.render(template, model);
        }
        finally {
            LocaleContextHolder.setLocaleContext(vorige);
        }
    }

    private byte[] pdf(String template, Teksten tt, Map<String, Object> model) {
        String html = html(template, tt.taal().locale(), model);
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

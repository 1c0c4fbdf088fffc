package nl.wegwijs.system;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import gg.jte.output.Utf8ByteOutput;

/**
 * Renders a JTE template to a string outside a page request: the printable documents that openhtmltopdf turns into
 * PDF. Messages and dates come in the current user's language, as on a page.
 */
public class TemplateRenderer {

    private final MessageSource messages;

    TemplateRenderer(MessageSource messages) {
        this.messages = messages;
    }

    /** {@code template} without ".jte", e.g. "route/druk". */
    public String render(String template, Map<String, Object> parameters) {
        Utf8ByteOutput uitvoer = new Utf8ByteOutput();
        Templates.Render vorige = Templates.start(
                new Templates.Render(parameters, null, LocaleContextHolder.getLocale(), messages, null));
        try {
            JteView.engine().render(template + ".jte", parameters, uitvoer);
        }
        finally {
            Templates.stop(vorige);
        }
        return new String(uitvoer.toByteArray(), StandardCharsets.UTF_8);
    }

    /**
     * A page as a user sees it, for the move from Thymeleaf (tests compare a document from both engines): whitespace,
     * attribute order, quoting, comments and per-request tokens aside.
     */
    public static String normaal(String html) {
        return JteView.normaal(html);
    }
}

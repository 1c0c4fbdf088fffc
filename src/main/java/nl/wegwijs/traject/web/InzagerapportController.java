package nl.wegwijs.traject.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.Meldingen;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.system.TemplateRenderer;
import nl.wegwijs.traject.InzagerapportService;
import nl.wegwijs.traject.InzagerapportService.Rapport;

/**
 * The inzage report of one person: a page with the whole report and two buttons, a PDF in plain Dutch and a JSON
 * export. The privacyfunctionaris reaches it only through {@code /privacy/inzage}, by an exact BSN or V-nummer: the
 * persons found that way in this session are the only ones whose report they can open.
 */
@Controller
class InzagerapportController {

    /** Session attribute: the persons the FG found by number in this session. */
    static final String GEVONDEN = "inzage.gevonden";

    private final InzagerapportService rapporten;
    private final MessageSource messages;
    private final TemplateRenderer templates;
    private final Meldingen meldingen;

    InzagerapportController(InzagerapportService rapporten, MessageSource messages, TemplateRenderer templates,
            Meldingen meldingen) {
        this.rapporten = rapporten;
        this.messages = messages;
        this.templates = templates;
        this.meldingen = meldingen;
    }

    @GetMapping("/huishoudens/{id}/personen/{persoon}/inzage")
    String pagina(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, @PathVariable UUID persoon,
            HttpSession sessie, Locale locale, Model model) {
        Rapport r = rapport(ik, id, persoon, sessie);
        model.addAttribute("r", r);
        model.addAttribute("w", new Inzageweergave(messages, locale).leesbaar(r));
        return "traject/inzage";
    }

    @GetMapping(value = "/huishoudens/{id}/personen/{persoon}/inzage.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, @PathVariable UUID persoon,
            HttpSession sessie, Locale locale) {
        Rapport r = rapport(ik, id, persoon, sessie);
        String html = templates.render("traject/inzage-pdf",
                Map.of("w", new Inzageweergave(messages, locale).leesbaar(r)));
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("inzage-" + r.gemaaktOp().toString().substring(0, 10) + ".pdf", StandardCharsets.UTF_8)
                .build().toString())
            .contentType(MediaType.APPLICATION_PDF)
            .body(pdf(html));
    }

    @GetMapping(value = "/huishoudens/{id}/personen/{persoon}/inzage.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> json(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id,
            @PathVariable UUID persoon, HttpSession sessie, Locale locale) {
        Rapport r = rapport(ik, id, persoon, sessie);
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("inzage-" + r.gemaaktOp().toString().substring(0, 10) + ".json", StandardCharsets.UTF_8)
                .build().toString())
            .contentType(MediaType.APPLICATION_JSON)
            .body(new Inzageweergave(messages, locale).json(r));
    }

    /** The FG's way in: a form for an exact BSN or V-nummer. */
    @GetMapping("/privacy/inzage")
    String zoeken(@Ingelogd Medewerker ik) {
        if (!ik.heeftRol(Rol.PRIVACYFUNCTIONARIS)) {
            throw new NietGevonden();
        }
        return "traject/privacy-inzage";
    }

    @PostMapping("/privacy/inzage")
    String zoek(@Ingelogd Medewerker ik, @RequestParam(defaultValue = "") String nummer, HttpSession sessie,
            RedirectAttributes redirect) {
        return rapporten.zoek(ik, nummer).map(t -> {
            Set<UUID> gevonden = gevonden(sessie);
            gevonden.add(t.persoonId());
            sessie.setAttribute(GEVONDEN, gevonden); // stored again: the session lives in PostgreSQL
            return "redirect:/huishoudens/" + t.huishouden() + "/personen/" + t.persoonId() + "/inzage";
        }).orElseGet(() -> {
            redirect.addFlashAttribute("fout", meldingen.tekst("traject.inzage.zoek.niets"));
            return "redirect:/privacy/inzage";
        });
    }

    private Rapport rapport(Medewerker ik, HuishoudenId id, UUID persoon, HttpSession sessie) {
        if (ik.heeftRol(Rol.PRIVACYFUNCTIONARIS) && !gevonden(sessie).contains(persoon)) {
            throw new NietGevonden();
        }
        return rapporten.rapport(ik, id, persoon);
    }

    @SuppressWarnings("unchecked")
    private static Set<UUID> gevonden(HttpSession sessie) {
        Object s = sessie.getAttribute(GEVONDEN);
        if (s instanceof Set<?> set) {
            return (Set<UUID>) set;
        }
        return new HashSet<>();
    }

    /** Renders well-formed XHTML to a PDF (openhtmltopdf, PDFBox). */
    static byte[] pdf(String xhtml) {
        try (ByteArrayOutputStream uit = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(uit);
            builder.run();
            return uit.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

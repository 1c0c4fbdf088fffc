package nl.wegwijs.notificatie.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

import nl.wegwijs.notificatie.Notificaties;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;

/**
 * "Meldingen voor u": the page, and the start pages' block loaded by htmx after the page itself (so it costs the
 * worklist nothing). Marking read is a plain form post with redirect-after-post, or an htmx swap of the block.
 */
@Controller
class NotificatieController {

    private final Notificaties notificaties;

    NotificatieController(Notificaties notificaties) {
        this.notificaties = notificaties;
    }

    @GetMapping("/notificaties")
    String overzicht(@Ingelogd Medewerker ik,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
        model.addAttribute("notificaties", notificaties.ongelezen(ik));
        return htmx != null ? "notificatie/overzicht :: blok" : "notificatie/overzicht";
    }

    @PostMapping("/notificaties/{id}/gelezen")
    String gelezen(@Ingelogd Medewerker ik, @PathVariable UUID id,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
        notificaties.markeerGelezen(ik, id);
        if (htmx != null) {
            return overzicht(ik, htmx, model);
        }
        return "redirect:/notificaties";
    }
}

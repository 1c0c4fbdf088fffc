package nl.wegwijs.route.web;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.route.Afspraken;
import nl.wegwijs.route.Dag;
import nl.wegwijs.route.Formaat;
import nl.wegwijs.route.Kanaal;
import nl.wegwijs.route.Ontmoeting;
import nl.wegwijs.route.RouteService;
import nl.wegwijs.route.Taal;
import nl.wegwijs.route.ZelfTaak;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.Meldingen;
import nl.wegwijs.system.NietGevonden;

/**
 * A household's route card: the page (in Dutch and the card's language, or {@code ?taal=}), its agreements and
 * partners to edit, the PDFs, and the printable services list. A refusal comes back on the page with the message and
 * the values typed; nothing is written. An unknown language or size in a PDF address is a 404.
 */
@Controller
public class RouteController {

    private final RouteService route;
    private final Meldingen meldingen;

    RouteController(RouteService route, Meldingen meldingen) {
        this.route = route;
        this.meldingen = meldingen;
    }

    @GetMapping("/huishoudens/{id}/route")
    String pagina(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id,
            @RequestParam(required = false) @Nullable String taal, Model model) {
        RouteService.Kaart k = route.lees(ik, id, taal == null || taal.isBlank() ? null : taalVan(taal));
        model.addAttribute("k", k);
        model.addAttribute("tt", k.tt());
        model.addAttribute("talen", Taal.alle());
        model.addAttribute("dagen", Dag.values());
        model.addAttribute("kanalen", Kanaal.values());
        model.addAttribute("ontmoetingen", Ontmoeting.values());
        model.addAttribute("taken", ZelfTaak.values());
        if (!model.containsAttribute("waarden")) {
            model.addAttribute("waarden", null);
            model.addAttribute("formulier", "");
        }
        return "route/pagina";
    }

    @PostMapping("/huishoudens/{id}/route")
    String legVast(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id,
            @RequestParam MultiValueMap<String, String> velden, RedirectAttributes redirect) {
        return verwerk(id, "afspraken", velden, redirect, "route.vastgelegd", () -> {
            Taal taal = Taal.van(een(velden, "taal")).orElseThrow(() -> new DomeinFout("route.taal.ongeldig"));
            route.legVast(ik, id, versie(een(velden, "versie")), taal, new Afspraken(
                    enums(Dag.class, velden.get("dagen")), tijd(een(velden, "van")), tijd(een(velden, "tot")),
                    enums(Kanaal.class, velden.get("kanalen")), een(velden, "telefoon"),
                    keuze(Ontmoeting.class, een(velden, "ontmoeting")), enums(ZelfTaak.class, velden.get("zelf")),
                    een(velden, "notitie")));
        });
    }

    @PostMapping("/huishoudens/{id}/route/partners")
    String partner(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id,
            @RequestParam MultiValueMap<String, String> velden, RedirectAttributes redirect) {
        return verwerk(id, "partner", velden, redirect, "route.partner.toegevoegd", () -> {
            Long versie = versie(een(velden, "versie"));
            if (versie == null) {
                throw new DomeinFout("route.partner.eerst-afspraken");
            }
            route.voegPartnerToe(ik, id, versie, uuid(een(velden, "dienst")), een(velden, "wat"));
        });
    }

    @PostMapping("/huishoudens/{id}/route/partners/{dienst}/verwijderen")
    String verwijder(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, @PathVariable UUID dienst,
            @RequestParam long versie, RedirectAttributes redirect) {
        return verwerk(id, "partner", new org.springframework.util.LinkedMultiValueMap<>(), redirect,
                "route.partner.verwijderd", () -> route.verwijderPartner(ik, id, versie, dienst));
    }

    @GetMapping("/huishoudens/{id}/route.pdf")
    ResponseEntity<byte[]> pdf(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id,
            @RequestParam(required = false) @Nullable String taal,
            @RequestParam(defaultValue = "A3") String formaat) {
        Formaat f;
        try {
            f = Formaat.valueOf(formaat.strip().toUpperCase(java.util.Locale.ROOT));
        }
        catch (IllegalArgumentException fout) {
            throw new NietGevonden();
        }
        Taal t = taal == null || taal.isBlank() ? null : taalVan(taal);
        byte[] pdf = route.pdf(ik, id, t, f);
        return pdf(pdf, "routekaart-" + f.name().toLowerCase(java.util.Locale.ROOT)
                + (t == null ? "" : "-" + t.code()) + ".pdf");
    }

    @GetMapping("/huishoudens/{id}/dienstenlijst.pdf")
    ResponseEntity<byte[]> dienstenlijst(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id,
            @RequestParam(defaultValue = "nl") String taal) {
        Taal t = taalVan(taal);
        return pdf(route.dienstenlijstPdf(ik, id, t), "dienstenlijst-" + t.code() + ".pdf");
    }

    private static ResponseEntity<byte[]> pdf(byte[] pdf, String naam) {
        return ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_PDF)
            .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + naam + "\"")
            .header(HttpHeaders.CACHE_CONTROL, "no-store")
            .body(pdf);
    }

    private static Taal taalVan(String taal) {
        return Taal.van(taal).orElseThrow(NietGevonden::new);
    }

    /** Runs a write; a refusal comes back on the page with the values typed, in the form it came from. */
    private String verwerk(HuishoudenId id, String formulier, MultiValueMap<String, String> velden,
            RedirectAttributes redirect, String gelukt, Runnable actie) {
        try {
            actie.run();
            meldingen.gelukt(redirect, gelukt);
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
            LinkedHashMap<String, List<String>> waarden = new LinkedHashMap<>();
            velden.forEach((k, v) -> waarden.put(k, new java.util.ArrayList<>(v)));
            waarden.remove("_csrf");
            redirect.addFlashAttribute("waarden", new Waarden(waarden));
            redirect.addFlashAttribute("formulier", formulier);
        }
        return "redirect:/huishoudens/" + id + "/route#" + ("partner".equals(formulier) ? "partners-kop"
                : "afspraken-kop");
    }

    /** The values typed in a refused form, for the page to show them again (kept in the session: serializable). */
    public record Waarden(LinkedHashMap<String, List<String>> velden) implements java.io.Serializable {

        public @Nullable String een(String naam) {
            List<String> v = velden.get(naam);
            return v == null || v.isEmpty() ? null : v.get(0);
        }

        public boolean heeft(String naam, Object waarde) {
            List<String> v = velden.get(naam);
            return v != null && v.contains(String.valueOf(waarde));
        }
    }

    private static @Nullable String een(MultiValueMap<String, String> velden, String naam) {
        String v = velden.getFirst(naam);
        return v == null || v.isBlank() ? null : v;
    }

    private static @Nullable Long versie(@Nullable String tekst) {
        if (tekst == null) {
            return null;
        }
        try {
            return Long.valueOf(tekst.strip());
        }
        catch (NumberFormatException fout) {
            throw new DomeinFout("fout.gelijktijdig-gewijzigd");
        }
    }

    private static @Nullable UUID uuid(@Nullable String tekst) {
        if (tekst == null) {
            return null;
        }
        try {
            return UUID.fromString(tekst.strip());
        }
        catch (IllegalArgumentException fout) {
            throw new DomeinFout("route.partner.onbekend");
        }
    }

    private static @Nullable LocalTime tijd(@Nullable String tekst) {
        if (tekst == null) {
            return null;
        }
        try {
            return LocalTime.parse(tekst.strip());
        }
        catch (DateTimeParseException fout) {
            throw new DomeinFout("route.tijd.ongeldig");
        }
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> soort, @Nullable List<String> teksten) {
        EnumSet<E> uit = EnumSet.noneOf(soort);
        if (teksten != null) {
            for (String t : teksten) {
                if (t == null || t.isBlank()) {
                    continue;
                }
                try {
                    uit.add(Enum.valueOf(soort, t.strip()));
                }
                catch (IllegalArgumentException fout) {
                    throw new DomeinFout("route.keuze.ongeldig");
                }
            }
        }
        return uit;
    }

    private static <E extends Enum<E>> @Nullable E keuze(Class<E> soort, @Nullable String tekst) {
        if (tekst == null) {
            return null;
        }
        try {
            return Enum.valueOf(soort, tekst.strip());
        }
        catch (IllegalArgumentException fout) {
            throw new DomeinFout("route.keuze.ongeldig");
        }
    }
}

package nl.wegwijs.overleg.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Contract;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.overleg.Afspraak;
import nl.wegwijs.overleg.Deelnemer;
import nl.wegwijs.overleg.OverlegService;
import nl.wegwijs.overleg.Reeks;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.Meldingen;
import nl.wegwijs.system.NietGevonden;

/**
 * The casuïstiekoverleg screens: {@code /overleg} (series, upcoming and past meetings, a new series and the next
 * meeting for the regievoerder), the meeting page (agenda with generate, reorder and remove; minutes and agreements
 * per household; put forward), my agreements, the household's part (also as the file's lazy section) and the PDF of
 * the minutes. Every action is a plain form post with redirect-after-post and a message; a stale version says so.
 */
@Controller
public class OverlegController {

    private final OverlegService overleg;
    private final OrganisatieService organisaties;
    private final Meldingen meldingen;
    private final Clock clock;

    OverlegController(OverlegService overleg, OrganisatieService organisaties, Meldingen meldingen, Clock clock) {
        this.overleg = overleg;
        this.organisaties = organisaties;
        this.meldingen = meldingen;
        this.clock = clock;
    }

    // --- start page and series

    @GetMapping("/overleg")
    String start(@Ingelogd Medewerker ik, Model model) {
        if (!OverlegService.doetMee(ik)) {
            throw new NietGevonden();
        }
        OverlegService.Startpagina s = overleg.startpagina(ik);
        model.addAttribute("s", s);
        List<Voorstel> voorstellen = new ArrayList<>();
        for (Reeks r : s.reeksen()) {
            voorstellen.add(new Voorstel(r, overleg.voorgesteldeDatum(ik, r.id())));
        }
        model.addAttribute("voorstellen", voorstellen);
        if (s.organisator()) {
            model.addAttribute("kandidaten", overleg.kandidaten(ik));
            model.addAttribute("uitvoerders", uitvoerders(ik));
        }
        return "overleg/overzicht";
    }

    /** A series with the date proposed for its next meeting. */
    public record Voorstel(Reeks reeks, LocalDate datum) {
    }

    private List<Contract> uitvoerders(Medewerker ik) {
        LocalDate vandaag = LocalDate.now(clock);
        return organisaties.contractenVanGemeente(java.util.Objects.requireNonNull(ik.gemeenteId())).stream()
            .filter(c -> c.loopt(vandaag)).toList();
    }

    @PostMapping("/overleg/reeksen")
    String maakReeks(@Ingelogd Medewerker ik, @RequestParam(defaultValue = "") String naam,
            @RequestParam(defaultValue = "0") int frequentieWeken,
            @RequestParam(required = false) @Nullable String uitvoerder,
            @RequestParam(required = false) @Nullable List<UUID> medewerkers,
            @RequestParam(defaultValue = "") String extern, RedirectAttributes redirect) {
        try {
            Reeks r = overleg.maakReeks(ik, new OverlegService.ReeksInvoer(naam, frequentieWeken, uuid(uitvoerder),
                    medewerkers == null ? List.of() : medewerkers, extern(extern)));
            meldingen.gelukt(redirect, "overleg.reeks.gelukt", r.naam());
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
        }
        return "redirect:/overleg";
    }

    /** External participants, one per line: "name, role" (the role may be left out). */
    static List<Deelnemer> extern(String tekst) {
        List<Deelnemer> uit = new ArrayList<>();
        for (String regel : tekst.split("\\R")) {
            String r = regel.strip();
            if (r.isEmpty()) {
                continue;
            }
            int komma = r.indexOf(',');
            uit.add(komma < 0 ? new Deelnemer(null, r, null)
                    : new Deelnemer(null, r.substring(0, komma).strip(), r.substring(komma + 1).strip()));
        }
        return uit;
    }

    @PostMapping("/overleg/reeksen/{id}/overleggen")
    String plan(@Ingelogd Medewerker ik, @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate datum,
            RedirectAttributes redirect) {
        try {
            if (datum == null) {
                throw new DomeinFout("overleg.datum.ongeldig");
            }
            UUID o = overleg.planOverleg(ik, id, datum).id();
            meldingen.gelukt(redirect, "overleg.gepland", datum);
            return "redirect:/overleg/" + o;
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
            return "redirect:/overleg";
        }
    }

    // --- the meeting

    @GetMapping("/overleg/{id}")
    String pagina(@Ingelogd Medewerker ik, @PathVariable UUID id, Model model) {
        model.addAttribute("o", overleg.pagina(ik, id));
        return "overleg/overleg";
    }

    @PostMapping("/overleg/{id}/agenda")
    String maakAgenda(@Ingelogd Medewerker ik, @PathVariable UUID id, @RequestParam long versie,
            RedirectAttributes redirect) {
        try {
            overleg.maakAgenda(ik, id, versie);
            meldingen.gelukt(redirect, "overleg.agenda.gelukt");
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
        }
        return "redirect:/overleg/" + id + "#agenda";
    }

    @PostMapping("/overleg/{id}/punten/{punt}/{actie:verwijderen|omhoog|omlaag}")
    String punt(@Ingelogd Medewerker ik, @PathVariable UUID id, @PathVariable UUID punt, @PathVariable String actie,
            @RequestParam long versie, RedirectAttributes redirect) {
        try {
            if ("verwijderen".equals(actie)) {
                overleg.verwijderPunt(ik, id, versie, punt);
                meldingen.gelukt(redirect, "overleg.punt.verwijderd");
            }
            else {
                overleg.verschuif(ik, id, versie, punt, "omhoog".equals(actie));
            }
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
        }
        return "redirect:/overleg/" + id + "#agenda";
    }

    @PostMapping("/overleg/{id}/inbrengen")
    String brengIn(@Ingelogd Medewerker ik, @PathVariable UUID id, @RequestParam HuishoudenId huishouden,
            @RequestParam(defaultValue = "") String vraag, @RequestParam(required = false) @Nullable String terug,
            RedirectAttributes redirect) {
        try {
            overleg.brengIn(ik, id, huishouden, vraag);
            meldingen.gelukt(redirect, "overleg.ingebracht");
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
        }
        return "huishouden".equals(terug) ? "redirect:/huishoudens/" + huishouden + "/overleg"
                : "redirect:/overleg/" + id + "#agenda";
    }

    @PostMapping("/overleg/punten/{punt}/verslag")
    String verslag(@Ingelogd Medewerker ik, @PathVariable UUID punt, @RequestParam UUID overlegId,
            @RequestParam long versie, @RequestParam(defaultValue = "") String besproken,
            RedirectAttributes redirect) {
        try {
            overleg.legVerslagVast(ik, punt, versie, besproken);
            meldingen.gelukt(redirect, "overleg.verslag.gelukt");
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
        }
        return "redirect:/overleg/" + overlegId + "#punt-" + punt;
    }

    @PostMapping("/overleg/punten/{punt}/afspraken")
    String afspraak(@Ingelogd Medewerker ik, @PathVariable UUID punt, @RequestParam UUID overlegId,
            @RequestParam(defaultValue = "") String omschrijving,
            @RequestParam(required = false) @Nullable String eigenaar,
            @RequestParam(required = false) @Nullable String eigenaarNaam,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate uiterlijk,
            RedirectAttributes redirect) {
        try {
            overleg.maakAfspraak(ik, punt, new OverlegService.AfspraakInvoer(omschrijving, uuid(eigenaar),
                    eigenaarNaam, uiterlijk));
            meldingen.gelukt(redirect, "overleg.afspraak.gelukt");
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
        }
        return "redirect:/overleg/" + overlegId + "#punt-" + punt;
    }

    @PostMapping("/overleg/afspraken/{id}/status")
    String status(@Ingelogd Medewerker ik, @PathVariable UUID id, @RequestParam long versie,
            @RequestParam Afspraak.Status status, @RequestParam(required = false) @Nullable String terug,
            RedirectAttributes redirect) {
        try {
            Afspraak a = overleg.zetStatus(ik, id, versie, status);
            meldingen.gelukt(redirect, "overleg.afspraak.status." + status);
            if ("overleg".equals(terug)) {
                return "redirect:/overleg/" + a.overlegId() + "#punt-" + a.puntId();
            }
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
        }
        return "redirect:/overleg/afspraken";
    }

    @GetMapping("/overleg/afspraken")
    String mijnAfspraken(@Ingelogd Medewerker ik, Model model) {
        model.addAttribute("taken", overleg.mijnAfspraken(ik));
        model.addAttribute("vandaag", LocalDate.now(clock));
        return "overleg/afspraken";
    }

    @GetMapping("/overleg/{id}/verslag.pdf")
    ResponseEntity<byte[]> pdf(@Ingelogd Medewerker ik, @PathVariable UUID id, Locale taal) {
        byte[] pdf = overleg.verslagPdf(ik, id, taal);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
            .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"verslag-casuistiekoverleg.pdf\"")
            .body(pdf);
    }

    // --- the household's part

    @GetMapping("/huishoudens/{id}/overleg")
    String huishouden(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        model.addAttribute("h", overleg.voorHuishouden(ik, id));
        model.addAttribute("huishoudenId", id);
        return htmx != null ? "overleg/huishouden :: inhoud" : "overleg/huishouden";
    }

    @PostMapping("/huishoudens/{id}/overleg")
    String brengInVanuitDossier(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id,
            @RequestParam UUID overleg, @RequestParam(defaultValue = "") String vraag, RedirectAttributes redirect) {
        return brengIn(ik, overleg, id, vraag, "huishouden", redirect);
    }

    private static @Nullable UUID uuid(@Nullable String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(tekst.strip());
        }
        catch (IllegalArgumentException e) {
            throw new DomeinFout("overleg.niet-toegestaan");
        }
    }

    static boolean regievoerder(Medewerker ik) {
        return ik.heeftRol(Rol.REGIEVOERDER);
    }
}

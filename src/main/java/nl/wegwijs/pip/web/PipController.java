package nl.wegwijs.pip.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
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
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.pip.Akkoordwijze;
import nl.wegwijs.pip.Bijstelreden;
import nl.wegwijs.pip.DoelGegevens;
import nl.wegwijs.pip.DoelStatus;
import nl.wegwijs.pip.Doeltermijn;
import nl.wegwijs.pip.Eigenaar;
import nl.wegwijs.pip.Intensiteit;
import nl.wegwijs.pip.Leefgebied;
import nl.wegwijs.pip.Leerroute;
import nl.wegwijs.pip.Partner;
import nl.wegwijs.pip.Pipdruk;
import nl.wegwijs.pip.PipService;
import nl.wegwijs.pip.PipVersie;
import nl.wegwijs.pip.Plan;
import nl.wegwijs.pip.Taalniveau;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.Meldingen;
import nl.wegwijs.system.NietGevonden;

/**
 * A household's PIPs: the page (also the household file's lazy section content), the regievoerder's forms, the
 * progress report, the version history and the PDF. Every form posts the version it was rendered with and redirects
 * back to the person's PIP with a message.
 */
@Controller
class PipController {

    private final PipService pip;
    private final Pipdruk druk;
    private final Meldingen meldingen;
    private final Clock clock;

    PipController(PipService pip, Pipdruk druk, Meldingen meldingen, Clock clock) {
        this.pip = pip;
        this.druk = druk;
        this.meldingen = meldingen;
        this.clock = clock;
    }

    @GetMapping("/huishoudens/{id}/pip")
    String pagina(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
        PipService.PipPagina p = pip.pagina(ik, id);
        model.addAttribute("p", p);
        model.addAttribute("h", p.inzage().huishouden());
        keuzes(model);
        return htmx != null ? "pip/pagina :: inhoud" : "pip/pagina";
    }

    @GetMapping("/huishoudens/{id}/pip/{persoon}/versies")
    String versies(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, @PathVariable UUID persoon,
            @RequestParam(required = false) @Nullable Integer nummer, Model model) {
        PipService.PersoonPip pp = pip.volledig(ik, id, persoon);
        PipVersie gekozen = nummer == null ? null : pp.pip().versie(nummer).orElseThrow(NietGevonden::new);
        model.addAttribute("pp", pp);
        model.addAttribute("v", gekozen);
        model.addAttribute("h", id);
        return "pip/versies";
    }

    @GetMapping("/huishoudens/{id}/pip/{persoon}/pdf")
    ResponseEntity<byte[]> pdf(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, @PathVariable UUID persoon) {
        byte[] pdf = druk.pdf(pip.volledig(ik, id, persoon), LocalDate.now(clock));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.inline().filename("pip.pdf").build().toString())
            .body(pdf);
    }

    // --- the regievoerder

    @PostMapping("/huishoudens/{id}/pip/{persoon}")
    String maak(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, @PathVariable UUID persoon,
            RedirectAttributes redirect) {
        return actie(id, persoon, redirect, "pip.concept.gelukt", () -> pip.maakConcept(ik, id, persoon, Plan.leeg()));
    }

    @PostMapping("/huishoudens/{id}/pip/{persoon}/plan")
    String plan(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, @PathVariable UUID persoon,
            @RequestParam long versie, @RequestParam(required = false) @Nullable Leerroute leerroute,
            @RequestParam(required = false) @Nullable Taalniveau niveau,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate mapGepland,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate pvtGepland,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate startGepland,
            @RequestParam(defaultValue = "false") boolean ontzorgen,
            @RequestParam(required = false) @Nullable Intensiteit intensiteit, RedirectAttributes redirect) {
        return actie(id, persoon, redirect, "pip.plan.gelukt", () -> pip.wijzigPlan(ik, id, persoon, versie,
                new Plan(leerroute, niveau, mapGepland, pvtGepland, startGepland, ontzorgen, intensiteit)));
    }

    @PostMapping("/huishoudens/{id}/pip/{persoon}/doelen")
    String voegToe(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, @PathVariable UUID persoon,
            @RequestParam long versie, @RequestParam(required = false) @Nullable Leefgebied leefgebied,
            @RequestParam(required = false) @Nullable Doeltermijn termijn,
            @RequestParam(required = false) @Nullable String omschrijving,
            @RequestParam(required = false) @Nullable Eigenaar eigenaar,
            @RequestParam(required = false) @Nullable String contact,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate streefdatum,
            @RequestParam(required = false) @Nullable DoelStatus status, RedirectAttributes redirect) {
        return actie(id, persoon, redirect, "pip.doel.gelukt", () -> pip.voegDoelToe(ik, id, persoon, versie,
                doel(leefgebied, termijn, omschrijving, eigenaar, contact, streefdatum, status)));
    }

    @PostMapping("/huishoudens/{id}/pip/{persoon}/doelen/{doel}")
    String wijzigDoel(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, @PathVariable UUID persoon,
            @PathVariable UUID doel, @RequestParam long versie,
            @RequestParam(required = false) @Nullable Leefgebied leefgebied,
            @RequestParam(required = false) @Nullable Doeltermijn termijn,
            @RequestParam(required = false) @Nullable String omschrijving,
            @RequestParam(required = false) @Nullable Eigenaar eigenaar,
            @RequestParam(required = false) @Nullable String contact,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate streefdatum,
            @RequestParam(required = false) @Nullable DoelStatus status, RedirectAttributes redirect) {
        return actie(id, persoon, redirect, "pip.doel.gewijzigd", () -> pip.wijzigDoel(ik, id, persoon, versie, doel,
                doel(leefgebied, termijn, omschrijving, eigenaar, contact, streefdatum, status)));
    }

    @PostMapping("/huishoudens/{id}/pip/{persoon}/doelen/{doel}/verwijdering")
    String verwijderDoel(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, @PathVariable UUID persoon,
            @PathVariable UUID doel, @RequestParam long versie, RedirectAttributes redirect) {
        return actie(id, persoon, redirect, "pip.doel.verwijderd",
                () -> pip.verwijderDoel(ik, id, persoon, versie, doel));
    }

    @PostMapping("/huishoudens/{id}/pip/{persoon}/vaststelling")
    String stelVast(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, @PathVariable UUID persoon,
            @RequestParam long versie,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate op,
            RedirectAttributes redirect) {
        return actie(id, persoon, redirect, "pip.vaststellen.gelukt",
                () -> pip.stelVast(ik, id, persoon, versie, vereis(op)));
    }

    @PostMapping("/huishoudens/{id}/pip/{persoon}/bijstelling")
    String stelBij(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, @PathVariable UUID persoon,
            @RequestParam long versie, @RequestParam(required = false) @Nullable Bijstelreden reden,
            @RequestParam(required = false) @Nullable String toelichting, RedirectAttributes redirect) {
        return actie(id, persoon, redirect, "pip.bijstellen.gelukt",
                () -> pip.stelBij(ik, id, persoon, versie, reden, toelichting));
    }

    @PostMapping("/huishoudens/{id}/pip/{persoon}/akkoord")
    String akkoord(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, @PathVariable UUID persoon,
            @RequestParam long versie,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate op,
            @RequestParam(required = false) @Nullable Akkoordwijze wijze, RedirectAttributes redirect) {
        return actie(id, persoon, redirect, "pip.akkoord.gelukt",
                () -> pip.legAkkoordVast(ik, id, persoon, versie, vereis(op), wijze));
    }

    @PostMapping("/huishoudens/{id}/pip/{persoon}/delingen")
    String deel(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, @PathVariable UUID persoon,
            @RequestParam long versie, @RequestParam(required = false) @Nullable Partner partner,
            @RequestParam(required = false) @Nullable String naam,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate op,
            RedirectAttributes redirect) {
        return actie(id, persoon, redirect, "pip.deling.gelukt",
                () -> pip.deel(ik, id, persoon, versie, partner, naam, op));
    }

    @PostMapping("/huishoudens/{id}/pip/{persoon}/feiten")
    String feiten(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, @PathVariable UUID persoon,
            @RequestParam long versie,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate eersteTaalles,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate mapAfgerond,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate pvtAfgerond,
            RedirectAttributes redirect) {
        return actie(id, persoon, redirect, "pip.feiten.gelukt",
                () -> pip.legFeitenVast(ik, id, persoon, versie, eersteTaalles, mapAfgerond, pvtAfgerond));
    }

    @PostMapping("/huishoudens/{id}/pip/{persoon}/gesprekken")
    String gesprek(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, @PathVariable UUID persoon,
            @RequestParam long versie,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate op,
            @RequestParam(required = false) @Nullable String wie,
            @RequestParam(required = false) @Nullable String uitkomst, RedirectAttributes redirect) {
        return actie(id, persoon, redirect, "pip.gesprek.gelukt",
                () -> pip.legGesprekVast(ik, id, persoon, versie, op, wie, uitkomst));
    }

    // --- progress by the goal's owner

    @PostMapping("/huishoudens/{id}/pip/doelen/{doel}/voortgang")
    String rapporteer(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, @PathVariable UUID doel,
            @RequestParam long versie,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate op,
            @RequestParam(required = false) @Nullable String tekst,
            @RequestParam(required = false) @Nullable DoelStatus status, RedirectAttributes redirect) {
        try {
            pip.rapporteer(ik, id, doel, versie, op, tekst, status);
            meldingen.gelukt(redirect, "pip.voortgang.gelukt");
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
        }
        return "redirect:/huishoudens/" + id + "/pip#doel-" + doel;
    }

    // --- helpers

    private String actie(HuishoudenId id, UUID persoon, RedirectAttributes redirect, String gelukt,
            Supplier<?> actie) {
        try {
            actie.get();
            meldingen.gelukt(redirect, gelukt);
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
        }
        return "redirect:/huishoudens/" + id + "/pip#pip-" + persoon;
    }

    private static LocalDate vereis(@Nullable LocalDate op) {
        if (op == null) {
            throw new DomeinFout("pip.datum.leeg");
        }
        return op;
    }

    private static DoelGegevens doel(@Nullable Leefgebied leefgebied, @Nullable Doeltermijn termijn,
            @Nullable String omschrijving, @Nullable Eigenaar eigenaar, @Nullable String contact,
            @Nullable LocalDate streefdatum, @Nullable DoelStatus status) {
        if (leefgebied == null || eigenaar == null) {
            throw new DomeinFout("pip.doel.keuze-leeg");
        }
        return new DoelGegevens(leefgebied, termijn == null ? Doeltermijn.KORT : termijn,
                omschrijving == null ? "" : omschrijving, eigenaar, contact, streefdatum,
                status == null ? DoelStatus.OPEN : status);
    }

    private void keuzes(Model model) {
        model.addAttribute("leerroutes", Leerroute.values());
        model.addAttribute("niveaus", Taalniveau.values());
        model.addAttribute("intensiteiten", Intensiteit.values());
        model.addAttribute("leefgebieden", Leefgebied.values());
        model.addAttribute("termijnen", Doeltermijn.values());
        model.addAttribute("eigenaren", Eigenaar.values());
        model.addAttribute("statussen", DoelStatus.values());
        model.addAttribute("redenen", Bijstelreden.values());
        model.addAttribute("wijzen", Akkoordwijze.values());
        model.addAttribute("partners", Partner.values());
        model.addAttribute("vandaag", LocalDate.now(clock));
    }
}

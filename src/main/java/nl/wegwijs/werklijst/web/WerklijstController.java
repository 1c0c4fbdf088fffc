package nl.wegwijs.werklijst.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.SessionAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import jakarta.servlet.http.HttpSession;

import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.Keuze;
import nl.wegwijs.system.Meldingen;
import nl.wegwijs.toestemming.ToestemmingService;
import nl.wegwijs.werklijst.Teamoverzicht;
import nl.wegwijs.werklijst.Werklijst;
import nl.wegwijs.werklijst.WerklijstFilter;

/**
 * "Mijn huishoudens": the households the user may see, most urgent first. With htmx the filter form swaps only the
 * list; without JavaScript it is an ordinary GET form.
 */
@Controller
class WerklijstController {

    /** The session attribute that holds the name search. */
    static final String ZOEK = "werklijst.zoek";

    private static final int ZOEK_MAX = 100;

    private static final List<String> STATUSSEN = List.of("AANGEMELD", "INTAKE", "ACTIEF", "VERLENGD",
            "OVERGEDRAGEN", "AFGEROND", "BEEINDIGD");

    private final Werklijst werklijst;
    private final Filterkeuzes filterkeuzes;
    private final Meldingen meldingen;
    private final Clock clock;
    private final Teamoverzicht teamoverzicht;
    private final ToestemmingService toestemmingen;

    WerklijstController(Werklijst werklijst, Filterkeuzes filterkeuzes, Meldingen meldingen, Clock clock,
            Teamoverzicht teamoverzicht, ToestemmingService toestemmingen) {
        this.werklijst = werklijst;
        this.toestemmingen = toestemmingen;
        this.teamoverzicht = teamoverzicht;
        this.filterkeuzes = filterkeuzes;
        this.meldingen = meldingen;
        this.clock = clock;
    }

    /**
     * The start page fits the role's work: guides, regievoerder, budgetcoach and wijkteam their worklist (its scope
     * per role), the teamleider the team overview (inbox, caseload, worklist counts), beleid a page that says what is
     * coming, the beheerder the configuration.
     */
    @GetMapping("/")
    String start(@Ingelogd Medewerker ik) {
        return "redirect:" + startpagina(ik);
    }

    static String startpagina(Medewerker ik) {
        return switch (ik.rol()) {
            case BEHEERDER -> "/beheer/organisaties";
            case BELEID -> "/beleid";
            case PRIVACYFUNCTIONARIS -> "/privacy";
            case TEAMLEIDER -> "/team";
            case REGIEVOERDER -> "/regie";
            case BUDGETCOACH -> "/ontzorgen";
            case VRIJWILLIGER, BEGELEIDER, WIJKTEAM -> "/werklijst";
        };
    }

    /** Beleid: no worklist (it sees no households), but what it will get. */
    @GetMapping("/beleid")
    String beleid(@Ingelogd Medewerker ik) {
        if (!ik.heeftRol(Rol.BELEID)) {
            return "redirect:" + startpagina(ik);
        }
        return "werklijst/beleid";
    }

    /** The teamleider's start: new registrations, caseload per guide, and the worklist in counts. */
    @GetMapping("/team")
    String team(@Ingelogd Medewerker ik, Model model) {
        if (!ik.heeftRol(Rol.TEAMLEIDER)) {
            return "redirect:" + startpagina(ik);
        }
        List<Teamoverzicht.Aanmelding> inbox = teamoverzicht.inbox(ik);
        model.addAttribute("inbox", inbox.size() > Teamoverzicht.INBOX_MAX ? inbox.subList(0, Teamoverzicht.INBOX_MAX)
                : inbox);
        model.addAttribute("inboxMeer", inbox.size() > Teamoverzicht.INBOX_MAX);
        model.addAttribute("caseload", teamoverzicht.caseload(ik));
        model.addAttribute("telling", werklijst.telling(ik, WerklijstFilter.weergave("team")));
        model.addAttribute("vandaag", LocalDate.now(clock));
        model.addAttribute("urenDagen", Teamoverzicht.UREN_DAGEN);
        return "werklijst/team";
    }

    @GetMapping("/werklijst")
    String werklijst(@Ingelogd Medewerker ik, @RequestParam(required = false) @Nullable String weergave,
            @RequestParam(required = false) @Nullable UUID gemeente,
            @RequestParam(required = false) @Nullable UUID uitvoerder,
            @RequestParam(required = false) @Nullable String fase,
            @RequestParam(required = false) @Nullable String status,
            @SessionAttribute(name = ZOEK, required = false) @Nullable String zoek,
            @RequestParam(required = false) @Nullable String aandacht,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate na,
            @RequestParam(required = false) @Nullable UUID naTraject,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
        if (ik.heeftRol(Rol.BELEID, Rol.BEHEERDER)) {
            return "redirect:" + startpagina(ik); // they see no households: no empty worklist
        }
        String gekozen = weergave == null || weergave.isBlank() ? Werklijst.standaardWeergave(ik) : weergave;
        String gevraagd = aandacht != null && WerklijstFilter.AANDACHT.contains(aandacht) ? aandacht : null;
        WerklijstFilter filter = new WerklijstFilter(gekozen, gemeente, uitvoerder, fase, status, zoek, gevraagd, na,
                naTraject);
        Werklijst.Overzicht overzicht = werklijst.overzicht(ik, filter);
        LocalDate vandaag = LocalDate.now(clock);
        model.addAttribute("pagina", overzicht.pagina());
        model.addAttribute("regels", Regelweergave.van(overzicht.pagina().regels(), vandaag, meldingen));
        model.addAttribute("telling", overzicht.telling());
        model.addAttribute("rol", ik.rol().name());
        model.addAttribute("filter", filter);
        model.addAttribute("eersteGepagineerd", na != null);
        model.addAttribute("heeftWeergaven", ik.heeftRol(Rol.BEGELEIDER, Rol.TEAMLEIDER));
        model.addAttribute("gefilterd", zoek != null && !zoek.isBlank() || status != null && !status.isBlank()
                || gemeente != null || uitvoerder != null || fase != null && !fase.isBlank() || gevraagd != null);
        model.addAttribute("magContactVastleggen", ik.heeftRol(Rol.VRIJWILLIGER, Rol.BEGELEIDER, Rol.TEAMLEIDER,
                Rol.REGIEVOERDER, Rol.BUDGETCOACH));
        if (htmx != null) {
            return "werklijst/overzicht :: lijst";
        }
        model.addAttribute("statussen", keuzes(STATUSSEN, "traject.status.", "werklijst.filter.alle"));
        model.addAttribute("aandachtKeuzes", keuzes(WerklijstFilter.AANDACHT, "werklijst.aandacht.",
                "werklijst.aandacht.alle"));
        if (ik.uitvoerderId() != null) {
            model.addAttribute("gemeenten", gemeenten(ik));
        }
        else if (ik.gemeenteId() != null) {
            model.addAttribute("uitvoerders", uitvoerders(ik));
        }
        // the reminder of consents to check (toestemming/werklijst :: herinnering), one statement
        model.addAttribute("toestemmingHerinnering", toestemmingen.aantalTeControleren(ik));
        return "werklijst/overzicht";
    }

    /**
     * The name search: the name travels in a POST body and is kept in the session, never in a URL or the browser
     * history (a name in a URL ends up in logs and history). htmx gets the list at once; without JavaScript the
     * browser is sent back to the worklist with its other filters.
     */
    @PostMapping("/werklijst/zoek")
    String zoek(@Ingelogd Medewerker ik, @RequestParam(required = false) @Nullable String zoek,
            @RequestParam(required = false) @Nullable String weergave,
            @RequestParam(required = false) @Nullable UUID gemeente,
            @RequestParam(required = false) @Nullable UUID uitvoerder,
            @RequestParam(required = false) @Nullable String fase,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String aandacht,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, HttpSession sessie,
            Model model) {
        String term = zoek == null ? "" : zoek.strip();
        if (term.length() > ZOEK_MAX) {
            term = term.substring(0, ZOEK_MAX);
        }
        if (term.isEmpty()) {
            sessie.removeAttribute(ZOEK);
        }
        else {
            sessie.setAttribute(ZOEK, term);
        }
        if (htmx != null) {
            return werklijst(ik, weergave, gemeente, uitvoerder, fase, status, term.isEmpty() ? null : term, aandacht,
                    null, null, htmx, model);
        }
        return "redirect:" + org.springframework.web.util.UriComponentsBuilder.fromPath("/werklijst")
            .queryParamIfPresent("weergave", leeg(weergave))
            .queryParamIfPresent("gemeente", java.util.Optional.ofNullable(gemeente))
            .queryParamIfPresent("uitvoerder", java.util.Optional.ofNullable(uitvoerder))
            .queryParamIfPresent("fase", leeg(fase))
            .queryParamIfPresent("status", leeg(status))
            .queryParamIfPresent("aandacht", leeg(aandacht))
            .build()
            .encode()
            .toUriString();
    }

    private static java.util.Optional<String> leeg(@Nullable String waarde) {
        return waarde == null || waarde.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(waarde);
    }

    private List<Keuze> keuzes(List<String> codes, String prefix, String alle) {
        List<Keuze> keuzes = new ArrayList<>();
        keuzes.add(new Keuze("", meldingen.tekst(alle)));
        codes.forEach(c -> keuzes.add(new Keuze(c, meldingen.tekst(prefix + c))));
        return keuzes;
    }

    private List<Keuze> gemeenten(Medewerker ik) {
        List<Keuze> keuzes = new ArrayList<>();
        keuzes.add(new Keuze("", meldingen.tekst("werklijst.filter.alle-gemeenten")));
        keuzes.addAll(filterkeuzes.gemeenten(java.util.Objects.requireNonNull(ik.uitvoerderId())));
        return keuzes;
    }

    private List<Keuze> uitvoerders(Medewerker ik) {
        List<Keuze> keuzes = new ArrayList<>();
        keuzes.add(new Keuze("", meldingen.tekst("werklijst.filter.alle-uitvoerders")));
        keuzes.addAll(filterkeuzes.uitvoerders(java.util.Objects.requireNonNull(ik.gemeenteId())));
        return keuzes;
    }
}

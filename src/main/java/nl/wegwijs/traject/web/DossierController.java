package nl.wegwijs.traject.web;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.MedewerkerOverzicht;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.Keuze;
import nl.wegwijs.system.Meldingen;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.traject.Dossier;
import nl.wegwijs.traject.DossierOnderdeel;
import nl.wegwijs.traject.Toegang;
import nl.wegwijs.traject.EindeReden;
import nl.wegwijs.traject.StatusWijziging;
import nl.wegwijs.traject.Toewijzing;
import nl.wegwijs.traject.ToewijzingRol;
import nl.wegwijs.traject.TrajectId;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.traject.TrajectStatus;

/**
 * The household file (dossier) and the forms that move the trajectory along. Each form posts the version the page
 * was rendered with; a stale one is refused with a clear message (optimistic locking). Every action also works
 * without JavaScript (post, redirect, flash message).
 */
@Controller
public class DossierController {

    private final TrajectService trajecten;
    private final OrganisatieService organisaties;
    private final Meldingen meldingen;
    private final Clock clock;
    private final List<DossierOnderdeel> onderdelen;
    /** The lazy sections by {@link DossierOnderdeel#naam()}. */
    private final java.util.Map<String, DossierOnderdeel> perNaam;

    DossierController(TrajectService trajecten, OrganisatieService organisaties, Meldingen meldingen, Clock clock,
            List<DossierOnderdeel> onderdelen) {
        this.trajecten = trajecten;
        this.onderdelen = onderdelen.stream().sorted(java.util.Comparator.comparingInt(DossierOnderdeel::volgorde))
            .toList();
        this.perNaam = new java.util.HashMap<>();
        for (DossierOnderdeel o : this.onderdelen) {
            if (o.lui() && perNaam.put(o.naam(), o) != null) {
                throw new IllegalStateException("Two lazy sections of the household file are named " + o.naam());
            }
        }
        this.organisaties = organisaties;
        this.meldingen = meldingen;
        this.clock = clock;
    }

    /** How many guides of the team the picker lists first, and how many search results it shows. */
    static final int TEAM_MAX = 50;
    static final int ZOEK_MAX = 20;

    @GetMapping("/huishoudens/{id}")
    String dossier(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id,
            @RequestParam(required = false) @Nullable String zoek, Model model) {
        nl.wegwijs.traject.Inzage inzage = trajecten.inzage(ik, id);
        Dossier d = trajecten.dossier(inzage);
        LocalDate vandaag = LocalDate.now(clock);
        model.addAttribute("d", d);
        model.addAttribute("inzage", inzage);
        model.addAttribute("vandaag", vandaag);
        model.addAttribute("actieveToewijzingen", d.traject().actieveToewijzingen(vandaag));
        Toegang toegang = d.toegang(ik);
        List<DossierOnderdeel.Weergave> boven = new ArrayList<>();
        List<DossierOnderdeel.Weergave> onder = new ArrayList<>();
        for (DossierOnderdeel o : onderdelen) {
            // a lazy section reads nothing here: its heading and a link stand for it until htmx has fetched it
            // (unless the file alone tells it will be left out)
            Object m = o.lui() ? (o.toont(d) ? new Lui(o.naam(), o.kop(), id) : null)
                    : o.model(inzage, d);
            if (m != null) {
                (o.volgorde() < 500 ? boven : onder)
                    .add(new DossierOnderdeel.Weergave(o.lui() ? "traject/lui" : o.template(), m));
            }
        }
        model.addAttribute("onderdelenBoven", boven);
        model.addAttribute("onderdelenOnder", onder);
        boolean teamleider = ik.heeftRol(Rol.TEAMLEIDER) && d.traject().uitvoerderId().equals(ik.uitvoerderId());
        boolean open = !d.traject().status().isAfgesloten();
        model.addAttribute("magAccepteren", teamleider && d.traject().status() == TrajectStatus.AANGEMELD);
        model.addAttribute("magTeamKiezen", teamleider && open && d.traject().status() != TrajectStatus.AANGEMELD);
        model.addAttribute("magToewijzen", teamleider && open);
        model.addAttribute("magStarten", d.traject().status() == TrajectStatus.INTAKE
                && ik.heeftRol(Rol.TEAMLEIDER, Rol.BEGELEIDER) && d.traject().uitvoerderId().equals(ik.uitvoerderId()));
        model.addAttribute("magFaseWijzigen", (d.traject().status() == TrajectStatus.ACTIEF
                || d.traject().status() == TrajectStatus.VERLENGD) && ik.heeftRol(Rol.TEAMLEIDER, Rol.BEGELEIDER)
                && d.traject().uitvoerderId().equals(ik.uitvoerderId()));
        boolean beslisser = open && ik.heeftRol(Rol.TEAMLEIDER, Rol.REGIEVOERDER);
        model.addAttribute("magVerlengen", beslisser && d.voorwaarden().heeftFormeelEinde()
                && d.voorwaarden().verlengingMaxMaanden() > d.traject().verlengdMaanden()
                && (d.traject().status() == TrajectStatus.ACTIEF || d.traject().status() == TrajectStatus.VERLENGD));
        model.addAttribute("magAfsluiten", beslisser);
        model.addAttribute("magFeitenVastleggen", TrajectService.magFeitenVastleggen(ik, d.traject()));
        if (teamleider && open) {
            model.addAttribute("teams", organisaties.teams(d.traject().uitvoerderId()).stream()
                .map(t -> new Keuze(t.id().toString(), t.naam())).toList());
            model.addAttribute("teamGidsen", trajecten.toewijsbaarInTeam(ik, d.traject(), TEAM_MAX).stream()
                .map(m -> keuze(m, false)).toList());
            model.addAttribute("zoek", zoek == null ? "" : zoek.strip());
            if (zoek != null) {
                zoekresultaten(ik, d.traject().uitvoerderId(), zoek, model);
            }
            model.addAttribute("toewijzingRollen", meldingen.opties(ToewijzingRol.values(), "traject.toewijzing.rol."));
        }
        model.addAttribute("fasen", d.voorwaarden().fasen().stream()
            .map(f -> new Keuze(f.code(), f.naam())).toList());
        model.addAttribute("eindstatussen", List.of(
                new Keuze(TrajectStatus.AFGEROND.name(), meldingen.tekst("traject.status.AFGEROND")),
                new Keuze(TrajectStatus.OVERGEDRAGEN.name(), meldingen.tekst("traject.status.OVERGEDRAGEN")),
                new Keuze(TrajectStatus.BEEINDIGD.name(), meldingen.tekst("traject.status.BEEINDIGD"))));
        model.addAttribute("eindredenen", meldingen.opties(EindeReden.values(), "traject.einde."));
        levensloop(ik, d, vandaag, model);
        return "traject/dossier";
    }

    /** What stands for a lazy section in the file: its name, heading (message key) and household. */
    public record Lui(String naam, String kop, HuishoudenId huishouden) {
    }

    /**
     * One lazy section of the file (issue 21): read through the same access point as the file (404 for who may not
     * see the household), and logged as the file is (one read of every person), since it shows that file's data. The
     * fragment for htmx; without JavaScript a page with the section alone.
     */
    @GetMapping("/huishoudens/{id}/onderdelen/{naam}")
    String onderdeel(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, @PathVariable String naam,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
        DossierOnderdeel o = perNaam.get(naam);
        if (o == null) {
            throw new NietGevonden();
        }
        nl.wegwijs.traject.Inzage inzage = trajecten.inzage(ik, id);
        Dossier d = trajecten.dossier(inzage);
        Object m = o.model(inzage, d);
        model.addAttribute("d", d);
        model.addAttribute("onderdeel", m == null ? null : new DossierOnderdeel.Weergave(o.template(), m));
        return htmx != null ? "traject/onderdeel :: inhoud" : "traject/onderdeel";
    }

    // --- issue 17: confirmation and a way back (ending an assignment, closing, reopening), the team-first picker

    /** The closing state, the status history and whether the way back (undo, reopen) is offered. */
    private void levensloop(Medewerker ik, Dossier d, LocalDate vandaag, Model model) {
        List<StatusWijziging> historie = trajecten.statusHistorie(d);
        model.addAttribute("statusHistorie", historie);
        // the template shows the history only when there is more than one status: then the names, in one query
        // the file's names hold the history's medewerkers when there is more than one status (read with the file)
        model.addAttribute("historieNamen", historie.size() <= 1 ? java.util.Map.of() : d.namen());
        model.addAttribute("magHeropenen", trajecten.magHeropenen(ik, d.traject()));
        model.addAttribute("heropenenTot", d.traject().eindeDatum() == null ? null
                : d.traject().eindeDatum().plusDays(trajecten.heropenenDagen()));
        model.addAttribute("herstelbaar", d.traject().toewijzingen().stream()
            .filter(w -> d.traject().magHerstellen(w, vandaag)).map(w -> w.id()).toList());
    }

    private void zoekresultaten(Medewerker ik, UUID uitvoerder, String zoek, Model model) {
        List<MedewerkerOverzicht> gevonden = organisaties.zoekToewijsbaar(ik, uitvoerder, zoek, ZOEK_MAX + 1);
        model.addAttribute("zoek", zoek.strip());
        model.addAttribute("gezocht", gevonden.stream().limit(ZOEK_MAX).map(m -> keuze(m, true)).toList());
        model.addAttribute("meerGevonden", gevonden.size() > ZOEK_MAX);
        model.addAttribute("zoekTeKort", zoek.strip().length() < 2);
    }

    /** "Name (Role)", with the teams for a search result (they may be of another team). */
    private Keuze keuze(MedewerkerOverzicht m, boolean metTeams) {
        return new Keuze(m.id().toString(), m.naam() + " (" + meldingen.tekst("rol." + m.rol())
                + (metTeams && !m.teams().isBlank() ? ", " + m.teams() : "") + ")");
    }

    /** The search of the guide picker as an htmx fragment: a short list of the uitvoerder's guiding staff. */
    @GetMapping("/huishoudens/{id}/toewijsbaar")
    String toewijsbaar(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id,
            @RequestParam(defaultValue = "") String zoek, Model model) {
        Toegang toegang = trajecten.toegang(ik, id).orElseThrow(NietGevonden::new);
        if (!ik.heeftRol(Rol.TEAMLEIDER) || !toegang.uitvoerderId().equals(ik.uitvoerderId())) {
            throw new NietGevonden();
        }
        zoekresultaten(ik, toegang.uitvoerderId(), zoek, model);
        return "traject/toewijzen :: resultaten";
    }

    /** The confirmation step before ending an assignment: names who, in which role, and the last day. */
    @GetMapping("/trajecten/{id}/toewijzingen/{toewijzing}/einde")
    String bevestigEinde(@Ingelogd Medewerker ik, @PathVariable TrajectId id, @PathVariable UUID toewijzing,
            Model model) {
        Dossier d = trajecten.dossier(ik, id).orElseThrow(NietGevonden::new);
        if (!ik.heeftRol(Rol.TEAMLEIDER) || !d.traject().uitvoerderId().equals(ik.uitvoerderId())
                || d.traject().status().isAfgesloten()) {
            throw new NietGevonden();
        }
        Toewijzing w = d.traject().toewijzingen().stream()
            .filter(x -> x.id().equals(toewijzing) && x.tot() == null)
            .findFirst()
            .orElseThrow(NietGevonden::new);
        model.addAttribute("d", d);
        model.addAttribute("w", w);
        model.addAttribute("vandaag", LocalDate.now(clock));
        model.addAttribute("wat", "toewijzing");
        return "traject/bevestigen";
    }

    @PostMapping("/trajecten/{id}/toewijzingen/{toewijzing}/herstel")
    String herstelToewijzing(@Ingelogd Medewerker ik, @PathVariable TrajectId id, @PathVariable UUID toewijzing,
            @RequestParam long versie, RedirectAttributes redirect) {
        return actie(ik, id, redirect, "traject.toewijzing.hersteld",
                () -> trajecten.herstelToewijzing(ik, id, versie, toewijzing));
    }

    @PostMapping("/trajecten/{id}/heropening")
    String heropen(@Ingelogd Medewerker ik, @PathVariable TrajectId id, @RequestParam long versie,
            @RequestParam(defaultValue = "") String reden, RedirectAttributes redirect) {
        if (reden.isBlank()) {
            redirect.addFlashAttribute("fout", meldingen.tekst("traject.heropenen.reden"));
            return terug(ik, id);
        }
        return actie(ik, id, redirect, "traject.heropenen.gelukt", () -> trajecten.heropen(ik, id, versie, reden));
    }

    @PostMapping("/trajecten/{id}/acceptatie")
    String accepteer(@Ingelogd Medewerker ik, @PathVariable TrajectId id, @RequestParam long versie,
            @RequestParam UUID team, RedirectAttributes redirect) {
        return actie(ik, id, redirect, "traject.accepteer.gelukt", () -> trajecten.accepteer(ik, id, versie, team));
    }

    @PostMapping("/trajecten/{id}/team")
    String kiesTeam(@Ingelogd Medewerker ik, @PathVariable TrajectId id, @RequestParam long versie,
            @RequestParam UUID team, RedirectAttributes redirect) {
        return actie(ik, id, redirect, "traject.team.gelukt", () -> trajecten.kiesTeam(ik, id, versie, team));
    }

    @PostMapping("/trajecten/{id}/toewijzingen")
    String wijsToe(@Ingelogd Medewerker ik, @PathVariable TrajectId id, @RequestParam long versie,
            @RequestParam(required = false) @Nullable UUID medewerker,
            @RequestParam(required = false) @Nullable UUID gezocht, @RequestParam ToewijzingRol rol,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate vanaf,
            RedirectAttributes redirect) {
        if (medewerker != null && gezocht != null && !medewerker.equals(gezocht)) {
            redirect.addFlashAttribute("fout", meldingen.tekst("traject.toewijzing.een-kiezen"));
            return terug(ik, id);
        }
        UUID wie = gezocht != null ? gezocht : medewerker;
        if (wie == null) {
            redirect.addFlashAttribute("fout", meldingen.tekst("traject.toewijzing.medewerker"));
            return terug(ik, id);
        }
        return actie(ik, id, redirect, "traject.toewijzing.gelukt",
                () -> trajecten.wijsToe(ik, id, versie, wie, rol, vanaf));
    }

    @PostMapping("/trajecten/{id}/toewijzingen/{toewijzing}/einde")
    String beeindigToewijzing(@Ingelogd Medewerker ik, @PathVariable TrajectId id, @PathVariable UUID toewijzing,
            @RequestParam long versie, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tot,
            RedirectAttributes redirect) {
        return actie(ik, id, redirect, "traject.toewijzing.beeindigd",
                () -> trajecten.beeindigToewijzing(ik, id, versie, toewijzing, tot));
    }

    @PostMapping("/trajecten/{id}/start")
    String start(@Ingelogd Medewerker ik, @PathVariable TrajectId id, @RequestParam long versie,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate praktischeStart,
            RedirectAttributes redirect) {
        return actie(ik, id, redirect, "traject.start.gelukt",
                () -> trajecten.start(ik, id, versie, praktischeStart));
    }

    @PostMapping("/trajecten/{id}/fase")
    String fase(@Ingelogd Medewerker ik, @PathVariable TrajectId id, @RequestParam long versie,
            @RequestParam String fase, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate vanaf,
            RedirectAttributes redirect) {
        return actie(ik, id, redirect, "traject.fase.gelukt", () -> trajecten.naarFase(ik, id, versie, fase, vanaf));
    }

    @PostMapping("/trajecten/{id}/verlenging")
    String verleng(@Ingelogd Medewerker ik, @PathVariable TrajectId id, @RequestParam long versie,
            @RequestParam int maanden, @RequestParam String reden, RedirectAttributes redirect) {
        if (reden.isBlank()) {
            redirect.addFlashAttribute("fout", meldingen.tekst("traject.verlenging.reden.leeg"));
            return terug(ik, id);
        }
        return actie(ik, id, redirect, "traject.verlenging.gelukt",
                () -> trajecten.verleng(ik, id, versie, maanden, reden.strip()));
    }

    @PostMapping("/trajecten/{id}/afsluiting")
    String sluitAf(@Ingelogd Medewerker ik, @PathVariable TrajectId id, @RequestParam long versie,
            @RequestParam(required = false) @Nullable TrajectStatus status,
            @RequestParam(required = false) @Nullable EindeReden reden,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate datum,
            @RequestParam(required = false) @Nullable String toelichting,
            @RequestParam(defaultValue = "false") boolean bevestigd, Model model, RedirectAttributes redirect) {
        if (status == null || reden == null || !status.isAfgesloten()) {
            redirect.addFlashAttribute("fout", meldingen.tekst("traject.afsluiting.kies"));
            return terug(ik, id);
        }
        if (!bevestigd) {
            // the confirmation step: nothing changes yet; the page repeats the choice and asks to confirm it
            Dossier d = trajecten.dossier(ik, id).orElseThrow(NietGevonden::new);
            model.addAttribute("d", d);
            model.addAttribute("wat", "afsluiting");
            model.addAttribute("eindstatus", status);
            model.addAttribute("eindreden", reden);
            model.addAttribute("einddatum", datum);
            model.addAttribute("toelichting", toelichting == null ? "" : toelichting.strip());
            model.addAttribute("heropenenTot", datum.plusDays(trajecten.heropenenDagen()));
            return "traject/bevestigen";
        }
        return actie(ik, id, redirect, "traject.afsluiting.gelukt",
                () -> trajecten.sluitAf(ik, id, versie, status, reden, datum, toelichting));
    }

    private String actie(Medewerker ik, TrajectId id, RedirectAttributes redirect, String gelukt, Runnable actie) {
        String terug = terug(ik, id);
        try {
            actie.run();
            meldingen.gelukt(redirect, gelukt);
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
        }
        return terug;
    }

    private String terug(Medewerker ik, TrajectId id) {
        return trajecten.huishoudenVan(ik, id).map(h -> "redirect:/huishoudens/" + h)
            .orElseThrow(NietGevonden::new);
    }

}

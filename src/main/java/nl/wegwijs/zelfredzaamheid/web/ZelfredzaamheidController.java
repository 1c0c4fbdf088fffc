package nl.wegwijs.zelfredzaamheid.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
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

import nl.wegwijs.checklist.ChecklistOverzicht;
import nl.wegwijs.checklist.ChecklistService;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.system.Meldingen;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.system.ToestemmingNodig;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Inzage;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.zelfredzaamheid.Actie;
import nl.wegwijs.zelfredzaamheid.Domein;
import nl.wegwijs.zelfredzaamheid.Instrument;
import nl.wegwijs.zelfredzaamheid.Meting;
import nl.wegwijs.zelfredzaamheid.Metingsoort;
import nl.wegwijs.zelfredzaamheid.NieuweMeting;
import nl.wegwijs.zelfredzaamheid.Score;
import nl.wegwijs.zelfredzaamheid.Scorestatus;
import nl.wegwijs.zelfredzaamheid.Wijze;
import nl.wegwijs.zelfredzaamheid.ZelfredzaamheidService;

/**
 * A household's self-reliance page (progress chart and words per person, "zelfredzaam genoeg?" beside the checklist's
 * "who did it", the measurements, the begeleidingsplan), the measurement form and the plan as PDF for the person.
 * Refusals show the form again with a Dutch message; nothing is written.
 */
@Controller
class ZelfredzaamheidController {

    private final ZelfredzaamheidService zelf;
    private final ChecklistService checklist;
    private final Meldingen meldingen;
    private final Plandruk plandruk;
    private final Clock clock;
    private final TrajectService trajecten;

    ZelfredzaamheidController(ZelfredzaamheidService zelf, ChecklistService checklist, Meldingen meldingen,
            Plandruk plandruk, Clock clock, TrajectService trajecten) {
        this.trajecten = trajecten;
        this.zelf = zelf;
        this.checklist = checklist;
        this.meldingen = meldingen;
        this.plandruk = plandruk;
        this.clock = clock;
    }

    @GetMapping("/huishoudens/{id}/zelfredzaamheid")
    String pagina(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, Model model) {
        ZelfredzaamheidService.Overzicht o;
        try {
            o = zelf.overzicht(ik, id);
        }
        catch (ToestemmingNodig fout) {
            // the gemeente without the person's consent: the page says which consent is missing
            Inzage inzage = trajecten.inzage(ik, id);
            model.addAttribute("inzage", inzage);
            model.addAttribute("h", inzage.huishouden());
            return "zelfredzaamheid/geen-toestemming";
        }
        model.addAttribute("o", o);
        model.addAttribute("h", o.inzage().huishouden());
        model.addAttribute("voortgang", voortgang(o));
        model.addAttribute("vandaag", LocalDate.now(clock));
        model.addAttribute("domeinen", o.instelling().domeinen(o.instrument()));
        model.addAttribute("uitvoerders", meldingen.opties(Actie.Uitvoerder.values(), "zelfredzaamheid.uitvoerder."));
        model.addAttribute("prioriteiten", meldingen.opties(Actie.Prioriteit.values(), "zelfredzaamheid.prioriteit."));
        ChecklistOverzicht wie = o.inzage().magZien(Gegevenssoort.VOORTGANG)
                ? checklist.pagina(o.inzage(), false).overzicht() : null; // the same Inzage: one log row per person
        model.addAttribute("wie", wie);
        return "zelfredzaamheid/pagina";
    }

    static List<Voortgang> voortgang(ZelfredzaamheidService.Overzicht o) {
        List<Voortgang> lijst = new ArrayList<>();
        int i = 0;
        for (Map.Entry<UUID, String> e : o.onderwerpen().entrySet()) {
            List<Meting> metingen = o.metingen().getOrDefault(e.getKey(), List.of());
            lijst.add(Voortgang.van("zr" + i++, e.getKey(), e.getValue(), o.instrument(), o.instelling(), metingen));
        }
        return lijst;
    }

    // --- a measurement

    @GetMapping("/huishoudens/{id}/zelfredzaamheid/meting")
    String nieuweMeting(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id,
            @RequestParam(required = false) @Nullable UUID persoon, Model model) {
        ZelfredzaamheidService.Overzicht o = zelf.overzicht(ik, id);
        UUID onderwerp = onderwerp(o, persoon);
        return formulier(o, onderwerp, Map.of("datum", LocalDate.now(clock).toString()), null, model);
    }

    @PostMapping("/huishoudens/{id}/zelfredzaamheid/meting")
    String meet(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id,
            @RequestParam MultiValueMap<String, String> invoer, Model model, RedirectAttributes redirect) {
        ZelfredzaamheidService.Overzicht o = zelf.overzicht(ik, id);
        UUID onderwerp = onderwerp(o, parseUuid(invoer.getFirst("persoon")));
        Map<String, String> waarden = new HashMap<>(invoer.toSingleValueMap());
        try {
            LocalDate datum = datum(waarden.get("datum"));
            List<Score> scores = scores(o.instelling().domeinen(o.instrument()), waarden);
            Metingsoort soort = waarden.get("soort") == null || waarden.get("soort").isBlank() ? null
                    : Metingsoort.valueOf(waarden.get("soort"));
            Meting m = zelf.meet(ik, id, new NieuweMeting(onderwerp, datum, soort, waarden.get("notitie"), scores));
            meldingen.gelukt(redirect, "zelfredzaamheid.meting.gelukt", o.onderwerpen().get(onderwerp));
            return "redirect:/huishoudens/" + id + "/zelfredzaamheid?meting=" + m.id() + "#plan";
        }
        catch (IllegalArgumentException fout) {
            return formulier(o, onderwerp, waarden, meldingen.tekst("zelfredzaamheid.fout.invoer"), model);
        }
        catch (DomeinFout fout) {
            return formulier(o, onderwerp, waarden, meldingen.tekst(fout.code(), fout.argumenten()), model);
        }
    }

    // --- correcting a past measurement

    /** The measurement's form filled with what was recorded, plus the reason for the correction. */
    @GetMapping("/huishoudens/{id}/zelfredzaamheid/metingen/{meting}/correctie")
    String correctie(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, @PathVariable UUID meting, Model model) {
        ZelfredzaamheidService.Overzicht o = zelf.overzicht(ik, id);
        Meting m = o.meting(meting).orElseThrow(NietGevonden::new);
        return correctieFormulier(o, m, waarden(m), m.versie(), null, model);
    }

    @PostMapping("/huishoudens/{id}/zelfredzaamheid/metingen/{meting}/correctie")
    String corrigeer(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, @PathVariable UUID meting,
            @RequestParam long versie, @RequestParam MultiValueMap<String, String> invoer, Model model,
            RedirectAttributes redirect) {
        ZelfredzaamheidService.Overzicht o = zelf.overzicht(ik, id);
        Meting m = o.meting(meting).orElseThrow(NietGevonden::new);
        Map<String, String> waarden = new HashMap<>(invoer.toSingleValueMap());
        try {
            LocalDate datum = datum(waarden.get("datum"));
            List<Score> scores = scores(domeinen(o, m), waarden);
            zelf.wijzig(ik, id, meting, versie, datum, waarden.get("notitie"), scores, waarden.get("reden"));
            meldingen.gelukt(redirect, "zelfredzaamheid.correctie.gelukt", o.onderwerpNaam(m));
            return "redirect:/huishoudens/" + id + "/zelfredzaamheid#meting-" + meting;
        }
        catch (GelijktijdigGewijzigd fout) {
            // someone corrected it in between: the form again with what is stored now
            meldingen.mislukt(redirect, fout);
            return "redirect:/huishoudens/" + id + "/zelfredzaamheid/metingen/" + meting + "/correctie";
        }
        catch (IllegalArgumentException fout) {
            return correctieFormulier(o, m, waarden, versie, meldingen.tekst("zelfredzaamheid.fout.invoer"), model);
        }
        catch (DomeinFout fout) {
            if (!o.magVastleggen()) {
                // the trajectory closed meanwhile: back to the page with the reason
                meldingen.mislukt(redirect, fout);
                return "redirect:/huishoudens/" + id + "/zelfredzaamheid";
            }
            return correctieFormulier(o, m, waarden, versie, meldingen.tekst(fout.code(), fout.argumenten()), model);
        }
    }

    /** The domains a measurement is corrected on: the contract's, or all of an instrument it no longer uses. */
    private List<Domein> domeinen(ZelfredzaamheidService.Overzicht o, Meting m) {
        if (m.instrumentId().equals(o.instrument().id())) {
            return o.instelling().domeinen(o.instrument());
        }
        return zelf.instrument(m.instrumentId()).map(Instrument::domeinen).orElse(List.of());
    }

    /** The form's fields as the measurement holds them ({@code n-<item>}, {@code w-<item>}, datum, notitie). */
    static Map<String, String> waarden(Meting m) {
        Map<String, String> w = new HashMap<>();
        w.put("datum", m.gemetenOp().toString());
        if (m.notitie() != null) {
            w.put("notitie", m.notitie());
        }
        for (Score s : m.scores()) {
            w.put("n-" + s.item(), switch (s.status()) {
                case NIVEAU -> String.valueOf(s.niveau());
                case GEREALISEERD -> "G";
                case NIET_VAN_TOEPASSING -> "NVT";
            });
            if (s.wijze() != null) {
                w.put("w-" + s.item(), s.wijze().name());
            }
        }
        return w;
    }

    private String correctieFormulier(ZelfredzaamheidService.Overzicht o, Meting m, Map<String, String> waarden,
            long versie, @Nullable String fout, Model model) {
        if (!o.magVastleggen()) {
            throw new org.springframework.security.access.AccessDeniedException("alleen de begeleiding corrigeert");
        }
        Instrument instrument = zelf.instrument(m.instrumentId()).orElse(o.instrument());
        model.addAttribute("o", o);
        model.addAttribute("h", o.inzage().huishouden());
        model.addAttribute("onderwerp", m.persoonId() == null ? m.huishoudenId() : m.persoonId());
        model.addAttribute("onderwerpNaam", o.onderwerpNaam(m));
        model.addAttribute("eerste", false);
        model.addAttribute("correctie", m);
        model.addAttribute("correcties", o.correcties(m.id()));
        model.addAttribute("versie", versie);
        model.addAttribute("domeinen", domeinen(o, m));
        model.addAttribute("schaal", instrument.schaal());
        model.addAttribute("waarden", waarden);
        model.addAttribute("wijzen", meldingen.opties(Wijze.values(), "zelfredzaamheid.wijze."));
        model.addAttribute("soorten", List.of());
        if (fout != null) {
            model.addAttribute("fout", fout);
        }
        model.addAttribute("vandaag", LocalDate.now(clock));
        return "zelfredzaamheid/meting";
    }

    private String formulier(ZelfredzaamheidService.Overzicht o, UUID onderwerp, Map<String, String> waarden,
            @Nullable String fout, Model model) {
        if (!o.magVastleggen()) {
            throw new org.springframework.security.access.AccessDeniedException("alleen de begeleiding meet");
        }
        model.addAttribute("o", o);
        model.addAttribute("h", o.inzage().huishouden());
        model.addAttribute("onderwerp", onderwerp);
        model.addAttribute("onderwerpNaam", o.onderwerpen().get(onderwerp));
        model.addAttribute("eerste", o.metingen().getOrDefault(onderwerp, List.of()).isEmpty());
        model.addAttribute("domeinen", o.instelling().domeinen(o.instrument()));
        model.addAttribute("schaal", o.instrument().schaal());
        model.addAttribute("waarden", waarden);
        model.addAttribute("wijzen", meldingen.opties(Wijze.values(), "zelfredzaamheid.wijze."));
        model.addAttribute("soorten", meldingen.opties(new Metingsoort[] { Metingsoort.VERVOLG,
                Metingsoort.TUSSENTIJDS, Metingsoort.EIND }, "zelfredzaamheid.soort."));
        if (fout != null) {
            model.addAttribute("fout", fout);
        }
        model.addAttribute("vandaag", LocalDate.now(clock));
        return "zelfredzaamheid/meting";
    }

    private static UUID onderwerp(ZelfredzaamheidService.Overzicht o, @Nullable UUID persoon) {
        if (o.instrument().perHuishouden()) {
            return o.onderwerpen().keySet().iterator().next();
        }
        if (persoon != null && o.onderwerpen().containsKey(persoon)) {
            return persoon;
        }
        if (persoon == null) {
            return o.onderwerpen().keySet().iterator().next();
        }
        throw new NietGevonden();
    }

    /**
     * The scores from the form: per item {@code n-<id>} is a level (1 … max), {@code G} (realised), {@code NVT} or
     * empty (not scored); {@code w-<id>} what the person does. A value that is no number is refused.
     */
    static List<Score> scores(List<Domein> domeinen, Map<String, String> waarden) {
        List<Score> scores = new ArrayList<>();
        for (Domein d : domeinen) {
            for (UUID item : d.items()) {
                String n = waarden.get("n-" + item);
                if (n == null || n.isBlank()) {
                    continue;
                }
                String w = waarden.get("w-" + item);
                Wijze wijze = w == null || w.isBlank() ? null : Wijze.valueOf(w);
                scores.add(switch (n) {
                    case "G" -> new Score(item, Scorestatus.GEREALISEERD, null, wijze);
                    case "NVT" -> new Score(item, Scorestatus.NIET_VAN_TOEPASSING, null, null);
                    default -> new Score(item, Scorestatus.NIVEAU, Integer.valueOf(n.strip()), wijze);
                });
            }
        }
        return scores;
    }

    private static LocalDate datum(@Nullable String tekst) {
        if (tekst == null || tekst.isBlank()) {
            throw new DomeinFout("zelfredzaamheid.fout.datum");
        }
        try {
            return LocalDate.parse(tekst.strip());
        }
        catch (DateTimeParseException e) {
            throw new DomeinFout("zelfredzaamheid.fout.datum");
        }
    }

    private static @Nullable UUID parseUuid(@Nullable String tekst) {
        try {
            return tekst == null || tekst.isBlank() ? null : UUID.fromString(tekst);
        }
        catch (IllegalArgumentException e) {
            throw new NietGevonden();
        }
    }

    // --- the plan

    @PostMapping("/huishoudens/{id}/zelfredzaamheid/acties")
    String voegActieToe(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, @RequestParam UUID meting,
            @RequestParam(required = false) @Nullable UUID domein, @RequestParam(required = false) @Nullable String omschrijving,
            @RequestParam(required = false) Actie.@Nullable Uitvoerder uitvoerder,
            @RequestParam(required = false) @Nullable String partner,
            @RequestParam(required = false) Actie.@Nullable Prioriteit prioriteit, RedirectAttributes redirect) {
        try {
            if (domein == null) {
                throw new DomeinFout("zelfredzaamheid.fout.domein");
            }
            zelf.voegActieToe(ik, id, meting, domein, omschrijving == null ? "" : omschrijving, uitvoerder, partner,
                    prioriteit);
            meldingen.gelukt(redirect, "zelfredzaamheid.actie.gelukt");
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
            redirect.addFlashAttribute("actieOmschrijving", omschrijving);
            redirect.addFlashAttribute("actiePartner", partner);
        }
        return "redirect:/huishoudens/" + id + "/zelfredzaamheid#plan";
    }

    @PostMapping("/huishoudens/{id}/zelfredzaamheid/acties/{actie}")
    String vinkAf(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, @PathVariable UUID actie,
            @RequestParam long versie, @RequestParam boolean afgerond, RedirectAttributes redirect) {
        try {
            zelf.vinkAf(ik, id, actie, versie, afgerond);
            meldingen.gelukt(redirect, afgerond ? "zelfredzaamheid.actie.afgevinkt" : "zelfredzaamheid.actie.heropend");
        }
        catch (GelijktijdigGewijzigd fout) {
            meldingen.mislukt(redirect, fout);
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
        }
        return "redirect:/huishoudens/" + id + "/zelfredzaamheid#plan";
    }

    /** The begeleidingsplan as PDF, in plain Dutch, for the person to keep. */
    @GetMapping("/huishoudens/{id}/zelfredzaamheid/plan.pdf")
    ResponseEntity<byte[]> plan(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id) {
        ZelfredzaamheidService.Overzicht o = zelf.overzicht(ik, id);
        byte[] pdf = plandruk.pdf(o, voortgang(o), LocalDate.now(clock));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.inline().filename("begeleidingsplan.pdf").build().toString())
            .body(pdf);
    }
}

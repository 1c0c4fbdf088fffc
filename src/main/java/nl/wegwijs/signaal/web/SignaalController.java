package nl.wegwijs.signaal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wegwijs.huishouden.Huishouden;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.signaal.Aan;
import nl.wegwijs.signaal.Categorie;
import nl.wegwijs.signaal.Eigenaar;
import nl.wegwijs.signaal.Signaal;
import nl.wegwijs.signaal.SignaalId;
import nl.wegwijs.signaal.SignaalService;
import nl.wegwijs.signaal.Urgentie;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.system.Keuze;
import nl.wegwijs.system.Meldingen;
import nl.wegwijs.system.NietGevonden;

/**
 * A household's signals with the raise form (choosing the addressee), and one signal as a conversation: the report as
 * raised, then its thread of replies, changes of stand and plan actions with who wrote what and when; reply, put in
 * behandeling, add an action, tick one off, close (with a note; with open actions only explicitly), reopen. What a
 * user may do follows {@link SignaalService}'s rules; the page offers only that. A stale version shows the signal as
 * it now stands with a clear message; nothing is overwritten.
 */
@Controller
class SignaalController {

    private final SignaalService signalen;
    private final Meldingen meldingen;
    private final Clock clock;

    SignaalController(SignaalService signalen, Meldingen meldingen, Clock clock) {
        this.signalen = signalen;
        this.meldingen = meldingen;
        this.clock = clock;
    }

    // --- a household's signals

    @GetMapping("/huishoudens/{id}/signalen")
    String vanHuishouden(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id,
            @RequestParam(required = false) @Nullable SignaalId na, @RequestParam(defaultValue = "false") boolean nieuw,
            Model model) {
        model.addAttribute("signaal", SignaalForm.nieuw(LocalDate.now(clock),
                (ik.rol().gemeentezijde() ? Aan.BEGELEIDING : Aan.REGIEVOERDER).name()));
        model.addAttribute("meldOpen", nieuw);
        return lijst(ik, id, na, model);
    }

    @PostMapping("/huishoudens/{id}/signalen")
    String meld(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id,
            @Valid @ModelAttribute("signaal") SignaalForm form, BindingResult fouten, Model model,
            RedirectAttributes redirect) {
        if (!fouten.hasErrors()) {
            try {
                Signaal s = signalen.meld(ik, id, form.toNieuwSignaal());
                meldingen.gelukt(redirect, "signaal.meld.gelukt");
                return "redirect:/signalen/" + s.id();
            }
            catch (DomeinFout fout) {
                Afwijzing.op(fouten, fout, SignaalForm.VELDEN, model, meldingen);
            }
        }
        model.addAttribute("meldOpen", true);
        return lijst(ik, id, null, model);
    }

    private String lijst(Medewerker ik, HuishoudenId id, @Nullable SignaalId na, Model model) {
        SignaalService.SignalenVanHuishouden pagina = signalen.signalen(ik, id, na, SignaalService.PAGINA);
        model.addAttribute("pagina", pagina);
        model.addAttribute("h", pagina.huishouden());
        model.addAttribute("gepagineerd", na != null);
        model.addAttribute("aanKeuzes", aanKeuzes(ik, pagina.inzage()));
        model.addAttribute("delingKeuzes", ik.rol().gemeentezijde() ? null : delingKeuzes());
        return keuzes(pagina.huishouden(), "signaal/huishouden", model);
    }

    /** The addressees this raiser may choose: the other side's groups, then each assigned guide by name. */
    private List<Keuze> aanKeuzes(Medewerker ik, nl.wegwijs.traject.Inzage inzage) {
        List<Keuze> keuzes = new ArrayList<>();
        if (!ik.heeftRol(Rol.REGIEVOERDER)) {
            keuzes.add(new Keuze(Aan.REGIEVOERDER.name(), meldingen.tekst("signaal.aan.keuze.REGIEVOERDER")));
        }
        if (!ik.heeftRol(Rol.TEAMLEIDER)) {
            keuzes.add(new Keuze(Aan.TEAMLEIDER.name(), meldingen.tekst("signaal.aan.keuze.TEAMLEIDER")));
        }
        keuzes.add(new Keuze(Aan.BEGELEIDING.name(), meldingen.tekst("signaal.aan.keuze.BEGELEIDING")));
        for (SignaalService.Gids g : signalen.gidsen(inzage)) {
            keuzes.add(new Keuze(g.id().toString(), meldingen.tekst("signaal.aan.keuze.gids", g.naam(),
                    meldingen.tekst("traject.toewijzing.rol." + g.rol()))));
        }
        if (ik.rol().gemeentezijde()) {
            keuzes.sort(java.util.Comparator.comparing((Keuze k) -> k.waarde().equals(Aan.TEAMLEIDER.name())));
        }
        return keuzes;
    }

    /** The basis for sharing a signal with the gemeente, asked of the guidance side (required towards it). */
    private List<Keuze> delingKeuzes() {
        List<Keuze> keuzes = new ArrayList<>();
        keuzes.add(new Keuze("", meldingen.tekst("signaal.deling.kies")));
        keuzes.addAll(meldingen.opties(nl.wegwijs.signaal.Deling.values(), "signaal.deling."));
        return keuzes;
    }

    // --- one signal

    @GetMapping("/signalen/{id}")
    String signaal(@Ingelogd Medewerker ik, @PathVariable SignaalId id, Model model) {
        return detail(ik, id, model);
    }

    @PostMapping("/signalen/{id}/reacties")
    String reageer(@Ingelogd Medewerker ik, @PathVariable SignaalId id,
            @Valid @ModelAttribute("reactie") ReactieForm form, BindingResult fouten, Model model,
            RedirectAttributes redirect) {
        if (!fouten.hasErrors()) {
            try {
                signalen.reageer(ik, id, form.getTekst());
                meldingen.gelukt(redirect, "signaal.reactie.gelukt");
                return "redirect:/signalen/" + id + "#gesprek";
            }
            catch (DomeinFout fout) {
                Afwijzing.op(fouten, fout, ReactieForm.VELDEN, model, meldingen);
            }
        }
        return detail(ik, id, model);
    }

    @PostMapping("/signalen/{id}/stand")
    String zetStand(@Ingelogd Medewerker ik, @PathVariable SignaalId id,
            @Valid @ModelAttribute("stand") StandForm form, BindingResult fouten, Model model,
            RedirectAttributes redirect) {
        return schrijf(ik, id, fouten, form.getVersie(), StandForm.VELDEN, model, redirect, "signaal.stand.gelukt",
                versie -> signalen.zetStand(ik, id, versie, java.util.Objects.requireNonNull(form.getStatus()),
                        form.getToelichting()));
    }

    @PostMapping("/signalen/{id}/afsluiting")
    String sluitAf(@Ingelogd Medewerker ik, @PathVariable SignaalId id,
            @Valid @ModelAttribute("afsluiting") AfsluitForm form, BindingResult fouten, Model model,
            RedirectAttributes redirect) {
        return schrijf(ik, id, fouten, form.getVersie(), AfsluitForm.VELDEN, model, redirect,
                "signaal.afsluiting.gelukt",
                versie -> signalen.sluitAf(ik, id, versie, form.getAfsluitnotitie(), form.isOndanksOpenActies()));
    }

    @PostMapping("/signalen/{id}/heropening")
    String heropen(@Ingelogd Medewerker ik, @PathVariable SignaalId id, @RequestParam long versie,
            @RequestParam(required = false) @Nullable String toelichting, RedirectAttributes redirect) {
        try {
            signalen.heropen(ik, id, versie, toelichting);
            meldingen.gelukt(redirect, "signaal.heropening.gelukt");
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
        }
        return "redirect:/signalen/" + id;
    }

    @PostMapping("/signalen/{id}/acties")
    String voegActieToe(@Ingelogd Medewerker ik, @PathVariable SignaalId id,
            @Valid @ModelAttribute("actie") ActieForm form, BindingResult fouten, Model model,
            RedirectAttributes redirect) {
        if (!fouten.hasErrors()) {
            try {
                signalen.voegActieToe(ik, id, form.toGegevens(ik.id()));
                meldingen.gelukt(redirect, "signaal.actie.gelukt");
                return "redirect:/signalen/" + id + "#plan";
            }
            catch (DomeinFout fout) {
                Afwijzing.op(fouten, fout, ActieForm.VELDEN, model, meldingen);
            }
        }
        model.addAttribute("actieOpen", true);
        return detail(ik, id, model);
    }

    /** One tap: an action done today, or open again. */
    @PostMapping("/signalen/{id}/acties/{actie}/gedaan")
    String markeer(@Ingelogd Medewerker ik, @PathVariable SignaalId id, @PathVariable UUID actie,
            @RequestParam long versie, @RequestParam(defaultValue = "true") boolean gedaan,
            @RequestParam(required = false) @Nullable String terug, RedirectAttributes redirect) {
        HuishoudenId h = signalen.huishoudenVan(ik, id).orElseThrow(NietGevonden::new);
        try {
            signalen.markeerActie(ik, id, actie, versie, gedaan);
            meldingen.gelukt(redirect, gedaan ? "signaal.actie.gedaan" : "signaal.actie.heropend");
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
        }
        return "dossier".equals(terug) ? "redirect:/huishoudens/" + h : "redirect:/signalen/" + id + "#plan";
    }

    /** A write with a version: invalid input re-renders the page; a stale version shows the current state. */
    private String schrijf(Medewerker ik, SignaalId id, BindingResult fouten, @Nullable Long versie,
            java.util.Map<String, String> velden, Model model, RedirectAttributes redirect, String gelukt,
            java.util.function.LongFunction<Signaal> actie) {
        if (versie == null) {
            meldingen.mislukt(redirect, new GelijktijdigGewijzigd());
            return "redirect:/signalen/" + id;
        }
        if (!fouten.hasErrors()) {
            try {
                actie.apply(versie);
                meldingen.gelukt(redirect, gelukt);
                return "redirect:/signalen/" + id;
            }
            catch (GelijktijdigGewijzigd fout) {
                meldingen.mislukt(redirect, fout);
                return "redirect:/signalen/" + id;
            }
            catch (DomeinFout fout) {
                Afwijzing.op(fouten, fout, velden, model, meldingen);
            }
        }
        return detail(ik, id, model);
    }

    private String detail(Medewerker ik, SignaalId id, Model model) {
        SignaalService.SignaalInzage inzage = signalen.find(ik, id).orElseThrow(NietGevonden::new);
        Signaal s = inzage.signaal();
        LocalDate vandaag = LocalDate.now(clock);
        if (!model.containsAttribute("reactie")) {
            model.addAttribute("reactie", new ReactieForm());
        }
        if (!model.containsAttribute("stand")) {
            model.addAttribute("stand", StandForm.van(s));
        }
        if (!model.containsAttribute("afsluiting")) {
            model.addAttribute("afsluiting", AfsluitForm.van(s));
        }
        if (!model.containsAttribute("actie")) {
            model.addAttribute("actie", ActieForm.nieuw(vandaag));
        }
        model.addAttribute("inzage", inzage);
        model.addAttribute("s", s);
        model.addAttribute("h", inzage.huishouden());
        model.addAttribute("mag", inzage.magBeheren());
        model.addAttribute("magReageren", inzage.magReageren());
        model.addAttribute("eigenaren", meldingen.opties(Eigenaar.values(), "signaal.eigenaar."));
        return keuzes(inzage.huishouden(), "signaal/detail", model);
    }

    private String keuzes(Huishouden h, String template, Model model) {
        model.addAttribute("vandaag", LocalDate.now(clock));
        model.addAttribute("zone", clock.getZone());
        List<Keuze> categorieen = new ArrayList<>();
        categorieen.add(new Keuze("", meldingen.tekst("signaal.kies")));
        categorieen.addAll(meldingen.opties(Categorie.values(), "signaal.categorie."));
        model.addAttribute("categorieen", categorieen);
        model.addAttribute("urgenties", meldingen.opties(Urgentie.values(), "signaal.urgentie."));
        List<Keuze> personen = new ArrayList<>();
        personen.add(new Keuze("", meldingen.tekst("signaal.persoon.huishouden")));
        h.personen().forEach(p -> personen.add(new Keuze(p.id().toString(), p.naam())));
        model.addAttribute("personen", personen);
        return template;
    }
}

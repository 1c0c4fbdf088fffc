package nl.wegwijs.zelfredzaamheid.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wegwijs.organisatie.Contract;
import nl.wegwijs.organisatie.Gemeente;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Uitvoerder;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.system.Meldingen;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.zelfredzaamheid.Instelling;
import nl.wegwijs.zelfredzaamheid.Instrument;
import nl.wegwijs.zelfredzaamheid.ZelfredzaamheidService;

/**
 * The instruments and, per contract, which instrument, domains, measurement moments and "zelfredzaam genoeg?" rule
 * apply: for the beheerder (every contract) and the regievoerder (their gemeente's). No personal data.
 */
@Controller
public class InstellingenController {

    private final ZelfredzaamheidService zelf;
    private final OrganisatieService organisaties;
    private final Meldingen meldingen;

    InstellingenController(ZelfredzaamheidService zelf, OrganisatieService organisaties, Meldingen meldingen) {
        this.zelf = zelf;
        this.organisaties = organisaties;
        this.meldingen = meldingen;
    }

    /** A contract as the page lists it: its parties and its settings. */
    public record Regel(Contract contract, String naam, Instelling instelling, String instrument) {

        public String momenten() {
            return InstellingenController.momenten(instelling.momenten());
        }
    }

    @GetMapping("/zelfredzaamheid/instellingen")
    String overzicht(@Ingelogd Medewerker ik, Model model) {
        List<Instrument> instrumenten = zelf.instrumenten();
        List<Regel> regels = new ArrayList<>();
        for (Contract c : zelf.contracten(ik)) {
            Instelling i = zelf.instelling(ik, c.id());
            regels.add(new Regel(c, naam(c), i, instrumenten.stream().filter(x -> x.id().equals(i.instrumentId()))
                .map(Instrument::naam).findFirst().orElse("?")));
        }
        model.addAttribute("instrumenten", instrumenten);
        model.addAttribute("regels", regels);
        return "zelfredzaamheid/instellingen";
    }

    @GetMapping("/zelfredzaamheid/instellingen/{contract}")
    String bewerk(@Ingelogd Medewerker ik, @PathVariable UUID contract, Model model) {
        Instelling i = zelf.instelling(ik, contract);
        return formulier(ik, contract, i.instrumentId(), i.domeinen(), momenten(i.momenten()),
                String.valueOf(i.nulmetingWeken()), i.eindmeting(), i.drempel() == null ? "" : i.drempel().toString(),
                String.valueOf(i.toegestaanOnder()), i.standaard() ? 0 : i.versie(), model);
    }

    @PostMapping("/zelfredzaamheid/instellingen/{contract}")
    String bewaar(@Ingelogd Medewerker ik, @PathVariable UUID contract, @RequestParam UUID instrument,
            @RequestParam(required = false) @Nullable List<UUID> domein, @RequestParam(defaultValue = "") String momenten,
            @RequestParam(defaultValue = "") String nulmetingWeken, @RequestParam(defaultValue = "false") boolean eindmeting,
            @RequestParam(defaultValue = "") String drempel, @RequestParam(defaultValue = "0") String toegestaanOnder,
            @RequestParam long versie, Model model, RedirectAttributes redirect) {
        Set<UUID> domeinen = new LinkedHashSet<>(domein == null ? List.of() : domein);
        try {
            Instrument ins = zelf.instrumenten().stream().filter(x -> x.id().equals(instrument)).findFirst()
                .orElseThrow(() -> new DomeinFout("zelfredzaamheid.fout.instrument"));
            // only the boxes of the chosen instrument count; all of them ticked = all (also those added later)
            domeinen.removeIf(d -> ins.domein(d).isEmpty());
            if (domeinen.isEmpty()) {
                throw new DomeinFout("zelfredzaamheid.fout.geen-domein");
            }
            if (domeinen.size() == ins.domeinen().size()) {
                domeinen = Set.of();
            }
            Instelling i = new Instelling(contract, instrument, domeinen, leesMomenten(momenten),
                    getal(nulmetingWeken, "zelfredzaamheid.fout.nulmeting-weken"), eindmeting,
                    drempel.isBlank() ? null : getal(drempel, "zelfredzaamheid.fout.drempel-getal"),
                    getal(toegestaanOnder, "zelfredzaamheid.fout.toegestaan-onder"), versie, false);
            zelf.bewaar(ik, i, versie);
            meldingen.gelukt(redirect, "zelfredzaamheid.instelling.gelukt");
            return "redirect:/zelfredzaamheid/instellingen";
        }
        catch (GelijktijdigGewijzigd fout) {
            meldingen.mislukt(redirect, fout);
            return "redirect:/zelfredzaamheid/instellingen/" + contract;
        }
        catch (DomeinFout fout) {
            model.addAttribute("fout", meldingen.tekst(fout.code(), fout.argumenten()));
            return formulier(ik, contract, instrument, domein == null ? Set.of() : new LinkedHashSet<>(domein),
                    momenten, nulmetingWeken, eindmeting, drempel, toegestaanOnder, versie, model);
        }
    }

    private String formulier(Medewerker ik, UUID contract, UUID instrument, Set<UUID> domeinen, String momenten,
            String nulmetingWeken, boolean eindmeting, String drempel, String toegestaanOnder, long versie,
            Model model) {
        Contract c = zelf.contracten(ik).stream().filter(x -> x.id().equals(contract)).findFirst()
            .orElseThrow(NietGevonden::new);
        model.addAttribute("contract", c);
        model.addAttribute("naam", naam(c));
        model.addAttribute("instrumenten", zelf.instrumenten());
        model.addAttribute("instrument", instrument);
        model.addAttribute("domeinen", domeinen);
        model.addAttribute("momenten", momenten);
        model.addAttribute("nulmetingWeken", nulmetingWeken);
        model.addAttribute("eindmeting", eindmeting);
        model.addAttribute("drempel", drempel);
        model.addAttribute("toegestaanOnder", toegestaanOnder);
        model.addAttribute("versie", versie);
        return "zelfredzaamheid/instelling";
    }

    private String naam(Contract c) {
        return organisaties.gemeente(c.gemeenteId()).map(Gemeente::naam).orElse("?") + " – "
                + organisaties.uitvoerder(c.uitvoerderId()).map(Uitvoerder::naam).orElse("?");
    }

    static String momenten(List<Integer> momenten) {
        return String.join(", ", momenten.stream().map(String::valueOf).toList());
    }

    static List<Integer> leesMomenten(String tekst) {
        List<Integer> lijst = new ArrayList<>();
        for (String deel : tekst.split("[,;\\s]+")) {
            if (!deel.isBlank()) {
                lijst.add(getal(deel, "zelfredzaamheid.fout.momenten"));
            }
        }
        return lijst;
    }

    private static int getal(String tekst, String fout) {
        try {
            return Integer.parseInt(tekst.strip());
        }
        catch (NumberFormatException e) {
            throw new DomeinFout(fout);
        }
    }
}

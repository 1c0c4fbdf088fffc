package nl.wegwijs.bewaren.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wegwijs.bewaren.Verhuisdossier;
import nl.wegwijs.bewaren.VerhuisService;
import nl.wegwijs.huishouden.Huishouden;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.Meldingen;
import nl.wegwijs.system.NietGevonden;

/**
 * The file following a household to another gemeente: the export (a JSON download from the household file) and the
 * import page of the new gemeente's regievoerder. Who may do what is decided in {@link VerhuisService}.
 */
@Controller
class VerhuisController {

    private final VerhuisService verhuizingen;
    private final OrganisatieService organisaties;
    private final Meldingen meldingen;

    VerhuisController(VerhuisService verhuizingen, OrganisatieService organisaties, Meldingen meldingen) {
        this.verhuizingen = verhuizingen;
        this.organisaties = organisaties;
        this.meldingen = meldingen;
    }

    @GetMapping("/huishoudens/{id}/verhuizing/export")
    ResponseEntity<byte[]> exporteer(@Ingelogd Medewerker ik, @PathVariable UUID id) {
        Verhuisdossier d = verhuizingen.exporteer(ik, new HuishoudenId(id));
        return ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_JSON)
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("verhuisdossier-" + id.toString().substring(0, 8) + ".json").build().toString())
            .header(HttpHeaders.CACHE_CONTROL, "no-store")
            .body(verhuizingen.alsJson(d));
    }

    @GetMapping("/verhuizing/import")
    String importPagina(@Ingelogd Medewerker ik, Model model) {
        if (!ik.heeftRol(Rol.REGIEVOERDER)) {
            throw new NietGevonden();
        }
        model.addAttribute("contracten", organisaties.contractenVoorAanmelding(ik, LocalDate.now()));
        return "bewaren/import";
    }

    @PostMapping("/verhuizing/import")
    String importeer(@Ingelogd Medewerker ik, @RequestParam(required = false) @Nullable MultipartFile bestand,
            @RequestParam(required = false) @Nullable UUID contract,
            @RequestParam(required = false) @Nullable String straat,
            @RequestParam(required = false) @Nullable String huisnummer,
            @RequestParam(required = false) @Nullable String postcode,
            @RequestParam(required = false) @Nullable String woonplaats, RedirectAttributes redirect)
            throws IOException {
        if (!ik.heeftRol(Rol.REGIEVOERDER)) {
            throw new NietGevonden();
        }
        try {
            if (contract == null) {
                throw new DomeinFout("bewaren.import.contract.leeg");
            }
            VerhuisService.Geimporteerd g = verhuizingen.importeer(ik, bestand == null ? null : bestand.getBytes(),
                    contract, new Huishouden.Adres(leeg(straat), leeg(huisnummer), leeg(postcode), leeg(woonplaats)));
            String tekst = meldingen.tekst("bewaren.import.gelukt", g.vanGemeente());
            if (g.bsnWeggelaten() > 0) {
                tekst += " " + meldingen.tekst("bewaren.import.bsn-weggelaten", g.bsnWeggelaten());
            }
            redirect.addFlashAttribute("melding", tekst);
            return "redirect:/huishoudens/" + g.traject().huishouden().value();
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
            return "redirect:/verhuizing/import";
        }
    }

    private static @Nullable String leeg(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

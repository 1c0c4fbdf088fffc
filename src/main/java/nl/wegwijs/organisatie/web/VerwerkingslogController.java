package nl.wegwijs.organisatie.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.verwerkingslog.Actie;
import nl.wegwijs.verwerkingslog.VerwerkingslogZoeker;
import nl.wegwijs.verwerkingslog.VerwerkingslogZoeker.Filter;
import nl.wegwijs.verwerkingslog.VerwerkingslogZoeker.Pagina;
import nl.wegwijs.verwerkingslog.VerwerkingslogZoeker.Positie;

/**
 * The processing log for the beheerder ({@code /beheer/verwerkingslog}) and the privacyfunctionaris
 * ({@code /privacy/verwerkingslog}; the same page, the service decides who may): newest first, {@value VerwerkingslogZoeker#PAGINA} a page, the next page after
 * the last row shown (keyset). Shows who acted (name and organisation) and ids of the data subjects, never their
 * names. Without dates it shows the last month up to today.
 */
@Controller
public class VerwerkingslogController {

    private static final String PAGINA = "beheer/verwerkingslog";
    static final String BEHEER = "/beheer/verwerkingslog";
    static final String PRIVACY = "/privacy/verwerkingslog";
    /** How many medewerkers whose name matches the filter the page offers to choose from. */
    static final int KEUZES = 20;

    private final VerwerkingslogZoeker zoeker;
    private final OrganisatieService organisaties;
    private final Keuzes keuzes;
    private final Clock clock;

    VerwerkingslogController(VerwerkingslogZoeker zoeker, OrganisatieService organisaties, Keuzes keuzes,
            Clock clock) {
        this.zoeker = zoeker;
        this.organisaties = organisaties;
        this.keuzes = keuzes;
        this.clock = clock;
    }

    /** One row as shown: the moment in local time and the names of who acted and for which organisation. */
    public record LogRegel(LocalDateTime wanneer, String medewerker, String organisatie, Actie actie, String doel,
            String activiteit, UUID betrokkene, @Nullable UUID huishouden, String recordSoort, UUID recordId,
            boolean geslaagd, @Nullable UUID trace) {
    }

    @GetMapping({ BEHEER, PRIVACY })
    String verwerkingslog(@Ingelogd Medewerker ik, @Valid @ModelAttribute("filter") VerwerkingslogForm filter,
            BindingResult result, Model model, HttpServletRequest request) {
        if (!ik.heeftRol(Rol.BEHEERDER, Rol.PRIVACYFUNCTIONARIS)) {
            throw new NietGevonden();
        }
        String basis = request.getRequestURI().substring(request.getContextPath().length()).startsWith(PRIVACY)
                ? PRIVACY : BEHEER;
        model.addAttribute("basis", basis);
        ZoneId zone = clock.getZone();
        LocalDate vandaag = LocalDate.now(clock);
        LocalDate van = Objects.requireNonNullElse(filter.van(), vandaag.minusMonths(1));
        LocalDate tot = Objects.requireNonNullElse(filter.tot(), vandaag);
        model.addAttribute("van", van);
        model.addAttribute("tot", tot);
        model.addAttribute("actieKeuzes", keuzes.acties());
        model.addAttribute("regels", List.of());
        model.addAttribute("volgendeUrl", null);
        model.addAttribute("eersteUrl", url(basis, filter, van, tot, null));
        model.addAttribute("vervolg", filter.naTijdstip() != null);
        if (!BeheerFormulieren.gebonden(result)) {
            return PAGINA;
        }
        if (tot.isBefore(van)) {
            result.rejectValue("tot", "beheer.log.tot.voor-van");
        }
        UUID medewerkerId = null;
        if (filter.heeftMedewerker() && !result.hasFieldErrors("medewerker")) {
            Medewerker gekozen = medewerker(basis, ik, filter, van, tot, result, model);
            if (gekozen == null) {
                return PAGINA;
            }
            medewerkerId = gekozen.id();
        }
        if (result.hasErrors()) {
            return PAGINA;
        }
        Filter zoek = new Filter(medewerkerId, filter.betrokkene(), filter.huishouden(), filter.actie(),
                van.atStartOfDay(zone).toInstant(), tot.plusDays(1).atStartOfDay(zone).toInstant(), filter.trace(),
                filter.alleenMislukt());
        Positie na = filter.naTijdstip() != null && filter.naId() != null
                ? new Positie(filter.naTijdstip(), filter.naId()) : null;
        Pagina pagina = zoeker.pagina(zoek, na);
        model.addAttribute("regels", regels(pagina, zone));
        model.addAttribute("volgendeUrl",
                pagina.volgende() == null ? null : url(basis, filter, van, tot, pagina.volgende()));
        return PAGINA;
    }

    /**
     * Who the filter names: the medewerker with exactly this username, else the one whose display name contains the
     * text (case-insensitive). Null when none (a field error) or several match: then the page offers them to choose
     * from (at most {@value #KEUZES}), each a link to this search with that username.
     */
    private @Nullable Medewerker medewerker(String basis, Medewerker ik, VerwerkingslogForm filter, LocalDate van,
            LocalDate tot, BindingResult result, Model model) {
        String invoer = Objects.requireNonNull(filter.medewerker()).strip();
        Medewerker gekozen = organisaties.medewerkerMetGebruikersnaam(ik, invoer).orElse(null);
        if (gekozen == null) {
            List<Medewerker> treffers = organisaties.zoekMedewerkersOpNaam(ik, invoer, KEUZES + 1);
            if (treffers.isEmpty()) {
                result.rejectValue("medewerker", "beheer.log.medewerker.onbekend");
                return null;
            }
            if (treffers.size() > 1) {
                Map<UUID, String> organisatieNamen = organisatieNamen();
                model.addAttribute("medewerkerKeuzes", treffers.stream().limit(KEUZES)
                    .map(m -> new MedewerkerKeuze(m.naam(), m.gebruikersnaam(),
                            organisatieNamen.getOrDefault(m.organisatieId(), ""),
                            url(basis, filter.met(m.gebruikersnaam()), van, tot, null)))
                    .toList());
                model.addAttribute("medewerkerMeer", treffers.size() > KEUZES);
                return null;
            }
            gekozen = treffers.get(0);
        }
        model.addAttribute("gekozenMedewerker", new MedewerkerKeuze(gekozen.naam(), gekozen.gebruikersnaam(),
                organisatieNamen().getOrDefault(gekozen.organisatieId(), ""), null));
        return gekozen;
    }

    /** A medewerker the filter may mean: name, username, organisation, and the search with them. */
    public record MedewerkerKeuze(String naam, String gebruikersnaam, String organisatie, @Nullable String url) {
    }

    private Map<UUID, String> organisatieNamen() {
        Map<UUID, String> namen = new HashMap<>();
        organisaties.gemeenten().forEach(g -> namen.put(g.id(), g.naam()));
        organisaties.uitvoerders().forEach(u -> namen.put(u.id(), u.naam()));
        return namen;
    }

    /** This search again, from the newest row or after a position; only the filters that are set. */
    private static String url(String basis, VerwerkingslogForm filter, LocalDate van, LocalDate tot,
            @Nullable Positie na) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(basis);
        if (filter.heeftMedewerker()) {
            url.queryParam("medewerker", Objects.requireNonNull(filter.medewerker()).strip());
        }
        if (filter.betrokkene() != null) {
            url.queryParam("betrokkene", filter.betrokkene());
        }
        if (filter.huishouden() != null) {
            url.queryParam("huishouden", filter.huishouden());
        }
        if (filter.actie() != null) {
            url.queryParam("actie", filter.actie().name());
        }
        if (filter.trace() != null) {
            url.queryParam("trace", filter.trace());
        }
        if (filter.alleenMislukt()) {
            url.queryParam("mislukt", true);
        }
        url.queryParam("van", van).queryParam("tot", tot);
        if (na != null) {
            url.queryParam("naTijdstip", na.tijdstip()).queryParam("naId", na.id());
        }
        return url.encode().build().toUriString();
    }

    private List<LogRegel> regels(Pagina pagina, ZoneId zone) {
        Set<UUID> mensen = new HashSet<>();
        pagina.regels().forEach(r -> mensen.add(r.medewerkerId()));
        Map<UUID, String> namen = organisaties.namen(mensen);
        Map<UUID, String> organisatieNamen = organisatieNamen();
        return pagina.regels().stream()
            .map(r -> new LogRegel(LocalDateTime.ofInstant(r.tijdstip(), zone),
                    namen.getOrDefault(r.medewerkerId(), r.medewerkerId().toString()),
                    r.organisatieId() == null ? "" : organisatieNamen.getOrDefault(r.organisatieId(), ""),
                    r.actie(), r.doel(), r.activiteit(), r.betrokkeneId(), r.huishoudenId(), r.recordSoort(),
                    r.recordId(), r.geslaagd(), r.traceId()))
            .toList();
    }
}

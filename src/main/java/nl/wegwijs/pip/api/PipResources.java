package nl.wegwijs.pip.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.pip.Akkoordwijze;
import nl.wegwijs.pip.Bijstelreden;
import nl.wegwijs.pip.Doel;
import nl.wegwijs.pip.DoelGegevens;
import nl.wegwijs.pip.DoelStatus;
import nl.wegwijs.pip.Doeltermijn;
import nl.wegwijs.pip.Eigenaar;
import nl.wegwijs.pip.Intensiteit;
import nl.wegwijs.pip.Leefgebied;
import nl.wegwijs.pip.Leerroute;
import nl.wegwijs.pip.Pip;
import nl.wegwijs.pip.PipService;
import nl.wegwijs.pip.PipVersie;
import nl.wegwijs.pip.Plan;
import nl.wegwijs.pip.Taalniveau;
import nl.wegwijs.pip.Versiestatus;
import nl.wegwijs.pip.Voortgang;
import nl.wegwijs.pip.api.PipRegistratieResources.PipDelingResource;
import nl.wegwijs.pip.api.PipRegistratieResources.PipGesprekResource;

/** The request and response records of the PIP API. */
final class PipResources {

    private PipResources() {
    }

    /** A person's PIP: versions oldest first (goals the reader may see only), what actually happened, progress. */
    @Schema(description = "Het PIP van één persoon: versies, werkelijke datums en voortgang")
    record PipResource(
            @Schema(description = "id van de persoon", example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d") UUID persoonId,
            @Schema(description = "id van het PIP", example = "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f") UUID id,
            @Schema(description = "versie voor optimistische vergrendeling: stuur deze mee bij een wijziging",
                    example = "4")
            long versie,
            @Schema(description = "wanneer versie 1 werd vastgesteld (de PIP-datum)", example = "2026-03-16",
                    nullable = true)
            @Nullable LocalDate vastgesteldOp,
            @Schema(description = "nummer van de geldende versie", example = "1", nullable = true)
            @Nullable Integer huidigeVersie,
            @Schema(description = "nummer van het open concept", example = "2", nullable = true)
            @Nullable Integer conceptVersie,
            @Schema(description = "eerste taalles", example = "2026-04-06", nullable = true)
            @Nullable LocalDate eersteTaallesOp,
            @Schema(description = "Module Arbeidsmarkt en Participatie "
                    + "afgerond", example = "2026-10-15", nullable = true)
            @Nullable LocalDate mapAfgerondOp,
            @Schema(description = "participatieverklaringstraject afgerond", example = "2026-09-01", nullable = true)
            @Nullable LocalDate pvtAfgerondOp,
            @Schema(description = "de versies, oudste eerst") List<VersieResource> versies,
            @Schema(description = "voortgang op de doelen die u mag zien") List<VoortgangResource> voortgang,
            @Schema(description = "de voortgangsgesprekken, nieuwste eerst") List<PipGesprekResource> gesprekken,
            @Schema(description = "met wie een versie van het PIP werd gedeeld, oudste eerst")
            List<PipDelingResource> delingen) {

        static PipResource from(PipService.PersoonPip pp) {
            Pip p = java.util.Objects.requireNonNull(pp.pip());
            return new PipResource(p.persoonId(), p.id(), p.versie(), p.vastgesteldOp(),
                    p.huidige().map(PipVersie::nummer).orElse(null), p.concept().map(PipVersie::nummer).orElse(null),
                    p.eersteTaallesOp(), p.mapAfgerondOp(), p.pvtAfgerondOp(),
                    p.versies().stream().map(VersieResource::from).toList(),
                    pp.alleVoortgang().stream().map(VoortgangResource::from).toList(),
                    pp.gesprekken().stream().map(PipGesprekResource::from).toList(),
                    pp.delingen().stream().map(PipDelingResource::from).toList());
        }
    }

    @Schema(description = "Eén versie van een PIP")
    record VersieResource(
            @Schema(description = "versienummer, vanaf 1", example = "2") int nummer,
            @Schema(description = "CONCEPT of VASTGESTELD", example = "VASTGESTELD") Versiestatus status,
            @Schema(description = "datum van het besluit", example = "2026-03-16", nullable = true)
            @Nullable LocalDate vastgesteldOp,
            @Schema(description = "reden van bijstellen: ROUTEWIJZIGING, VERHUIZING, NIEUWE_OMSTANDIGHEDEN of OVERIG "
                    + "(met toelichting)", example = "ROUTEWIJZIGING", nullable = true) @Nullable Bijstelreden reden,
            @Schema(description = "toelichting op de bijstelling", example = "Overstap van B1-route naar Z-route.",
                    nullable = true)
            @Nullable String toelichting,
            @Schema(description = "wanneer de inburgeraar akkoord gaf", example = "2026-03-18", nullable = true)
            @Nullable LocalDate akkoordOp,
            @Schema(description = "hoe: MONDELING, MONDELING_MET_TOLK of SCHRIFTELIJK", example = "MONDELING_MET_TOLK",
                    nullable = true)
            @Nullable Akkoordwijze akkoordWijze,
            @Schema(description = "het plan van deze versie") PlanVelden plan,
            @Schema(description = "de doelen die u mag zien") List<DoelResource> doelen) {

        static VersieResource from(PipVersie v) {
            return new VersieResource(v.nummer(), v.status(), v.vastgesteldOp(), v.reden(), v.toelichting(),
                    v.akkoordOp(), v.akkoordWijze(), PlanVelden.from(v.plan()),
                    v.doelen().stream().map(DoelResource::from).toList());
        }
    }

    /** A goal: {@code id} stays the same across versions; {@code stand} is where it stands now. */
    @Schema(description = "Een doel van het PIP; het id blijft gelijk over versies")
    record DoelResource(
            @Schema(description = "id van het doel", example = "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e") UUID id,
            @Schema(description = "versie van het doel, voor het melden van voortgang", example = "1") long versie,
            @Schema(description = "leefgebied: TAAL, WERK_EN_PARTICIPATIE, ONDERWIJS, FINANCIEN (ook zichtbaar voor "
                    + "de budgetcoach), GEZONDHEID, WONEN, GEZIN_EN_OPVOEDING of "
                    + "SOCIAAL_NETWERK", example = "TAAL") Leefgebied leefgebied,
            @Schema(description = "KORT of LANG", example = "KORT") Doeltermijn termijn,
            @Schema(description = "omschrijving", example = "Volgt drie dagdelen per week les bij het ROC.")
            String omschrijving,
            @Schema(description = "eigenaar: REGIEVOERDER, UITVOERDER (begeleider, teamleider, vrijwilliger), "
                    + "TAALSCHOOL, WERKCONSULENT, BUDGETCOACH of PERSOON (de inburgeraar "
                    + "zelf)", example = "TAALSCHOOL") Eigenaar eigenaar,
            @Schema(description = "contactpersoon bij de eigenaar", example = "Anouk Bakker, ROC "
                    + "Midden", nullable = true)
            @Nullable String contact,
            @Schema(description = "streefdatum", example = "2026-12-01", nullable = true) @Nullable LocalDate streefdatum,
            @Schema(description = "stand van het doel: OPEN, BEZIG, BEHAALD of GESTOPT, zoals in deze versie "
                    + "vastgelegd", example = "OPEN") DoelStatus status,
            @Schema(description = "stand van het doel: OPEN, BEZIG, BEHAALD of GESTOPT, nu (met de laatste "
                    + "voortgang)", example = "BEZIG") DoelStatus stand) {

        static DoelResource from(Doel d) {
            DoelGegevens g = d.gegevens();
            return new DoelResource(d.id(), d.versie(), g.leefgebied(), g.termijn(), g.omschrijving(), g.eigenaar(),
                    g.contact(), g.streefdatum(), g.status(), d.stand());
        }
    }

    @Schema(description = "Voortgang gemeld op een doel")
    record VoortgangResource(
            @Schema(description = "id van de melding", example = "4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b") UUID id,
            @Schema(description = "id van het doel", example = "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e") UUID doelId,
            @Schema(description = "datum", example = "2026-05-12") LocalDate op,
            @Schema(description = "wat er is gebeurd", example = "Eerste toets A1 gehaald.") String tekst,
            @Schema(description = "nieuwe stand van het doel: OPEN, BEZIG, BEHAALD of "
                    + "GESTOPT", example = "BEZIG", nullable = true) @Nullable DoelStatus status,
            @Schema(description = "rol van wie het meldde", example = "BEGELEIDER") Rol doorRol) {

        static VoortgangResource from(Voortgang v) {
            return new VoortgangResource(v.id(), v.doelId(), v.op(), v.tekst(), v.status(), v.doorRol());
        }
    }

    @Schema(description = "Het plan van een PIP-versie")
    record PlanVelden(
            @Schema(description = "leerroute: B1_ROUTE, ONDERWIJSROUTE of Z_ROUTE "
                    + "(zelfredzaamheidsroute)", example = "B1_ROUTE", nullable = true) @Nullable Leerroute leerroute,
            @Schema(description = "beoogd taalniveau: A1, A2, B1 of "
                    + "B2", example = "B1", nullable = true) @Nullable Taalniveau niveau,
            @Schema(description = "geplande afronding van de Module Arbeidsmarkt en "
                    + "Participatie", example = "2026-10-01",
                    nullable = true)
            @Nullable LocalDate mapGepland,
            @Schema(description = "geplande afronding van het participatieverklaringstraject", example = "2026-09-01",
                    nullable = true)
            @Nullable LocalDate pvtGepland,
            @Schema(description = "geplande start van de leerroute", example = "2026-04-06", nullable = true)
            @Nullable LocalDate startGepland,
            @Schema(description = "financieel ontzorgen hoort bij het plan", example = "true") boolean ontzorgen,
            @Schema(description = "intensiteit van de begeleiding: LICHT, GEMIDDELD (standaard) of "
                    + "INTENSIEF", example = "GEMIDDELD", nullable = true) @Nullable Intensiteit intensiteit) {

        static PlanVelden from(Plan p) {
            return new PlanVelden(p.leerroute(), p.niveau(), p.mapGepland(), p.pvtGepland(), p.startGepland(),
                    p.ontzorgen(), p.intensiteit());
        }
    }

    /** The draft's plan as it should be (PUT), with the PIP's version as last read. */
    @Schema(description = "Het plan van het concept zoals het moet worden, met de versie van het PIP")
    record PlanRequest(
            @Schema(description = "de versie van het PIP die u het laatst las (bij opstellen telt hij niet)",
                    example = "4", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{pip.api.versie.leeg}") @Nullable Long versie,
            @Schema(description = "leerroute: B1_ROUTE, ONDERWIJSROUTE of Z_ROUTE "
                    + "(zelfredzaamheidsroute)", example = "B1_ROUTE") @Nullable Leerroute leerroute,
            @Schema(description = "beoogd taalniveau: A1, A2, B1 of B2", example = "B1") @Nullable Taalniveau niveau,
            @Schema(description = "geplande afronding van de Module Arbeidsmarkt en "
                    + "Participatie", example = "2026-10-01")
            @Nullable LocalDate mapGepland,
            @Schema(description = "geplande afronding van het participatieverklaringstraject", example = "2026-09-01")
            @Nullable LocalDate pvtGepland,
            @Schema(description = "geplande start van de leerroute", example = "2026-04-06")
            @Nullable LocalDate startGepland,
            @Schema(description = "financieel ontzorgen hoort bij het plan; leeg: ja", example = "true")
            @Nullable Boolean ontzorgen,
            @Schema(description = "intensiteit van de begeleiding: LICHT, GEMIDDELD (standaard) of "
                    + "INTENSIEF", example = "GEMIDDELD") @Nullable Intensiteit intensiteit) {

        Plan plan() {
            return new Plan(leerroute, niveau, mapGepland, pvtGepland, startGepland,
                    ontzorgen == null || ontzorgen, intensiteit == null ? Intensiteit.GEMIDDELD : intensiteit);
        }
    }

    /** A goal of the draft as it should be, with the PIP's version as last read. */
    @Schema(description = "Een doel van het concept zoals het moet worden, met de versie van het PIP")
    record DoelRequest(
            @Schema(description = "de versie van het PIP die u het laatst "
                    + "las", example = "4", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{pip.api.versie.leeg}") @Nullable Long versie,
            @Schema(description = "leefgebied: TAAL, WERK_EN_PARTICIPATIE, ONDERWIJS, FINANCIEN (ook zichtbaar voor "
                    + "de budgetcoach), GEZONDHEID, WONEN, GEZIN_EN_OPVOEDING of "
                    + "SOCIAAL_NETWERK", example = "TAAL", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{pip.doel.keuze-leeg}") @Nullable Leefgebied leefgebied,
            @Schema(description = "KORT (standaard) of LANG", example = "KORT") @Nullable Doeltermijn termijn,
            @Schema(description = "omschrijving (verplicht)", example = "Volgt drie dagdelen per week les bij het ROC.")
            @Nullable String omschrijving,
            @Schema(description = "eigenaar: REGIEVOERDER, UITVOERDER (begeleider, teamleider, vrijwilliger), "
                    + "TAALSCHOOL, WERKCONSULENT, BUDGETCOACH of PERSOON (de inburgeraar "
                    + "zelf)", example = "TAALSCHOOL", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{pip.doel.keuze-leeg}") @Nullable Eigenaar eigenaar,
            @Schema(description = "contactpersoon bij de eigenaar", example = "Anouk Bakker, ROC Midden")
            @Nullable String contact,
            @Schema(description = "streefdatum", example = "2026-12-01") @Nullable LocalDate streefdatum,
            @Schema(description = "stand van het doel: OPEN, BEZIG, BEHAALD of GESTOPT; leeg: "
                    + "OPEN", example = "OPEN") @Nullable DoelStatus status) {

        DoelGegevens gegevens() {
            return new DoelGegevens(java.util.Objects.requireNonNull(leefgebied),
                    termijn == null ? Doeltermijn.KORT : termijn, omschrijving == null ? "" : omschrijving,
                    java.util.Objects.requireNonNull(eigenaar), contact, streefdatum,
                    status == null ? DoelStatus.OPEN : status);
        }
    }

    @Schema(description = "Het concept vaststellen op een datum")
    record VaststellingRequest(
            @Schema(description = "de versie van het PIP die u het laatst "
                    + "las", example = "4", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{pip.api.versie.leeg}") @Nullable Long versie,
            @Schema(description = "datum van het besluit, niet in de "
                    + "toekomst", example = "2026-03-16", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{pip.datum.leeg}") @Nullable LocalDate op) {
    }

    @Schema(description = "Het PIP bijstellen met een reden")
    record BijstellingRequest(
            @Schema(description = "de versie van het PIP die u het laatst "
                    + "las", example = "5", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{pip.api.versie.leeg}") @Nullable Long versie,
            @Schema(description = "reden van bijstellen: ROUTEWIJZIGING, VERHUIZING, NIEUWE_OMSTANDIGHEDEN of OVERIG "
                    + "(met toelichting)", example = "ROUTEWIJZIGING", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{pip.reden.leeg}") @Nullable Bijstelreden reden,
            @Schema(description = "toelichting; nodig bij OVERIG", example = "Overstap van B1-route naar Z-route.")
            @Nullable String toelichting) {
    }

    /** A progress report on a goal, with the goal's version as last read. */
    @Schema(description = "Voortgang op een doel, met de versie van het doel")
    record VoortgangRequest(
            @Schema(description = "de versie van het doel die u het laatst "
                    + "las", example = "1", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{pip.api.versie.leeg}") @Nullable Long versie,
            @Schema(description = "datum, niet in de "
                    + "toekomst", example = "2026-05-12", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{pip.datum.leeg}") @Nullable LocalDate op,
            @Schema(description = "wat er is gebeurd", example = "Eerste toets A1 gehaald.") @Nullable String tekst,
            @Schema(description = "nieuwe stand van het doel: OPEN, BEZIG, BEHAALD of GESTOPT; leeg: "
                    + "ongewijzigd", example = "BEZIG") @Nullable DoelStatus status) {
    }
}

package nl.wegwijs.pip.api;

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

/** The request and response records of the PIP API. */
final class PipResources {

    private PipResources() {
    }

    /** A person's PIP: versions oldest first (goals the reader may see only), what actually happened, progress. */
    record PipResource(UUID persoonId, UUID id, long versie, @Nullable LocalDate vastgesteldOp,
            @Nullable Integer huidigeVersie, @Nullable Integer conceptVersie, @Nullable LocalDate eersteTaallesOp,
            @Nullable LocalDate mapAfgerondOp, @Nullable LocalDate pvtAfgerondOp, List<VersieResource> versies,
            List<VoortgangResource> voortgang) {

        static PipResource from(PipService.PersoonPip pp) {
            Pip p = java.util.Objects.requireNonNull(pp.pip());
            return new PipResource(p.persoonId(), p.id(), p.versie(), p.vastgesteldOp(),
                    p.huidige().map(PipVersie::nummer).orElse(null), p.concept().map(PipVersie::nummer).orElse(null),
                    p.eersteTaallesOp(), p.mapAfgerondOp(), p.pvtAfgerondOp(),
                    p.versies().stream().map(VersieResource::from).toList(),
                    pp.alleVoortgang().stream().map(VoortgangResource::from).toList());
        }
    }

    record VersieResource(int nummer, Versiestatus status, @Nullable LocalDate vastgesteldOp,
            @Nullable Bijstelreden reden, @Nullable String toelichting, @Nullable LocalDate akkoordOp,
            @Nullable Akkoordwijze akkoordWijze, PlanVelden plan, List<DoelResource> doelen) {

        static VersieResource from(PipVersie v) {
            return new VersieResource(v.nummer(), v.status(), v.vastgesteldOp(), v.reden(), v.toelichting(),
                    v.akkoordOp(), v.akkoordWijze(), PlanVelden.from(v.plan()),
                    v.doelen().stream().map(DoelResource::from).toList());
        }
    }

    /** A goal: {@code id} stays the same across versions; {@code stand} is where it stands now. */
    record DoelResource(UUID id, long versie, Leefgebied leefgebied, Doeltermijn termijn, String omschrijving,
            Eigenaar eigenaar, @Nullable String contact, @Nullable LocalDate streefdatum, DoelStatus status,
            DoelStatus stand) {

        static DoelResource from(Doel d) {
            DoelGegevens g = d.gegevens();
            return new DoelResource(d.id(), d.versie(), g.leefgebied(), g.termijn(), g.omschrijving(), g.eigenaar(),
                    g.contact(), g.streefdatum(), g.status(), d.stand());
        }
    }

    record VoortgangResource(UUID id, UUID doelId, LocalDate op, String tekst, @Nullable DoelStatus status,
            Rol doorRol) {

        static VoortgangResource from(Voortgang v) {
            return new VoortgangResource(v.id(), v.doelId(), v.op(), v.tekst(), v.status(), v.doorRol());
        }
    }

    record PlanVelden(@Nullable Leerroute leerroute, @Nullable Taalniveau niveau, @Nullable LocalDate mapGepland,
            @Nullable LocalDate pvtGepland, @Nullable LocalDate startGepland, boolean ontzorgen,
            @Nullable Intensiteit intensiteit) {

        static PlanVelden from(Plan p) {
            return new PlanVelden(p.leerroute(), p.niveau(), p.mapGepland(), p.pvtGepland(), p.startGepland(),
                    p.ontzorgen(), p.intensiteit());
        }
    }

    /** The draft's plan as it should be (PUT), with the PIP's version as last read. */
    record PlanRequest(@NotNull(message = "{pip.api.versie.leeg}") @Nullable Long versie,
            @Nullable Leerroute leerroute, @Nullable Taalniveau niveau, @Nullable LocalDate mapGepland,
            @Nullable LocalDate pvtGepland, @Nullable LocalDate startGepland, @Nullable Boolean ontzorgen,
            @Nullable Intensiteit intensiteit) {

        Plan plan() {
            return new Plan(leerroute, niveau, mapGepland, pvtGepland, startGepland,
                    ontzorgen == null || ontzorgen, intensiteit == null ? Intensiteit.GEMIDDELD : intensiteit);
        }
    }

    /** A goal of the draft as it should be, with the PIP's version as last read. */
    record DoelRequest(@NotNull(message = "{pip.api.versie.leeg}") @Nullable Long versie,
            @NotNull(message = "{pip.doel.keuze-leeg}") @Nullable Leefgebied leefgebied,
            @Nullable Doeltermijn termijn, @Nullable String omschrijving,
            @NotNull(message = "{pip.doel.keuze-leeg}") @Nullable Eigenaar eigenaar, @Nullable String contact,
            @Nullable LocalDate streefdatum, @Nullable DoelStatus status) {

        DoelGegevens gegevens() {
            return new DoelGegevens(java.util.Objects.requireNonNull(leefgebied),
                    termijn == null ? Doeltermijn.KORT : termijn, omschrijving == null ? "" : omschrijving,
                    java.util.Objects.requireNonNull(eigenaar), contact, streefdatum,
                    status == null ? DoelStatus.OPEN : status);
        }
    }

    record VaststellingRequest(@NotNull(message = "{pip.api.versie.leeg}") @Nullable Long versie,
            @NotNull(message = "{pip.datum.leeg}") @Nullable LocalDate op) {
    }

    record BijstellingRequest(@NotNull(message = "{pip.api.versie.leeg}") @Nullable Long versie,
            @NotNull(message = "{pip.reden.leeg}") @Nullable Bijstelreden reden, @Nullable String toelichting) {
    }

    /** A progress report on a goal, with the goal's version as last read. */
    record VoortgangRequest(@NotNull(message = "{pip.api.versie.leeg}") @Nullable Long versie,
            @NotNull(message = "{pip.datum.leeg}") @Nullable LocalDate op, @Nullable String tekst,
            @Nullable DoelStatus status) {
    }
}

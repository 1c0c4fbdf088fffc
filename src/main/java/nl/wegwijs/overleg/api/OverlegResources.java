package nl.wegwijs.overleg.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.overleg.Afspraak;
import nl.wegwijs.overleg.Agendapunt;
import nl.wegwijs.overleg.Deelnemer;
import nl.wegwijs.overleg.Overleg;
import nl.wegwijs.overleg.OverlegService;
import nl.wegwijs.overleg.Reden;
import nl.wegwijs.overleg.Reeks;
import nl.wegwijs.overleg.Taak;

/** The response and request records of the meetings API (one file: they are small and belong together). */
final class OverlegResources {

    private OverlegResources() {
    }

    @Schema(name = "OverlegDeelnemer", description = "Vaste deelnemer: een medewerker in Wegwijs (medewerkerId) of "
            + "iemand van buiten met naam en rol")
    record OverlegDeelnemerResource(
            @Schema(description = "id van de medewerker in Wegwijs; leeg voor iemand van buiten",
                    example = "5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b", nullable = true)
            @Nullable UUID medewerkerId,
            @Schema(description = "naam, tot 200 tekens", example = "Fatima El Amrani") String naam,
            @Schema(description = "rol of functie, tot 200 tekens", example = "REGIEVOERDER", nullable = true)
            @Nullable String rol) {
        static OverlegDeelnemerResource from(Deelnemer d) {
            return new OverlegDeelnemerResource(d.medewerkerId(), d.naam(), d.rol());
        }
    }

    @Schema(name = "OverlegReeks", description = "Een vast casuïstiekoverleg van een gemeente")
    record ReeksResource(
            @Schema(description = "id van het vaste overleg", example = "3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b") UUID id,
            @Schema(description = "id van de "
                    + "gemeente", example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d") UUID gemeenteId,
            @Schema(description = "id van de ene uitvoerder waarover het gaat; leeg: alle uitvoerders",
                    example = "4b3a2c1d-0e9f-4a8b-9c7d-6e5f4a3b2c1d", nullable = true)
            @Nullable UUID uitvoerderId,
            @Schema(description = "naam", example = "Casuïstiekoverleg statushouders Noord") String naam,
            @Schema(description = "elke hoeveel weken, 1 tot en met 26", example = "4") int frequentieWeken,
            @Schema(description = "de vaste deelnemers") List<OverlegDeelnemerResource> deelnemers,
            @Schema(description = "versie voor optimistische vergrendeling", example = "2") long versie) {
        static ReeksResource from(Reeks r) {
            return new ReeksResource(r.id(), r.gemeenteId(), r.uitvoerderId(), r.naam(), r.frequentieWeken(),
                    r.deelnemers().stream().map(OverlegDeelnemerResource::from).toList(), r.versie());
        }
    }

    @Schema(name = "OverlegReeksRequest", description = "Een vast overleg: naam, elke hoeveel weken, eventueel één "
            + "uitvoerder, vaste deelnemers")
    record ReeksRequest(
            @Schema(description = "naam, tot 200 tekens", example = "Casuïstiekoverleg statushouders Noord")
            @Nullable String naam,
            @Schema(description = "elke hoeveel weken, 1 tot en met "
                    + "26", example = "4") @Nullable Integer frequentieWeken,
            @Schema(description = "één uitvoerder met een contract met de gemeente; leeg: alle uitvoerders",
                    example = "4b3a2c1d-0e9f-4a8b-9c7d-6e5f4a3b2c1d")
            @Nullable UUID uitvoerderId,
            @Schema(description = "vaste deelnemers in Wegwijs: regievoerders van de gemeente en teamleiders van "
                    + "uitvoerders met een contract", example = "[\"5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b\"]")
            @Nullable List<UUID> medewerkers,
            @Schema(description = "vaste deelnemers van buiten, met naam en rol (medewerkerId leeg)")
            @Nullable List<OverlegDeelnemerResource> extern,
            @Schema(description = "bij wijzigen: de versie die u het laatst las; bij maken leeg", example = "2")
            @Nullable Long versie) {
        OverlegService.ReeksInvoer toInvoer() {
            return new OverlegService.ReeksInvoer(naam, frequentieWeken == null ? 0 : frequentieWeken, uitvoerderId,
                    medewerkers == null ? List.of() : medewerkers,
                    extern == null ? List.of() : extern.stream().map(e -> new Deelnemer(null,
                            e.naam() == null ? "" : e.naam(), e.rol())).toList());
        }
    }

    @Schema(name = "Overleg", description = "Eén casuïstiekoverleg op een datum")
    record OverlegResource(
            @Schema(description = "id van het overleg", example = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d") UUID id,
            @Schema(description = "id van het vaste overleg", example = "3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b")
            UUID reeksId,
            @Schema(description = "datum", example = "2026-04-09") LocalDate datum,
            @Schema(description = "wanneer de agenda het laatst werd gemaakt; leeg: nog niet",
                    example = "2026-04-02T08:00:00Z", nullable = true)
            @Nullable Instant agendaGemaaktOp,
            @Schema(description = "versie voor optimistische vergrendeling", example = "3") long versie) {
        static OverlegResource from(Overleg o) {
            return new OverlegResource(o.id(), o.reeksId(), o.datum(), o.agendaGemaaktOp(), o.versie());
        }
    }

    @Schema(name = "OverlegRequest", description = "Een overleg plannen of verzetten; bij verzetten de versie")
    record OverlegRequest(
            @Schema(description = "datum, van een jaar terug tot twee jaar vooruit; bij plannen leeg: de voorgestelde "
                    + "datum; bij verzetten verplicht", example = "2026-04-09")
            @Nullable LocalDate datum,
            @Schema(description = "bij verzetten: de versie die u het laatst las; bij plannen leeg", example = "3")
            @Nullable Long versie) {
    }

    @Schema(name = "OverlegVersie", description = "De versie van het overleg die u het laatst las")
    record VersieRequest(
            @Schema(description = "de versie van het overleg die u het laatst las", example = "3",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull @Nullable Long versie) {
    }

    @Schema(name = "OverlegAgendapunt", description = "Een huishouden op de agenda, waarom, en (als u het mag zien) "
            + "wat er is besproken")
    record AgendapuntResource(
            @Schema(description = "id van het agendapunt", example = "7c8d9e0f-1a2b-4c3d-9e4f-5a6b7c8d9e0f") UUID id,
            @Schema(description = "id van het overleg", example = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d")
            UUID overlegId,
            @Schema(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
            UUID huishoudenId,
            @Schema(description = "naam van het huishouden", example = "Haidari") String huishoudenNaam,
            @Schema(description = "waarom het op de agenda staat: SIGNAAL (open signalen), TE_LAAT (een termijn of "
                    + "onderdeel is verlopen), INGEBRACHT (met een vraag ingebracht)", example = "[\"SIGNAAL\"]")
            Set<Reden> redenen,
            @Schema(description = "de vraag van wie het inbracht", example = "Hoe krijgen we de schulden in beeld?",
                    nullable = true)
            @Nullable String vraag,
            @Schema(description = "plaats op de agenda", example = "2") int volgorde,
            @Schema(description = "wat er is besproken; leeg zonder de categorie notities, en in de agenda",
                    example = "Budgetcoach neemt contact op met de schuldhulp.", nullable = true)
            @Nullable String besproken,
            @Schema(description = "of u het besproken deel mag zien", example = "true") boolean besprokenZichtbaar,
            @Schema(description = "de afspraken over dit huishouden; leeg in de agenda", nullable = true)
            @Nullable List<AfspraakResource> afspraken,
            @Schema(description = "versie van het agendapunt, voor het verslag", example = "1") long versie) {
        static AgendapuntResource from(Agendapunt p) {
            return new AgendapuntResource(p.id(), p.overlegId(), p.huishoudenId(), p.huishoudenNaam(), p.redenen(),
                    p.vraag(), p.volgorde(), null, false, null, p.versie());
        }

        static AgendapuntResource from(OverlegService.PuntInzage pi) {
            Agendapunt p = pi.punt();
            return new AgendapuntResource(p.id(), p.overlegId(), p.huishoudenId(), p.huishoudenNaam(), p.redenen(),
                    p.vraag(), p.volgorde(), p.besproken(), pi.magNotities(),
                    pi.afspraken().stream().map(AfspraakResource::from).toList(), p.versie());
        }
    }

    @Schema(name = "OverlegInbreng", description = "Een huishouden inbrengen met een vraag")
    record InbrengRequest(
            @Schema(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull @Nullable UUID huishoudenId,
            @Schema(description = "de vraag, tot 2000 tekens", example = "Hoe krijgen we de schulden in beeld?",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @Nullable String vraag) {
    }

    @Schema(name = "OverlegVerslag", description = "Wat er over het huishouden is besproken (notities), met de versie "
            + "van het agendapunt")
    record VerslagRequest(
            @Schema(description = "wat er is besproken, tot 10.000 tekens; leeg maakt het leeg",
                    example = "Budgetcoach neemt contact op met de schuldhulp.")
            @Nullable String besproken,
            @Schema(description = "de versie van het agendapunt die u het laatst las", example = "1",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull @Nullable Long versie) {
    }

    @Schema(name = "OverlegAfspraak", description = "Een afspraak uit het overleg: een taak met eigenaar en datum")
    record AfspraakResource(
            @Schema(description = "id van de afspraak", example = "9e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b") UUID id,
            @Schema(description = "id van het agendapunt", example = "7c8d9e0f-1a2b-4c3d-9e4f-5a6b7c8d9e0f")
            UUID agendapuntId,
            @Schema(description = "id van het overleg", example = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d")
            UUID overlegId,
            @Schema(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
            UUID huishoudenId,
            @Schema(description = "wat er moet gebeuren", example = "Aanvraag bijzondere bijstand voor de inrichting")
            String omschrijving,
            @Schema(description = "de eigenaar als medewerker in Wegwijs; leeg voor iemand van buiten",
                    example = "5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b", nullable = true)
            @Nullable UUID eigenaarMedewerkerId,
            @Schema(description = "naam van de eigenaar", example = "Fatima El Amrani") String eigenaar,
            @Schema(description = "uiterlijk klaar op", example = "2026-04-30") LocalDate uiterlijk,
            @Schema(description = "OPEN of GEDAAN", example = "OPEN") Afspraak.Status status,
            @Schema(description = "versie voor optimistische vergrendeling", example = "1") long versie) {
        static AfspraakResource from(Afspraak a) {
            return new AfspraakResource(a.id(), a.puntId(), a.overlegId(), a.huishoudenId(), a.omschrijving(),
                    a.eigenaarMedewerker(), a.eigenaar(), a.uiterlijk(), a.status(), a.versie());
        }
    }

    @Schema(name = "OverlegAfspraakRequest", description = "Een nieuwe afspraak: eigenaarMedewerkerId of eigenaarNaam "
            + "(precies één)")
    record AfspraakRequest(
            @Schema(description = "wat er moet gebeuren, tot 1000 tekens",
                    example = "Aanvraag bijzondere bijstand voor de "
                            + "inrichting", requiredMode = Schema.RequiredMode.REQUIRED)
            @Nullable String omschrijving,
            @Schema(description = "de eigenaar: uzelf of een vaste deelnemer in Wegwijs (krijgt een melding)",
                    example = "5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b")
            @Nullable UUID eigenaarMedewerkerId,
            @Schema(description = "of: de naam van een eigenaar van buiten Wegwijs, tot 200 tekens",
                    example = "Wijkagent Bram de Vries")
            @Nullable String eigenaarNaam,
            @Schema(description = "uiterlijk klaar op: op of na de datum van het overleg, hooguit twee jaar later",
                    example = "2026-04-30", requiredMode = Schema.RequiredMode.REQUIRED)
            @Nullable LocalDate uiterlijk) {
        OverlegService.AfspraakInvoer toInvoer() {
            return new OverlegService.AfspraakInvoer(omschrijving, eigenaarMedewerkerId, eigenaarNaam, uiterlijk);
        }
    }

    @Schema(name = "OverlegAfspraakStatus", description = "Open of gedaan, met de versie van de afspraak")
    record StatusRequest(
            @Schema(description = "OPEN of GEDAAN", example = "GEDAAN", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull Afspraak.@Nullable Status status,
            @Schema(description = "de versie van de afspraak die u het laatst las", example = "1",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull @Nullable Long versie) {
    }

    @Schema(name = "OverlegTaak", description = "Een open afspraak van u, met de datum van het overleg en de naam van "
            + "het huishouden als u dat mag zien")
    record TaakResource(AfspraakResource afspraak, LocalDate overlegDatum, @Nullable String huishoudenNaam) {
        static TaakResource from(Taak t) {
            return new TaakResource(AfspraakResource.from(t.afspraak()), t.overlegDatum(), t.huishoudenNaam());
        }
    }
}

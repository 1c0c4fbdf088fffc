package nl.wegwijs.overleg.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
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

    @Schema(name = "OverlegDeelnemer", description = "Vaste deelnemer: een medewerker in Wegwijs (medewerkerId) of iemand van buiten met naam en rol")
    record DeelnemerResource(@Nullable UUID medewerkerId, String naam, @Nullable String rol) {
        static DeelnemerResource from(Deelnemer d) {
            return new DeelnemerResource(d.medewerkerId(), d.naam(), d.rol());
        }
    }

    @Schema(name = "OverlegReeks", description = "Een vast casuïstiekoverleg van een gemeente")
    record ReeksResource(UUID id, UUID gemeenteId, @Nullable UUID uitvoerderId, String naam, int frequentieWeken,
            List<DeelnemerResource> deelnemers, long versie) {
        static ReeksResource from(Reeks r) {
            return new ReeksResource(r.id(), r.gemeenteId(), r.uitvoerderId(), r.naam(), r.frequentieWeken(),
                    r.deelnemers().stream().map(DeelnemerResource::from).toList(), r.versie());
        }
    }

    @Schema(name = "OverlegReeksRequest", description = "Een vast overleg: naam, elke hoeveel weken, eventueel één uitvoerder, vaste deelnemers")
    record ReeksRequest(@Nullable String naam, @Nullable Integer frequentieWeken, @Nullable UUID uitvoerderId,
            @Nullable List<UUID> medewerkers, @Nullable List<DeelnemerResource> extern, @Nullable Long versie) {
        OverlegService.ReeksInvoer toInvoer() {
            return new OverlegService.ReeksInvoer(naam, frequentieWeken == null ? 0 : frequentieWeken, uitvoerderId,
                    medewerkers == null ? List.of() : medewerkers,
                    extern == null ? List.of() : extern.stream().map(e -> new Deelnemer(null,
                            e.naam() == null ? "" : e.naam(), e.rol())).toList());
        }
    }

    @Schema(name = "Overleg", description = "Eén casuïstiekoverleg op een datum")
    record OverlegResource(UUID id, UUID reeksId, LocalDate datum, @Nullable Instant agendaGemaaktOp, long versie) {
        static OverlegResource from(Overleg o) {
            return new OverlegResource(o.id(), o.reeksId(), o.datum(), o.agendaGemaaktOp(), o.versie());
        }
    }

    @Schema(name = "OverlegRequest", description = "Een overleg plannen of verzetten; bij verzetten de versie")
    record OverlegRequest(@Nullable LocalDate datum, @Nullable Long versie) {
    }

    @Schema(name = "OverlegVersie", description = "De versie van het overleg die u het laatst las")
    record VersieRequest(@Nullable Long versie) {
    }

    @Schema(name = "OverlegAgendapunt", description = "Een huishouden op de agenda, waarom, en (als u het mag zien) wat er is besproken")
    record AgendapuntResource(UUID id, UUID overlegId, UUID huishoudenId, String huishoudenNaam, Set<Reden> redenen,
            @Nullable String vraag, int volgorde, @Nullable String besproken, boolean besprokenZichtbaar,
            @Nullable List<AfspraakResource> afspraken, long versie) {
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
    record InbrengRequest(@Nullable UUID huishoudenId, @Nullable String vraag) {
    }

    @Schema(name = "OverlegVerslag", description = "Wat er over het huishouden is besproken (notities), met de versie van het agendapunt")
    record VerslagRequest(@Nullable String besproken, @Nullable Long versie) {
    }

    @Schema(name = "OverlegAfspraak", description = "Een afspraak uit het overleg: een taak met eigenaar en datum")
    record AfspraakResource(UUID id, UUID agendapuntId, UUID overlegId, UUID huishoudenId, String omschrijving,
            @Nullable UUID eigenaarMedewerkerId, String eigenaar, LocalDate uiterlijk, Afspraak.Status status,
            long versie) {
        static AfspraakResource from(Afspraak a) {
            return new AfspraakResource(a.id(), a.puntId(), a.overlegId(), a.huishoudenId(), a.omschrijving(),
                    a.eigenaarMedewerker(), a.eigenaar(), a.uiterlijk(), a.status(), a.versie());
        }
    }

    @Schema(name = "OverlegAfspraakRequest", description = "Een nieuwe afspraak: eigenaarMedewerkerId of eigenaarNaam (precies één)")
    record AfspraakRequest(@Nullable String omschrijving, @Nullable UUID eigenaarMedewerkerId,
            @Nullable String eigenaarNaam, @Nullable LocalDate uiterlijk) {
        OverlegService.AfspraakInvoer toInvoer() {
            return new OverlegService.AfspraakInvoer(omschrijving, eigenaarMedewerkerId, eigenaarNaam, uiterlijk);
        }
    }

    @Schema(name = "OverlegAfspraakStatus", description = "Open of gedaan, met de versie van de afspraak")
    record StatusRequest(Afspraak.@Nullable Status status, @Nullable Long versie) {
    }

    @Schema(name = "OverlegTaak", description = "Een open afspraak van u, met de datum van het overleg en de naam van het huishouden als u dat mag zien")
    record TaakResource(AfspraakResource afspraak, LocalDate overlegDatum, @Nullable String huishoudenNaam) {
        static TaakResource from(Taak t) {
            return new TaakResource(AfspraakResource.from(t.afspraak()), t.overlegDatum(), t.huishoudenNaam());
        }
    }
}

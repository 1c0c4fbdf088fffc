package nl.wegwijs.afsluiting.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.afsluiting.AfsluitingService;
import nl.wegwijs.afsluiting.Afsluitbesluit;
import nl.wegwijs.afsluiting.Besluitsoort;
import nl.wegwijs.afsluiting.Eindgesprek;
import nl.wegwijs.afsluiting.Overdracht;
import nl.wegwijs.afsluiting.OverdrachtStatus;
import nl.wegwijs.afsluiting.Samenvatting;
import nl.wegwijs.traject.EindeReden;
import nl.wegwijs.traject.TrajectStatus;

/**
 * Where a household's closing stands: the lead time before the planned end, what is still needed (closing
 * measurement, eindgesprek, open items, decision), the eindgesprekken and decisions so far, the handover, and what the
 * reader may do. {@code versie} is the trajectory's: a decision to end or extend sends it back.
 */
@Schema(description = "Waar de afsluiting van een huishouden staat en wat er nog nodig is")
record AfsluitingResource(
        @Schema(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d") UUID huishouden,
        @Schema(description = "naam van het huishouden", example = "Haddad, Samira") String naam,
        @Schema(description = "stand van het traject", example = "ACTIEF") TrajectStatus status,
        @Schema(description = "het traject is afgesloten (alleen nog te lezen)", example = "false") boolean afgesloten,
        @Schema(description = "gepland einde van de begeleiding; leeg zonder formeel einde", example = "2026-12-01",
                nullable = true)
        @Nullable LocalDate geplandEinde,
        @Schema(description = "zoveel weken voor het einde begint de afsluiting", example = "8") int voorloopWeken,
        @Schema(description = "de voorlooptijd komt uit de regeling (anders uit de instelling van het contract)",
                example = "true") boolean voorloopVanRegime,
        @Schema(description = "de afsluiting begint op", example = "2026-10-06", nullable = true)
        @Nullable LocalDate voorloopStart,
        @Schema(description = "de afsluiting is begonnen (de voorlooptijd is bereikt)", example = "true") boolean teDoen,
        @Schema(description = "wat er nog nodig is: SLOTMETING, EINDGESPREK, OPEN_PUNTEN, BESLUIT; leeg als alles "
                + "gedaan is of het traject is afgesloten", example = "[\"EINDGESPREK\", \"BESLUIT\"]")
        List<String> nogNodig,
        @Schema(description = "de slotmeting van zelfredzaamheid is gedaan (na het begin van de afsluiting)",
                example = "false") boolean slotmeting,
        @Schema(description = "de laatste meting van zelfredzaamheid, als u die mag zien", nullable = true)
        SamenvattingResource.@Nullable SamenvattingMetingResource meting,
        @Schema(description = "de open punten zoals de samenvatting ze noemt") AfsluitingOpenPuntenResource openPunten,
        @Schema(description = "de eindgesprekken, nieuwste eerst") List<EindgesprekResource> eindgesprekken,
        @Schema(description = "de besluiten, nieuwste eerst") List<AfsluitbesluitResource> besluiten,
        @Schema(description = "de lopende of geaccepteerde overdracht", nullable = true)
        @Nullable AfsluitingOverdrachtResource overdracht,
        @Schema(description = "zoveel maanden verlenging staat de regeling nog toe", example = "3") int verlengingOver,
        @Schema(description = "u mag het eindgesprek vastleggen", example = "true") boolean magVoorbereiden,
        @Schema(description = "u mag besluiten tot beëindigen of verlengen", example = "false") boolean magBesluiten,
        @Schema(description = "u mag warm overdragen", example = "true") boolean magOverdragen,
        @Schema(description = "versie van het traject: stuur deze mee bij beëindigen of verlengen", example = "4")
        long versie) {

    static AfsluitingResource from(AfsluitingService.Pagina p) {
        AfsluitingService.Afsluiting a = p.afsluiting();
        Samenvatting open = p.open();
        AfsluitingOpenPuntenResource punten = new AfsluitingOpenPuntenResource(
                SamenvattingResource.regels(open.checklist()), SamenvattingResource.regels(open.brieven()),
                SamenvattingResource.regels(open.signalen()), SamenvattingResource.regels(open.verwijzingen()),
                SamenvattingResource.regels(open.pipDoelen()));
        List<String> nodig = new ArrayList<>();
        if (!a.afgesloten()) {
            if (!a.slotmeting()) {
                nodig.add("SLOTMETING");
            }
            if (a.eindgesprek() == null) {
                nodig.add("EINDGESPREK");
            }
            if (punten.aantal() > 0) {
                nodig.add("OPEN_PUNTEN");
            }
            if (a.besluit() == null) {
                nodig.add("BESLUIT");
            }
        }
        Samenvatting.Meting m = a.meting();
        Overdracht o = a.overdracht();
        return new AfsluitingResource(a.huishouden().value(), a.naam(), a.status(), a.afgesloten(), a.geplandEinde(),
                a.voorloopWeken(), a.voorloopVanRegime(), a.voorloopStart(), a.teDoen(), nodig, a.slotmeting(),
                m == null ? null : new SamenvattingResource.SamenvattingMetingResource(m.gemetenOp(), m.instrument(),
                        m.zelfredzaamGenoeg(), m.tekortOp()),
                punten, a.eindgesprekken().stream().map(EindgesprekResource::from).toList(),
                a.besluiten().stream().map(AfsluitbesluitResource::from).toList(),
                o == null ? null : new AfsluitingOverdrachtResource(o.id(), o.status(), o.ontvangerNaam()),
                a.verlengingOver(), a.magVoorbereiden(), a.magBesluiten(), a.magOverdragen(), a.trajectVersie());
    }

    @Schema(description = "De open punten van het huishouden bij de afsluiting")
    record AfsluitingOpenPuntenResource(
            @Schema(description = "open punten van de checklist") List<SamenvattingResource.SamenvattingRegelResource> checklist,
            @Schema(description = "open brieven") List<SamenvattingResource.SamenvattingRegelResource> brieven,
            @Schema(description = "open signalen") List<SamenvattingResource.SamenvattingRegelResource> signalen,
            @Schema(description = "lopende verwijzingen") List<SamenvattingResource.SamenvattingRegelResource> verwijzingen,
            @Schema(description = "open doelen uit het PIP") List<SamenvattingResource.SamenvattingRegelResource> pipDoelen) {

        int aantal() {
            return checklist.size() + brieven.size() + signalen.size() + verwijzingen.size() + pipDoelen.size();
        }
    }

    @Schema(description = "De overdracht van het huishouden, kort; de hele overdracht staat onder /overdrachten/{id}")
    record AfsluitingOverdrachtResource(
            @Schema(description = "id van de overdracht", example = "3b4c5d6e-7f80-4a1b-9c2d-3e4f5a6b7c8d") UUID id,
            @Schema(description = "stand: CONCEPT, GEDEELD, DRIEGESPREK_GEPLAND, GEACCEPTEERD", example = "GEDEELD")
            OverdrachtStatus status,
            @Schema(description = "naam van de ontvanger", example = "Sociaal wijkteam Den Haag") String ontvangerNaam) {
    }

    /** The eindgesprek with the person. */
    @Schema(description = "Het eindgesprek met de persoon")
    record EindgesprekResource(
            @Schema(description = "id", example = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d") UUID id,
            @Schema(description = "gehouden op", example = "2026-11-18") LocalDate gehoudenOp,
            @Schema(description = "wie er waren", example = "Samira, Yusuf en de begeleider (met tolk)") String aanwezig,
            @Schema(description = "wat er besproken is", example = "Samen teruggekeken op het jaar.") String samenvatting,
            @Schema(description = "de eigen kijk van de persoon", example = "Wil de post voortaan zelf doen.")
            String eigenKijk,
            @Schema(description = "naam van wie het vastlegde", example = "Kofi Mensah") String vastgelegdDoor,
            @Schema(description = "vastgelegd op", example = "2026-11-18T14:05:00Z") Instant vastgelegdOp) {

        static EindgesprekResource from(Eindgesprek e) {
            return new EindgesprekResource(e.id(), e.gehoudenOp(), e.aanwezig(), e.samenvatting(), e.eigenKijk(),
                    e.vastgelegdDoorNaam(), e.vastgelegdOp());
        }
    }

    /** One decision of the closing. */
    @Schema(description = "Een besluit van de afsluiting: beëindigen, verlengen of overdragen")
    record AfsluitbesluitResource(
            @Schema(description = "id", example = "6b7c8d9e-0f1a-4b2c-8d3e-4f5a6b7c8d9e") UUID id,
            @Schema(description = "BEEINDIGEN, VERLENGEN of OVERDRAGEN", example = "VERLENGEN") Besluitsoort soort,
            @Schema(description = "bij beëindigen: de reden", example = "DOELEN_BEREIKT", nullable = true)
            @Nullable EindeReden eindeReden,
            @Schema(description = "bij verlengen: maanden", example = "3", nullable = true) @Nullable Integer maanden,
            @Schema(description = "reden of toelichting", example = "De gezinshereniging loopt nog.", nullable = true)
            @Nullable String reden,
            @Schema(description = "bij verlengen: wat de persoon zelf vroeg", example = "Nog drie maanden hulp bij "
                    + "de post.", nullable = true) @Nullable String verzoekPersoon,
            @Schema(description = "bij verlengen: wanneer de persoon het vroeg", example = "2026-11-10",
                    nullable = true) @Nullable LocalDate verzoekOp,
            @Schema(description = "bij beëindigen: de persoon kreeg de lijst met diensten in de buurt",
                    example = "true") boolean dienstenlijst,
            @Schema(description = "naam van wie besloot", example = "Ingrid de Vries") String beslotenDoor,
            @Schema(description = "besloten op", example = "2026-11-20T09:30:00Z") Instant beslotenOp) {

        static AfsluitbesluitResource from(Afsluitbesluit b) {
            return new AfsluitbesluitResource(b.id(), b.soort(), b.eindeReden(), b.maanden(), b.reden(),
                    b.verzoekPersoon(), b.verzoekOp(), b.dienstenlijst(), b.beslotenDoorNaam(), b.beslotenOp());
        }
    }
}

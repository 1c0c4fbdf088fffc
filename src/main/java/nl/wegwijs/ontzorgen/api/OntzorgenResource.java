package nl.wegwijs.ontzorgen.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.ontzorgen.Coachgesprek;
import nl.wegwijs.ontzorgen.GesprekStatus;
import nl.wegwijs.ontzorgen.MaandStatus;
import nl.wegwijs.ontzorgen.Maandstand;
import nl.wegwijs.ontzorgen.Ontzorgen;
import nl.wegwijs.ontzorgen.StopReden;
import nl.wegwijs.ontzorgen.VasteLast;
import nl.wegwijs.ontzorgen.VasteLastSoort;

/** A household's financieel ontzorgen as the API shows it. */
@Schema(name = "Ontzorgen", description = "Financieel ontzorgen van een huishouden door de budgetcoach")
record OntzorgenResource(
        @Schema(description = "id van het ontzorgen", example = "4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d")
        UUID id,
        @Schema(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
        UUID huishouden,
        @Schema(description = "id van het traject", example = "1f2e3d4c-5b6a-4978-8a6b-5c4d3e2f1a0b")
        UUID traject,
        @Schema(description = "start van de bijstand; leeg: nog niet gestart", example = "2026-03-01", nullable = true)
        @Nullable LocalDate start,
        @Schema(description = "duur van de periode in maanden, uit het regime van de gemeente", example = "12")
        int maanden,
        @Schema(description = "gepland einde: start plus de periode", example = "2027-03-01", nullable = true)
        @Nullable LocalDate geplandEinde,
        @Schema(description = "eerder gestopt op", example = "2026-09-30", nullable = true)
        @Nullable LocalDate gestoptOp,
        @Schema(description = "waarom eerder gestopt: WERK, STUDIE, VERHUISD, EIGEN_VERZOEK of "
                + "ANDERS", example = "WERK",
                nullable = true)
        @Nullable StopReden stopReden,
        @Schema(description = "het werkelijke einde: eerder gestopt of anders het geplande einde",
                example = "2026-09-30", nullable = true)
        @Nullable LocalDate einde,
        @Schema(description = "notitie", example = "Werkt sinds oktober bij een bouwbedrijf in "
                + "Almere.", nullable = true)
        @Nullable String notitie,
        @Schema(description = "gesprekken (gehouden of gepland) voor het einde", example = "3")
        int gesprekkenVoorEinde,
        @Schema(description = "zoveel gesprekken regelen de overgang naar zelf betalen", example = "4")
        int norm,
        @Schema(description = "er zijn genoeg gesprekken voor het einde", example = "false")
        boolean overgangGeregeld,
        @Schema(description = "het einde is binnen de waarschuwingstermijn en de overgang is niet geregeld",
                example = "true")
        boolean eindigtZonderOvergang,
        @Schema(description = "de vaste lasten die de gemeente betaalt")
        List<VasteLastResource> vasteLasten,
        @Schema(description = "de maanden van de periode met hun stand")
        List<MaandResource> periode,
        @Schema(description = "de gesprekken met de budgetcoach")
        List<GesprekResource> coachgesprekken,
        @Schema(description = "versie voor optimistische vergrendeling van het hele ontzorgen: stuur deze mee bij "
                + "elke wijziging", example = "6")
        long versie) {

    static OntzorgenResource from(Ontzorgen o, int norm, int weken, LocalDate vandaag) {
        return new OntzorgenResource(o.id().value(), o.huishouden().value(), o.traject().value(), o.start(),
                o.maanden(), o.geplandEinde(), o.gestoptOp(), o.stopReden(), o.einde(), o.notitie(),
                o.gesprekkenVoorEinde(), norm, o.overgangGeregeld(norm), o.eindigtZonderOvergang(norm, vandaag, weken),
                o.vasteLasten().stream().map(VasteLastResource::from).toList(),
                o.maandlijst().stream().map(MaandResource::from).toList(),
                o.gesprekken().stream().map(GesprekResource::from).toList(), o.versie());
    }

    @Schema(description = "Een vaste last die de gemeente uit de uitkering betaalt")
    record VasteLastResource(
            @Schema(description = "id van de vaste last", example = "8b7a6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d") UUID id,
            @Schema(description = "HUUR, ENERGIE, WATER, ZORGVERZEKERING of ANDERS", example = "HUUR")
            VasteLastSoort soort,
            @Schema(description = "aan wie betaald wordt", example = "Woonstichting De Key") String begunstigde,
            @Schema(description = "euro per maand", example = "712.45") BigDecimal bedrag,
            @Schema(description = "datum van de machtiging", example = "2026-03-01") LocalDate machtigingOp,
            @Schema(description = "betaald tot en met; leeg: loopt door", example = "2026-12-31", nullable = true)
            @Nullable LocalDate tot) {

        static VasteLastResource from(VasteLast v) {
            return new VasteLastResource(v.id(), v.soort(), v.begunstigde(), v.bedrag(), v.machtigingOp(), v.tot());
        }
    }

    @Schema(description = "Een maand van de periode met zijn stand")
    record MaandResource(@Schema(description = "jjjj-mm", example = "2026-03") String maand,
            @Schema(description = "BETAALD, ACHTERSTAND of NIET_VAN_TOEPASSING; leeg: nog niet vastgelegd",
                    example = "BETAALD", nullable = true)
            @Nullable MaandStatus status,
            @Schema(description = "notitie", example = "Huur op 3 maart voldaan.", nullable = true)
            @Nullable String notitie) {

        static MaandResource from(Maandstand m) {
            return new MaandResource(m.maand().toString(), m.status(), m.notitie());
        }
    }

    @Schema(description = "Een gesprek met de budgetcoach")
    record GesprekResource(
            @Schema(description = "id van het gesprek", example = "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a") UUID id,
            @Schema(description = "datum", example = "2026-04-14") LocalDate datum,
            @Schema(description = "GEPLAND, GEHOUDEN of AFGEZEGD", example = "GEHOUDEN") GesprekStatus status,
            @Schema(description = "onderwerp", example = "Zelf de huur overmaken") String onderwerp,
            @Schema(description = "notitie", example = "Samen een automatische betaling ingesteld.", nullable = true)
            @Nullable String notitie) {

        static GesprekResource from(Coachgesprek g) {
            return new GesprekResource(g.id(), g.datum(), g.status(), g.onderwerp(), g.notitie());
        }
    }

}

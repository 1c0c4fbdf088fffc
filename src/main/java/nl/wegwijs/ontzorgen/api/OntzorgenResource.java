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
record OntzorgenResource(UUID id, UUID huishouden, UUID traject, @Nullable LocalDate start, int maanden,
        @Nullable LocalDate geplandEinde, @Nullable LocalDate gestoptOp, @Nullable StopReden stopReden,
        @Nullable LocalDate einde, @Nullable String notitie,
        @Schema(description = "gesprekken (gehouden of gepland) voor het einde") int gesprekkenVoorEinde,
        @Schema(description = "zoveel gesprekken regelen de overgang naar zelf betalen") int norm,
        boolean overgangGeregeld,
        @Schema(description = "het einde is binnen de waarschuwingstermijn en de overgang is niet geregeld")
        boolean eindigtZonderOvergang,
        List<VasteLastResource> vasteLasten, @Schema(description = "de maanden van de periode met hun stand") List<MaandResource> periode, List<GesprekResource> coachgesprekken,
        long versie) {

    static OntzorgenResource from(Ontzorgen o, int norm, int weken, LocalDate vandaag) {
        return new OntzorgenResource(o.id().value(), o.huishouden().value(), o.traject().value(), o.start(),
                o.maanden(), o.geplandEinde(), o.gestoptOp(), o.stopReden(), o.einde(), o.notitie(),
                o.gesprekkenVoorEinde(), norm, o.overgangGeregeld(norm), o.eindigtZonderOvergang(norm, vandaag, weken),
                o.vasteLasten().stream().map(VasteLastResource::from).toList(),
                o.maandlijst().stream().map(MaandResource::from).toList(),
                o.gesprekken().stream().map(GesprekResource::from).toList(), o.versie());
    }

    record VasteLastResource(UUID id, VasteLastSoort soort, String begunstigde,
            @Schema(description = "euro per maand") BigDecimal bedrag, LocalDate machtigingOp,
            @Nullable LocalDate tot) {

        static VasteLastResource from(VasteLast v) {
            return new VasteLastResource(v.id(), v.soort(), v.begunstigde(), v.bedrag(), v.machtigingOp(), v.tot());
        }
    }

    record MaandResource(@Schema(description = "jjjj-mm", example = "2026-03") String maand,
            @Schema(description = "leeg: nog niet vastgelegd") @Nullable MaandStatus status,
            @Nullable String notitie) {

        static MaandResource from(Maandstand m) {
            return new MaandResource(m.maand().toString(), m.status(), m.notitie());
        }
    }

    record GesprekResource(UUID id, LocalDate datum, GesprekStatus status, String onderwerp,
            @Nullable String notitie) {

        static GesprekResource from(Coachgesprek g) {
            return new GesprekResource(g.id(), g.datum(), g.status(), g.onderwerp(), g.notitie());
        }
    }

}

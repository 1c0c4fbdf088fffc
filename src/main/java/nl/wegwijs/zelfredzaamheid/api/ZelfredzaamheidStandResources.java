package nl.wegwijs.zelfredzaamheid.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.zelfredzaamheid.DomeinStand;
import nl.wegwijs.zelfredzaamheid.Stand;
import nl.wegwijs.zelfredzaamheid.ZelfredzaamheidService;

/** Where a household stands on self-reliance, as the API shows it. */
final class ZelfredzaamheidStandResources {

    private ZelfredzaamheidStandResources() {
    }

    @Schema(description = "De zelfredzaamheid van een huishouden: met welk instrument en welke regel, de volgende "
            + "meting, de signalen van de werklijst, en de stand op de laatste meting van elke persoon met het oordeel "
            + "‘zelfredzaam genoeg?’")
    record ZelfredzaamheidResource(
            @Schema(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
            UUID huishoudenId,
            @Schema(description = "het instrument van het contract", example = "7a0b0000-0000-4000-8000-000000000001")
            UUID instrumentId,
            @Schema(description = "naam van het instrument", example = "Meetinstrument maatschappelijke begeleiding "
                    + "(VluchtelingenWerk)") String instrumentNaam,
            @Schema(description = "true: één meting per huishouden; false: een meting per persoon", example = "false")
            boolean perHuishouden,
            @Schema(description = "wie gemeten kan worden: de personen (of het huishouden)")
            List<ZelfredzaamheidOnderwerpResource> onderwerpen,
            @Schema(description = "de regel van het contract: zelfredzaam genoeg vanaf dit niveau", example = "4")
            int drempel,
            @Schema(description = "de naam van dat niveau", example = "Voldoende zelfredzaam", nullable = true)
            @Nullable String drempelNaam,
            @Schema(description = "zoveel onderdelen mogen onder dat niveau blijven", example = "0")
            int toegestaanOnder,
            @Schema(description = "wanneer de volgende geplande meting moet; null als er niets gepland is",
                    example = "2026-09-03", nullable = true)
            @Nullable LocalDate volgendeMeting,
            @Schema(description = "de volgende geplande meting is te laat", example = "false") boolean metingTeLaat,
            @Schema(description = "geen vooruitgang tussen de laatste twee metingen van een persoon", example = "false")
            boolean stagnatie,
            @Schema(description = "een onderdeel van een laatste meting staat op het laagste niveau", example = "false")
            boolean laagsteNiveau,
            @Schema(description = "u mag metingen en acties vastleggen en metingen corrigeren (de begeleiding, "
                    + "zolang het traject loopt)", example = "true") boolean magVastleggen,
            @Schema(description = "de stand op de laatste metingen; null zolang niemand gemeten is", nullable = true)
            @Nullable ZelfredzaamheidStandResource stand) {

        static ZelfredzaamheidResource van(ZelfredzaamheidService.Overzicht o, LocalDate vandaag) {
            int drempel = o.instelling().drempel(o.instrument().schaal());
            return new ZelfredzaamheidResource(o.inzage().huishoudenId().value(), o.instrument().id(),
                    o.instrument().naam(), o.instrument().perHuishouden(),
                    o.onderwerpen().entrySet().stream()
                        .map(e -> new ZelfredzaamheidOnderwerpResource(e.getKey(), e.getValue(),
                                o.metingen().getOrDefault(e.getKey(), List.of()).size()))
                        .toList(),
                    drempel, o.instrument().schaal().naam(drempel), o.instelling().toegestaanOnder(),
                    o.volgendeMeting(), o.teLaat(vandaag), o.stagnatie(), o.laagsteNiveau(), o.magVastleggen(),
                    o.stand() == null ? null : ZelfredzaamheidStandResource.van(o.stand()));
        }
    }

    @Schema(description = "Wie gemeten kan worden: een persoon, of het huishouden bij een instrument dat het "
            + "huishouden meet")
    record ZelfredzaamheidOnderwerpResource(
            @Schema(description = "id van de persoon (of van het huishouden)",
                    example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d") UUID id,
            @Schema(description = "naam", example = "Samira Haddad") String naam,
            @Schema(description = "hoeveel metingen er zijn", example = "2") int metingen) {
    }

    @Schema(description = "De stand op de laatste meting van elke persoon, met het oordeel van de regel van het "
            + "contract")
    record ZelfredzaamheidStandResource(
            @Schema(description = "datum van de recentste van die metingen", example = "2026-03-03")
            LocalDate gemetenOp,
            @Schema(description = "naam van het instrument", example = "Meetinstrument maatschappelijke begeleiding "
                    + "(VluchtelingenWerk)") String instrument,
            @Schema(description = "zelfredzaam genoeg volgens de regel van het contract", example = "false")
            boolean zelfredzaamGenoeg,
            @Schema(description = "de onderdelen of domeinen onder het niveau van de regel (met de naam van de "
                    + "persoon ervoor als er meer personen gemeten zijn)")
            List<String> tekortOp,
            @Schema(description = "per persoon en domein het niveau") List<ZelfredzaamheidDomeinStandResource> domeinen) {

        static ZelfredzaamheidStandResource van(Stand s) {
            return new ZelfredzaamheidStandResource(s.gemetenOp(), s.instrument(), s.oordeel().zelfredzaamGenoeg(),
                    s.oordeel().tekortOp(), s.domeinen().stream().map(ZelfredzaamheidDomeinStandResource::van).toList());
        }
    }

    @Schema(description = "Eén domein van de laatste meting van één persoon: het laagste niveau van de onderdelen die "
            + "van toepassing zijn")
    record ZelfredzaamheidDomeinStandResource(
            @Schema(description = "id van de persoon (bij een meting van het huishouden: de eerste persoon)",
                    example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d") UUID persoonId,
            @Schema(description = "naam van de persoon, of van het huishouden", example = "Samira Haddad")
            String persoonNaam,
            @Schema(description = "het domein", example = "Wonen") String domein,
            @Schema(description = "het niveau; null als niet gemeten of niet van toepassing", example = "3",
                    nullable = true)
            @Nullable Integer niveau,
            @Schema(description = "de naam van het niveau", example = "Redelijk zelfredzaam", nullable = true)
            @Nullable String niveauNaam,
            @Schema(description = "het hoogste niveau van de schaal", example = "5") int schaalMax,
            @Schema(description = "alles in dit domein is niet van toepassing", example = "false")
            boolean nietVanToepassing) {

        static ZelfredzaamheidDomeinStandResource van(DomeinStand d) {
            return new ZelfredzaamheidDomeinStandResource(d.persoonId(), d.persoonNaam(), d.domein(), d.niveau(),
                    d.niveauNaam(), d.schaalMax(), d.nietVanToepassing());
        }
    }
}

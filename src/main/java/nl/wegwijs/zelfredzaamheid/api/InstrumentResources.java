package nl.wegwijs.zelfredzaamheid.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.zelfredzaamheid.Domein;
import nl.wegwijs.zelfredzaamheid.Instrument;
import nl.wegwijs.zelfredzaamheid.Niveau;
import nl.wegwijs.zelfredzaamheid.Onderdeel;

/** The instruments as the API shows them: configuration, no personal data. */
final class InstrumentResources {

    private InstrumentResources() {
    }

    @Schema(description = "Een meetinstrument voor zelfredzaamheid: domeinen (elk met of zonder onderdelen) en een "
            + "geordende schaal. Een meting geeft een score per onderdeel, of per domein als dat geen onderdelen heeft.")
    record InstrumentResource(
            @Schema(description = "id van het instrument", example = "7a0b0000-0000-4000-8000-000000000001") UUID id,
            @Schema(description = "korte code", example = "VW") String code,
            @Schema(description = "naam", example = "Meetinstrument maatschappelijke begeleiding (VluchtelingenWerk)")
            String naam,
            @Schema(description = "uitleg in gewone taal", example = "Zeven domeinen met een einddoel.",
                    nullable = true)
            @Nullable String omschrijving,
            @Schema(description = "true: één meting per huishouden (dan geen persoonId); false: een meting per persoon",
                    example = "false") boolean perHuishouden,
            @Schema(description = "het niveau dat standaard ‘zelfredzaam genoeg’ is (het niveau ‘voldoende’)",
                    example = "4") int voldoende,
            @Schema(description = "de schaal, van 1 (laagste: dit onderwerp gaat voor) tot het hoogste niveau")
            List<InstrumentNiveauResource> schaal,
            @Schema(description = "de domeinen, in volgorde") List<InstrumentDomeinResource> domeinen) {

        static InstrumentResource van(Instrument i) {
            return new InstrumentResource(i.id(), i.code(), i.naam(), i.omschrijving(), i.perHuishouden(),
                    i.schaal().voldoende(), i.schaal().niveaus().stream().map(InstrumentNiveauResource::van).toList(),
                    i.domeinen().stream().map(InstrumentDomeinResource::van).toList());
        }
    }

    @Schema(description = "Een niveau van de schaal")
    record InstrumentNiveauResource(
            @Schema(description = "waarde, 1 is het laagst", example = "4") int waarde,
            @Schema(description = "naam", example = "Voldoende zelfredzaam") String naam,
            @Schema(description = "waaraan u het niveau herkent", example = "Overziet het onderwerp en vraagt zo nodig "
                    + "kort advies.") String criterium) {

        static InstrumentNiveauResource van(Niveau n) {
            return new InstrumentNiveauResource(n.waarde(), n.naam(), n.criterium());
        }
    }

    @Schema(description = "Een domein met zijn einddoel en onderdelen; zonder onderdelen krijgt het domein zelf een "
            + "score (itemId is dan het id van het domein)")
    record InstrumentDomeinResource(
            @Schema(description = "id van het domein", example = "3c1f9a2e-5b7d-4e8f-9a0b-1c2d3e4f5a6b") UUID id,
            @Schema(description = "volgorde", example = "1") int volgorde,
            @Schema(description = "naam", example = "Wonen") String naam,
            @Schema(description = "einddoel", example = "Je woont veilig en je woonsituatie is stabiel.",
                    nullable = true)
            @Nullable String einddoel,
            @Schema(description = "de onderdelen, in volgorde; leeg als het domein als geheel wordt gescoord")
            List<InstrumentOnderdeelResource> onderdelen) {

        static InstrumentDomeinResource van(Domein d) {
            return new InstrumentDomeinResource(d.id(), d.volgorde(), d.naam(), d.einddoel(),
                    d.onderdelen().stream().map(InstrumentOnderdeelResource::van).toList());
        }
    }

    @Schema(description = "Een onderdeel van een domein, met subdoel en indicatoren")
    record InstrumentOnderdeelResource(
            @Schema(description = "id van het onderdeel (het itemId van een score)",
                    example = "4d2e0b3f-6c8e-4f9a-8b1c-2d3e4f5a6b7c") UUID id,
            @Schema(description = "volgorde binnen het domein", example = "1") int volgorde,
            @Schema(description = "naam", example = "Nutsbedrijven") String naam,
            @Schema(description = "subdoel", example = "Je regelt zelf gas, water en licht.") String subdoel,
            @Schema(description = "waaraan u ziet dat het lukt") List<String> indicatoren) {

        static InstrumentOnderdeelResource van(Onderdeel o) {
            return new InstrumentOnderdeelResource(o.id(), o.volgorde(), o.naam(), o.subdoel(), o.indicatoren());
        }
    }

    @Schema(description = "Eén pagina meetinstrumenten, met de link naar de volgende pagina.")
    record InstrumentPagina(@Schema(description = "De instrumenten op deze pagina.") List<InstrumentResource> items,
            @Schema(description = "De volledige URL van de volgende pagina; null op de laatste pagina.",
                    example = "https://wegwijs.example/api/v1/zelfredzaamheid/instrumenten?aantal=2&na=7a0b0000-0000-4000-8000-000000000002",
                    nullable = true)
            @Nullable String volgende) {
    }
}

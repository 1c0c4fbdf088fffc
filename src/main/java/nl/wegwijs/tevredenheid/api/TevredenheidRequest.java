package nl.wegwijs.tevredenheid.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.tevredenheid.Invulwijze;
import nl.wegwijs.tevredenheid.Vraag;

/** The answers of a household's questionnaire; the service validates (422 with a Dutch message, nothing written). */
@Schema(name = "TevredenheidRequest", description = "De antwoorden op de tevredenheidsvragen van een huishouden. "
        + "Een vraag die de persoon oversloeg laat u weg.")
record TevredenheidRequest(
        @Schema(description = "wie de vragen invulde: SAMEN (de begeleider samen met de persoon) of ZELF (de persoon "
                + "zelf, op het apparaat van de begeleider)", example = "SAMEN",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @Nullable Invulwijze wijze,
        @Schema(description = "per beantwoorde vraag het antwoord; minstens één, elke vraag hooguit één keer",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @Nullable List<TevredenheidAntwoordRequest> antwoorden,
        @Schema(description = "wat de persoon nog wil zeggen, tot 1000 tekens; schrijf geen namen. Komt alleen "
                + "zonder naam en datum in het rapport, en pas bij 5 of meer vragenlijsten",
                example = "De kaart met de afspraken hangt bij ons op de koelkast.")
        @Nullable String opmerking) {

    /** One answer: a question and a value on the smiley scale. */
    @Schema(name = "TevredenheidAntwoordRequest", description = "Het antwoord op één vraag")
    record TevredenheidAntwoordRequest(
            @Schema(description = "de vraag, V1 tot en met V6 (zie GET /tevredenheid/vragen)", example = "V1",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @Nullable Vraag vraag,
            @Schema(description = "het antwoord van 1 (helemaal niet) tot en met 5 (ja, helemaal)", example = "4",
                    minimum = "1", maximum = "5", requiredMode = Schema.RequiredMode.REQUIRED)
            @Nullable Integer waarde) {
    }
}

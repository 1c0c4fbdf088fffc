package nl.wegwijs.route.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.route.Dag;
import nl.wegwijs.route.Kanaal;
import nl.wegwijs.route.Ontmoeting;
import nl.wegwijs.route.Taal;
import nl.wegwijs.route.ZelfTaak;

/** The request bodies of the route card. */
final class RouteRequests {

    private RouteRequests() {
    }

    /** The card's language and agreements; without {@code versie} a new card. */
    @Schema(description = "De taal en de afspraken van de routekaart")
    record RoutekaartWijziging(
            @Schema(description = "de versie die u het laatst las; leeg als er nog geen kaart is (dan wordt zij "
                    + "gemaakt)", example = "2") @Nullable Long versie,
            @Schema(description = "de taal naast het Nederlands: NL, EN, AR of TI", example = "AR",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{route.taal.ongeldig}") @Nullable Taal taal,
            @Schema(description = "dagen waarop de begeleider bereikbaar is", example = "[\"MA\", \"WO\"]")
            @Nullable List<Dag> dagen,
            @Schema(description = "bereikbaar van (uu:mm); samen met tot", example = "09:00") @Nullable String van,
            @Schema(description = "bereikbaar tot (uu:mm), na van", example = "12:00") @Nullable String tot,
            @Schema(description = "hoe het huishouden de begeleider bereikt", example = "[\"TELEFOON\"]")
            @Nullable List<Kanaal> kanalen,
            @Schema(description = "telefoonnummer, tot 30 tekens (cijfers, spaties, +, -, haakjes)",
                    example = "06 12345678") @Nullable String telefoon,
            @Schema(description = "hoe vaak ze elkaar zien", example = "TWEEWEKELIJKS") @Nullable Ontmoeting ontmoeting,
            @Schema(description = "wat het huishouden zelf doet", example = "[\"POST_OPENEN\", \"DIGID_GEBRUIKEN\"]")
            @Nullable List<ZelfTaak> zelf,
            @Schema(description = "notitie in de eigen woorden van de begeleider, tot 500 tekens",
                    example = "Bel liever na de lunch.") @Nullable String notitie) {
    }

    /** A partner from the gemeente's sociale kaart, at the card's version last read. */
    @Schema(description = "Een dienst van de sociale kaart op de routekaart zetten")
    record RoutePartnerRequest(
            @Schema(description = "de versie van de kaart die u het laatst las", example = "2",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{fout.gelijktijdig-gewijzigd}") @Nullable Long versie,
            @Schema(description = "id van een dienst op de sociale kaart van de gemeente van het huishouden "
                    + "(verplicht)", example = "4c5d6e7f-8091-4a2b-8c3d-4e5f6a7b8c9d") @Nullable UUID dienst,
            @Schema(description = "wat de dienst voor dit huishouden doet, tot 200 tekens",
                    example = "Helpt met de betalingsregeling.") @Nullable String wat) {
    }
}

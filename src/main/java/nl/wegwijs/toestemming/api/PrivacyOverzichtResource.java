package nl.wegwijs.toestemming.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.toestemming.Doel;
import nl.wegwijs.toestemming.DoorbraakRegel;
import nl.wegwijs.traject.Gegevenssoort;

/** The privacy page: one page of emergency overrides, and the figures of the consent register. */
@Schema(description = "Noodtoegangen op de huishoudens van uw organisatie en de cijfers van het toestemmingsregister")
record PrivacyOverzichtResource(
        @Schema(description = "De noodtoegangen op deze pagina, nieuwste eerst.") List<DoorbraakResource> doorbraken,
        @Schema(description = "De volledige URL van de volgende pagina noodtoegangen; null op de laatste pagina.",
                example = "https://wegwijs.example/api/v1/privacy?aantal=25&na=1764923400000000_2b3c4d5e-6f70-4a8b-9c0d-1e2f3a4b5c6d",
                nullable = true)
        @Nullable String volgende,
        @Schema(description = "geldende toestemmingen per gegevenssoort", example = "{\"FINANCIEN\": 12}")
        Map<Gegevenssoort, Integer> perGegevenssoort,
        @Schema(description = "geldende toestemmingen per doel", example = "{\"REGIE\": 30}") Map<Doel, Integer> perDoel,
        @Schema(description = "toestemmingen waarvan de controle binnen 7 dagen valt", example = "4") int controles) {

    /** One emergency override as the privacy page shows it. */
    @Schema(description = "Een noodtoegang (doorbraak)")
    record DoorbraakResource(
            @Schema(description = "id van de noodtoegang", example = "2b3c4d5e-6f70-4a8b-9c0d-1e2f3a4b5c6d") UUID id,
            @Schema(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
            UUID huishoudenId,
            @Schema(description = "id van wie de noodtoegang nam", example = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b")
            UUID medewerkerId,
            @Schema(description = "naam van wie de noodtoegang nam", example = "Sanne de Boer") String medewerker,
            @Schema(description = "rol van die medewerker", example = "BEGELEIDER") Rol rol,
            @Schema(description = "de reden die werd opgegeven", example = "Acuut gevaar: dreigende huisuitzetting "
                    + "vandaag, geen toestemming voor financiën") String reden,
            @Schema(description = "vanaf", example = "2026-12-05T08:30:00Z") Instant vanaf,
            @Schema(description = "tot", example = "2026-12-06T08:30:00Z") Instant tot,
            @Schema(description = "wie de noodtoegang al zag, en wanneer; leeg: nog niemand",
                    example = "Pieter Jansen (05-12-2026 10:12)", nullable = true) @Nullable String gezien,
            @Schema(description = "u zag haar al", example = "false") boolean doorMijGezien) {

        static DoorbraakResource van(DoorbraakRegel d) {
            return new DoorbraakResource(d.id(), d.huishoudenId(), d.medewerkerId(), d.medewerker(), d.rol(),
                    d.reden(), d.vanaf(), d.tot(), d.gezien(), d.doorMijGezien());
        }
    }
}

package nl.wegwijs.signaal;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An action of a plan van aanpak as a user records it.
 *
 * @param partnerNaam the partner's name (required with {@link Eigenaar#PARTNER}), e.g. "GGZ Centraal"
 * @param eigenaarMedewerker the medewerker who owns it (optional; a begeleider or regievoerder matching the owner)
 * @param streefdatum the agreed date
 * @param gedaanOp when it was done; null while open
 */
public record ActiepuntGegevens(String omschrijving, Eigenaar eigenaar, @Nullable String partnerNaam,
        @Nullable UUID eigenaarMedewerker, LocalDate streefdatum, @Nullable LocalDate gedaanOp) {

    public ActiepuntGegevens {
        omschrijving = omschrijving == null ? "" : omschrijving.strip();
        partnerNaam = partnerNaam == null || partnerNaam.isBlank() ? null : partnerNaam.strip();
    }
}

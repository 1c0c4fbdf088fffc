package nl.wegwijs.koppeling;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.organisatie.Rol;

/**
 * A registered API client: its public {@code clientId}, name, the organisation and role it acts with (through its
 * technical account {@code medewerkerId}), its scopes, and when it was last used. The secret is stored only as a hash.
 */
public record ApiClient(UUID id, String clientId, String naam, UUID medewerkerId, Rol rol, UUID organisatieId,
        String organisatieNaam, List<String> scopes, Instant aangemaaktOp, @Nullable Instant ingetrokkenOp,
        @Nullable Instant laatstGebruikt, long versie) {

    public boolean ingetrokken() {
        return ingetrokkenOp != null;
    }
}

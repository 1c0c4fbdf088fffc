package nl.wegwijs.koppeling;

import java.time.Duration;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The authorization server's view of the api_client table: a client that is not revoked, with its secret hash and
 * scopes, allowed only the client-credentials grant. Clients are registered by the beheerder, never through here.
 */
class Clientregister implements RegisteredClientRepository {

    private final ApiClients clients;
    private final Duration geldigheid;

    Clientregister(ApiClients clients, Duration geldigheid) {
        this.clients = clients;
        this.geldigheid = geldigheid;
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        // registered by the beheerder (KoppelingService); nothing of a client changes through the token endpoint
    }

    @Override
    public @Nullable RegisteredClient findById(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        }
        catch (IllegalArgumentException e) {
            return null;
        }
        return clients.een(uuid).filter(c -> !c.ingetrokken()).map(c -> findByClientId(c.clientId())).orElse(null);
    }

    @Override
    public @Nullable RegisteredClient findByClientId(String clientId) {
        return clients.inlog(clientId).map(c -> RegisteredClient.withId(c.id().toString())
            .clientId(c.clientId())
            .clientSecret(c.geheimHash())
            .clientName(c.naam())
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
            .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
            .scopes(s -> s.addAll(c.scopes()))
            .tokenSettings(TokenSettings.builder().accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                .accessTokenTimeToLive(geldigheid).build())
            .build()).orElse(null);
    }
}

package nl.wegwijs.koppeling;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The key that signs (and checks) the access tokens, the same on every node: kept in the database. The first node
 * that needs it creates it ({@code insert ... on conflict do nothing}); every node then reads the row that won, so two
 * nodes starting at once agree on one key. Read once per node and kept.
 */
@Component
class Sleutels implements JWKSource<SecurityContext> {

    static final String ID = "tokens";

    private final JdbcClient jdbc;
    private volatile @Nullable JWKSet set;

    Sleutels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<JWK> get(JWKSelector selector, @Nullable SecurityContext context) throws KeySourceException {
        return selector.select(set());
    }

    JWKSet set() {
        JWKSet s = set;
        if (s == null) {
            s = new JWKSet(laad());
            set = s;
        }
        return s;
    }

    private RSAKey laad() {
        String jwk = lees();
        if (jwk == null) {
            jdbc.sql("insert into oauth2_sleutel (id, jwk) values (?, ?) on conflict (id) do nothing")
                .params(ID, nieuw().toJSONString()).update();
            jwk = java.util.Objects.requireNonNull(lees());
        }
        try {
            return RSAKey.parse(jwk);
        }
        catch (ParseException e) {
            throw new IllegalStateException("oauth2_sleutel is geen geldige JWK", e);
        }
    }

    private @Nullable String lees() {
        return jdbc.sql("select jwk from oauth2_sleutel where id = ?").param(ID).query(String.class).optional()
            .orElse(null);
    }

    private static RSAKey nieuw() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair paar = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) paar.getPublic()).privateKey((RSAPrivateKey) paar.getPrivate())
                .keyID(UUID.randomUUID().toString()).build();
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package nl.wegwijs.organisatie;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The security principal: a {@link Medewerker} plus the password hash while logging in (erased afterwards, so
 * the session stored in the database holds no credentials).
 */
public final class IngelogdeMedewerker implements UserDetails, CredentialsContainer {

    private static final long serialVersionUID = 1L;

    private final Medewerker medewerker;
    private final boolean actief;
    private @Nullable String wachtwoordHash;

    IngelogdeMedewerker(Medewerker medewerker, String wachtwoordHash, boolean actief) {
        this.medewerker = medewerker;
        this.wachtwoordHash = wachtwoordHash;
        this.actief = actief;
    }

    /** A principal for an already authenticated medewerker (no credentials), e.g. in tests or after a switch. */
    public static IngelogdeMedewerker van(Medewerker medewerker) {
        IngelogdeMedewerker m = new IngelogdeMedewerker(medewerker, "", true);
        m.eraseCredentials();
        return m;
    }

    public Medewerker getMedewerker() {
        return medewerker;
    }

    public String getNaam() {
        return medewerker.naam();
    }

    public Rol getRol() {
        return medewerker.rol();
    }

    /**
     * Whether the role is one of these (names of {@link Rol}): the layout's menu asks this per item, as
     * {@code hasAnyRole(...)} would (a medewerker has exactly the one authority of their role) but without evaluating
     * an access expression each time (issue 21).
     */
    public boolean rolIn(String... rollen) {
        String rol = medewerker.rol().name();
        for (String r : rollen) {
            if (r.equals(rol)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + medewerker.rol().name()));
    }

    @Override
    public @Nullable String getPassword() {
        return wachtwoordHash;
    }

    @Override
    public String getUsername() {
        return medewerker.gebruikersnaam();
    }

    @Override
    public boolean isEnabled() {
        return actief;
    }

    @Override
    public void eraseCredentials() {
        wachtwoordHash = null;
    }
}

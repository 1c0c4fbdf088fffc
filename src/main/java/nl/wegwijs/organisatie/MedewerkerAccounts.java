package nl.wegwijs.organisatie;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads a medewerker for login. */
@Component
class MedewerkerAccounts implements UserDetailsService {

    private final Organisaties organisaties;

    MedewerkerAccounts(Organisaties organisaties) {
        this.organisaties = organisaties;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String gebruikersnaam) {
        return organisaties.account(gebruikersnaam)
            .map(a -> new IngelogdeMedewerker(a.medewerker(), a.wachtwoordHash(), a.actief()))
            .orElseThrow(() -> new UsernameNotFoundException("onbekend"));
    }
}

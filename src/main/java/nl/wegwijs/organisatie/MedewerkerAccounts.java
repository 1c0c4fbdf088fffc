package nl.wegwijs.organisatie;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads a medewerker for login (never an API client's technical account). */
@Component
class MedewerkerAccounts implements UserDetailsService {

    private final Organisaties organisaties;

    MedewerkerAccounts(Organisaties organisaties) {
        this.organisaties = organisaties;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String gebruikersnaam) {
        // an API client's technical account never logs in with the form: as if the name did not exist
        return organisaties.account(gebruikersnaam)
            .filter(a -> !a.technisch())
            .map(a -> new IngelogdeMedewerker(a.medewerker(), a.wachtwoordHash(), a.actief()))
            .orElseThrow(() -> new UsernameNotFoundException("onbekend"));
    }
}

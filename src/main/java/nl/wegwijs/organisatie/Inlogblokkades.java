package nl.wegwijs.organisatie;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import nl.wegwijs.system.NietGevonden;

/**
 * Accounts the login brake refuses now (too many wrong passwords), and the beheerder's unlock: someone who mistyped
 * and called the helpdesk need not wait the quarter of an hour. Only a beheerder sees or lifts a block.
 */
@Service
public class Inlogblokkades {

    private static final Logger LOG = LoggerFactory.getLogger(Inlogblokkades.class);

    private final Inlogpogingen pogingen;
    private final Organisaties organisaties;

    Inlogblokkades(Inlogpogingen pogingen, Organisaties organisaties) {
        this.pogingen = pogingen;
        this.organisaties = organisaties;
    }

    /** The ids of the given medewerkers whose login is blocked now; one statement for the whole list. */
    public Set<UUID> geblokkeerd(Medewerker ik, Collection<Medewerker> medewerkers) {
        vereisBeheerder(ik);
        Set<String> geremd = pogingen.geremd(medewerkers.stream().map(Medewerker::gebruikersnaam).toList());
        return medewerkers.stream()
            .filter(m -> geremd.contains(Inlogpogingen.sleutel(m.gebruikersnaam())))
            .map(Medewerker::id)
            .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Lifts the block on a medewerker's login (their failed attempts are forgotten); the next login checks the
     * password as usual. Returns the medewerker, for the confirmation.
     */
    public Medewerker ontgrendel(Medewerker ik, UUID medewerker) {
        vereisBeheerder(ik);
        Medewerker m = organisaties.medewerker(medewerker).orElseThrow(NietGevonden::new);
        if (pogingen.ontgrendel(m.gebruikersnaam())) {
            LOG.info("Inlogblokkade van medewerker {} opgeheven door beheerder {}", m.id(), ik.id());
        }
        return m;
    }

    private static void vereisBeheerder(Medewerker ik) {
        if (!ik.heeftRol(Rol.BEHEERDER)) {
            throw new NietGevonden();
        }
    }
}

package nl.wegwijs.toestemming;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.traject.Toestemmingsbron;

/** Answers the access point's question from the register: one statement on two indexes. */
@Component
class ToestemmingRegister implements Toestemmingsbron {

    private final Toestemmingen toestemmingen;
    private final Clock clock;

    ToestemmingRegister(Toestemmingen toestemmingen, Clock clock) {
        this.toestemmingen = toestemmingen;
        this.clock = clock;
    }

    @Override
    public Grondslag grondslag(Medewerker ik, HuishoudenId huishouden, Instant nu) {
        LocalDate vandaag = LocalDate.ofInstant(nu, clock.getZone());
        return toestemmingen.grondslag(huishouden.value(), ik.organisatieId(), ik.rol(), ik.id(), vandaag, nu);
    }
}

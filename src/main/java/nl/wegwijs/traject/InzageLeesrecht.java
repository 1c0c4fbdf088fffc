package nl.wegwijs.traject;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.wegwijs.huishouden.Huishouden;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.Leesrecht;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.verwerkingslog.Actie;

/**
 * The household module's reads (its API and edit screens) through the one access point: {@link Inzage} decides who
 * sees the household and which fields (BSN, V-nummer), and logs the read.
 */
@Component
class InzageLeesrecht implements Leesrecht {

    private final TrajectService trajecten;
    private final TransactionTemplate transactie;

    InzageLeesrecht(TrajectService trajecten, PlatformTransactionManager transacties) {
        this.trajecten = trajecten;
        this.transactie = new TransactionTemplate(transacties);
    }

    @Override
    public Optional<Huishouden> lees(Medewerker ik, HuishoudenId id) {
        return inzage(ik, id).map(inzage -> {
            transactie.executeWithoutResult(s -> inzage.log(Actie.LEZEN, "huishouden", id.value()));
            return inzage.huishouden();
        });
    }

    @Override
    public Optional<Persoon> leesPersoon(Medewerker ik, HuishoudenId id, UUID persoon) {
        Inzage inzage = inzage(ik, id).orElseThrow(NietGevonden::new);
        Optional<Persoon> p = inzage.huishouden().persoon(persoon);
        p.ifPresent(x -> transactie.executeWithoutResult(
                s -> inzage.log(Actie.LEZEN, "persoon", persoon, List.of(persoon))));
        return p;
    }

    /** The access point, or empty when the household is not visible (its own transaction, so nothing is marked). */
    private Optional<Inzage> inzage(Medewerker ik, HuishoudenId id) {
        try {
            return Optional.of(trajecten.inzage(ik, id));
        }
        catch (NietGevonden e) {
            return Optional.empty();
        }
    }
}

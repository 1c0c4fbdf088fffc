package nl.wegwijs.signaal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.HuishoudenGewijzigd;
import nl.wegwijs.huishouden.HuishoudenService;

/**
 * Keeps the household name on signals current, in the writer's transaction, so that the open signals across
 * households list without a query per household. Idempotent.
 */
@Component
class SignaalNamen {

    private final Signalen signalen;
    private final HuishoudenService huishoudens;

    SignaalNamen(Signalen signalen, HuishoudenService huishoudens) {
        this.signalen = signalen;
        this.huishoudens = huishoudens;
    }

    @EventListener
    void on(HuishoudenGewijzigd gewijzigd) {
        if (signalen.heeftSignalen(gewijzigd.huishouden())) {
            huishoudens.intern(gewijzigd.huishouden())
                .ifPresent(h -> signalen.werkNaamBij(h.id(), h.naam()));
        }
    }
}

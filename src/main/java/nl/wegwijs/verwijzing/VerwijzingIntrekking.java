package nl.wegwijs.verwijzing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.Huishouden;
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.notificatie.Notificaties;
import nl.wegwijs.notificatie.Ontvanger;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.toestemming.Doel;
import nl.wegwijs.toestemming.ToestemmingIngetrokken;
import nl.wegwijs.verwerkingslog.Actie;
import nl.wegwijs.verwerkingslog.Verwerking;
import nl.wegwijs.verwerkingslog.Verwerkingslog;

/**
 * Revoking a DOORVERWIJZING consent withdraws the open referrals it covered, in the revoking transaction (a plain
 * {@link EventListener}: the revocation and the withdrawal commit or fail together):
 * <ul>
 * <li>a referral sent on that consent (its id among the consents used) that is still VERSTUURD or on the WACHTLIJST;
 * <li>a draft (AANGEMAAKT) to a service of the consent's organisation (a consent for the whole organisation or its
 * WIJKTEAM) for that person, or for the household when that person's consent was needed for it.
 * </ul>
 * Each becomes INGETROKKEN with the reason {@value Verwijzing#TOESTEMMING_INGETROKKEN}; the receiving wijkteam no
 * longer sees it (not in its inbox, not by its link) and is told, without names, that a referral to its service was
 * withdrawn; the guide who made it is told too. An accepted, rejected or finished referral stays as it is. Each
 * withdrawal is logged per person concerned, on the name of whoever recorded the revocation. Idempotent: only open
 * referrals are touched.
 */
@Component
class VerwijzingIntrekking {

    private final Verwijzingen verwijzingen;
    private final HuishoudenService huishoudens;
    private final Verwerkingslog log;
    private final Notificaties notificaties;
    private final Clock clock;

    VerwijzingIntrekking(Verwijzingen verwijzingen, HuishoudenService huishoudens, Verwerkingslog log,
            Notificaties notificaties, Clock clock) {
        this.verwijzingen = verwijzingen;
        this.huishoudens = huishoudens;
        this.log = log;
        this.notificaties = notificaties;
        this.clock = clock;
    }

    @EventListener
    void on(ToestemmingIngetrokken ingetrokken) {
        if (ingetrokken.doel() != Doel.DOORVERWIJZING) {
            return;
        }
        boolean concepten = ingetrokken.ontvangerRol() == null || ingetrokken.ontvangerRol() == Rol.WIJKTEAM;
        List<Verwijzingen.Rij> rijen = verwijzingen.gedektDoor(ingetrokken.huishouden().value(),
                ingetrokken.toestemming(), ingetrokken.persoon(), ingetrokken.ontvangerOrganisatie(), concepten);
        if (rijen.isEmpty()) {
            return;
        }
        Optional<Huishouden> huishouden = huishoudens.intern(ingetrokken.huishouden());
        LocalDate vandaag = LocalDate.now(clock);
        Instant nu = Instant.now(clock);
        List<Verwerking> regels = new ArrayList<>();
        for (Verwijzingen.Rij r : rijen) {
            Verwijzing v = r.verwijzing();
            if (!r.toestemmingen().contains(ingetrokken.toestemming())
                    && !nodigVoor(huishouden, v, ingetrokken.persoon(), vandaag)) {
                continue; // a household draft for which this person's consent was not needed (a child's)
            }
            verwijzingen.trekIn(v.id(), v.versie(), Verwijzing.TOESTEMMING_INGETROKKEN, ingetrokken.toestemming(),
                    vandaag, ingetrokken.door(), nu);
            for (UUID p : betrokken(huishouden, v)) {
                regels.add(new Verwerking(ingetrokken.door(), ingetrokken.doorOrganisatie(), Actie.WIJZIGEN,
                        VerwijzingService.DOEL, p, v.huishoudenId(), "verwijzing", v.id()));
            }
            if (v.verstuurdOp() != null && r.ontvangerOrganisatieId() != null) {
                // "a new referral" would now lead to "not found": taken back, replaced by "withdrawn"
                notificaties.trekIn(Ontvanger.rol(r.ontvangerOrganisatieId(), Rol.WIJKTEAM), "/verwijzingen/" + v.id());
                notificaties.stuur(Ontvanger.rol(r.ontvangerOrganisatieId(), Rol.WIJKTEAM), null,
                        "verwijzing.notificatie.INGETROKKEN", List.of(v.dienstNaam()), "/verwijzingen");
            }
            if (!r.aangemaaktDoor().equals(ingetrokken.door())) {
                notificaties.stuur(Ontvanger.medewerker(r.aangemaaktDoor()), ingetrokken.huishouden(),
                        "verwijzing.notificatie.ingetrokken-gids", List.of(v.dienstNaam()), "/verwijzingen/" + v.id());
            }
        }
        log.leg(regels);
    }

    /** Whether this person's consent was needed for the referral (the person, or an adult of a household one). */
    private static boolean nodigVoor(Optional<Huishouden> huishouden, Verwijzing v, UUID persoon, LocalDate vandaag) {
        if (persoon.equals(v.persoonId())) {
            return true;
        }
        return v.persoonId() == null && huishouden.isPresent()
                && Verwijzingregels.betrokkenen(huishouden.get(), null, vandaag).contains(persoon);
    }

    /** The persons a referral is about: the referred person, or the whole household. */
    private static List<UUID> betrokken(Optional<Huishouden> huishouden, Verwijzing v) {
        if (v.persoonId() != null) {
            return List.of(v.persoonId());
        }
        return huishouden.map(h -> h.personen().stream().map(Persoon::id).toList()).orElse(List.of());
    }
}

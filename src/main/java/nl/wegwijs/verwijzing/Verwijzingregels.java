package nl.wegwijs.verwijzing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.huishouden.Huishouden;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.toestemming.Doel;
import nl.wegwijs.toestemming.Toestemming;

/** The pure rules of referrals: whose consent a referral needs, and which register consents give it. */
final class Verwijzingregels {

    private Verwijzingregels() {
    }

    /**
     * Whose consent a referral needs: the referred person; for the household as a whole every adult (18 or older
     * today), or every person in a household without adults.
     */
    static List<UUID> betrokkenen(Huishouden h, @Nullable UUID persoon, LocalDate vandaag) {
        if (persoon != null) {
            return List.of(persoon);
        }
        List<UUID> volwassen = h.personen().stream().filter(p -> p.volwassen(vandaag)).map(Persoon::id).toList();
        return volwassen.isEmpty() ? h.personen().stream().map(Persoon::id).toList() : volwassen;
    }

    /**
     * Checks the register: per person a DOORVERWIJZING consent for the receiving organisation (as a whole, or its
     * sociaal wijkteam) that holds today and is not revoked.
     */
    static Toetsing toets(List<Toestemming> register, List<UUID> personen, UUID organisatie, LocalDate vandaag) {
        List<UUID> gebruikt = new ArrayList<>();
        List<UUID> zonder = new ArrayList<>();
        for (UUID p : personen) {
            Toestemming t = register.stream()
                .filter(x -> x.persoonId().equals(p) && x.doel() == Doel.DOORVERWIJZING
                        && x.ontvangerOrganisatieId().equals(organisatie)
                        && (x.ontvangerRol() == null || x.ontvangerRol() == Rol.WIJKTEAM) && x.geldig(vandaag))
                .findFirst().orElse(null);
            if (t == null) {
                zonder.add(p);
            }
            else {
                gebruikt.add(t.id());
            }
        }
        return new Toetsing(gebruikt, zonder);
    }

    /** The outcome of {@link #toets}: the consents used, and the persons without one (then it may not be sent). */
    record Toetsing(List<UUID> gebruikt, List<UUID> zonder) {

        boolean geldig() {
            return zonder.isEmpty() && !gebruikt.isEmpty();
        }
    }
}

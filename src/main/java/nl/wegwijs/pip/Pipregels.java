package nl.wegwijs.pip;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.notificatie.Ontvanger;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;

/**
 * The rules of the PIP, without Spring or database (as {@code traject.Termijnregels}):
 * <ul>
 * <li><b>versions</b>: only a draft (concept) is edited; setting it (vaststellen) needs a learning route, at least one
 * goal and a day not in the future and not before the previous version's; a bijstelling starts a new draft from the
 * version in force, needs a reason (OVERIG with a text) and is refused while a draft is open;
 * <li><b>goal identity</b>: a bijstelling copies every goal of the version in force with the same id and its status
 * as it stands now, so progress reports stay attached to the goal whatever version shows it;
 * <li><b>ownership</b>: who may report progress on a goal (the regievoerder on every goal; begeleider, teamleider and
 * vrijwilliger on the uitvoerder's; the budgetcoach on the budgetcoach's) and whom a change of a goal notifies
 * (never the one who made it).
 * </ul>
 */
public final class Pipregels {

    /** No date of a PIP lies before this day or more than {@link #JAREN_VOORUIT} years after today. */
    static final LocalDate VROEGST = LocalDate.of(2000, 1, 1);
    static final int JAREN_VOORUIT = 5;

    private Pipregels() {
    }

    // --- versions

    /** Refuses a change to a version that is not a draft. */
    static void vereisConcept(@Nullable PipVersie versie) {
        if (versie == null || !versie.isConcept()) {
            throw new DomeinFout("pip.versie.niet-bewerkbaar");
        }
    }

    /** Whether the draft may be set on {@code op}, after the version in force (null: none) was set on {@code vorige}. */
    static void controleerVaststellen(@Nullable PipVersie concept, LocalDate op, LocalDate vandaag,
            @Nullable LocalDate vorige) {
        vereisConcept(concept);
        if (op.isAfter(vandaag)) {
            throw new DomeinFout("pip.vaststellen.toekomst");
        }
        if (op.isBefore(VROEGST)) {
            throw new DomeinFout("pip.datum.buiten-bereik");
        }
        if (vorige != null && op.isBefore(vorige)) {
            throw new DomeinFout("pip.vaststellen.voor-vorige");
        }
        if (concept.plan().leerroute() == null) {
            throw new DomeinFout("pip.leerroute.leeg");
        }
        if (concept.doelen().isEmpty()) {
            throw new DomeinFout("pip.doelen.leeg");
        }
    }

    /** Whether a bijstelling may start: a version in force, no draft open, a reason (OVERIG with a text). */
    static void controleerBijstellen(@Nullable PipVersie huidige, boolean conceptOpen, @Nullable Bijstelreden reden,
            @Nullable String toelichting) {
        if (huidige == null) {
            throw new DomeinFout("pip.bijstellen.niet-vastgesteld");
        }
        if (conceptOpen) {
            throw new DomeinFout("pip.bijstellen.concept-open");
        }
        if (reden == null) {
            throw new DomeinFout("pip.reden.leeg");
        }
        if (reden == Bijstelreden.OVERIG && (toelichting == null || toelichting.isBlank())) {
            throw new DomeinFout("pip.reden.toelichting-leeg");
        }
        if (toelichting != null && toelichting.length() > Gesprek.WIE_MAX * 2) {
            throw new DomeinFout("pip.tekst.te-lang");
        }
    }

    /** The number of the next version. */
    static int volgende(List<PipVersie> versies) {
        return versies.stream().mapToInt(PipVersie::nummer).max().orElse(0) + 1;
    }

    /**
     * The goals of a new draft made from the version in force: the same goals (same id), each with its status as it
     * stands now (a progress report may have moved it since that version was set).
     */
    static List<Doel> kopie(PipVersie huidige) {
        List<Doel> kopie = new ArrayList<>();
        for (Doel d : huidige.doelen()) {
            DoelGegevens g = d.gegevens();
            kopie.add(new Doel(d.id(), new DoelGegevens(g.leefgebied(), g.termijn(), g.omschrijving(), g.eigenaar(),
                    g.contact(), g.streefdatum(), d.stand()), d.stand(), d.versie()));
        }
        return kopie;
    }

    /** The goals of {@code nieuw} that are new or changed against {@code vorige} (null: all): their owners hear of it. */
    static List<Doel> gewijzigd(@Nullable PipVersie vorige, PipVersie nieuw) {
        List<Doel> anders = new ArrayList<>();
        for (Doel d : nieuw.doelen()) {
            boolean zelfde = vorige != null && vorige.doelen().stream()
                .anyMatch(o -> o.id().equals(d.id()) && o.gegevens().equals(d.gegevens()));
            if (!zelfde) {
                anders.add(d);
            }
        }
        return anders;
    }

    // --- input

    static void controleer(Plan plan, LocalDate vandaag) {
        datum(plan.mapGepland(), vandaag);
        datum(plan.pvtGepland(), vandaag);
        datum(plan.startGepland(), vandaag);
    }

    static DoelGegevens controleer(DoelGegevens g, LocalDate vandaag) {
        String omschrijving = g.omschrijving() == null ? "" : g.omschrijving().strip();
        if (omschrijving.isEmpty()) {
            throw new DomeinFout("pip.doel.omschrijving.leeg");
        }
        if (omschrijving.length() > DoelGegevens.OMSCHRIJVING_MAX) {
            throw new DomeinFout("pip.tekst.te-lang");
        }
        String contact = g.contact() == null || g.contact().isBlank() ? null : g.contact().strip();
        if (contact != null && contact.length() > DoelGegevens.CONTACT_MAX) {
            throw new DomeinFout("pip.tekst.te-lang");
        }
        datum(g.streefdatum(), vandaag);
        return new DoelGegevens(g.leefgebied(), g.termijn(), omschrijving, g.eigenaar(), contact, g.streefdatum(),
                g.status());
    }

    /** A date in a sane range: not before 2000, not more than five years ahead. */
    static void datum(@Nullable LocalDate d, LocalDate vandaag) {
        if (d != null && (d.isBefore(VROEGST) || d.isAfter(vandaag.plusYears(JAREN_VOORUIT)))) {
            throw new DomeinFout("pip.datum.buiten-bereik");
        }
    }

    /** A day that has happened (an actual date, an approval, a talk): not in the future, not before 2000. */
    static void gebeurd(@Nullable LocalDate d, LocalDate vandaag) {
        if (d != null && d.isAfter(vandaag)) {
            throw new DomeinFout("pip.datum.toekomst");
        }
        datum(d, vandaag);
    }

    static String tekst(@Nullable String tekst, int max, String leeg) {
        String t = tekst == null ? "" : tekst.strip();
        if (t.isEmpty()) {
            throw new DomeinFout(leeg);
        }
        if (t.length() > max) {
            throw new DomeinFout("pip.tekst.te-lang");
        }
        return t;
    }

    // --- ownership

    /** Whether this role may report progress on a goal of this owner (their organisation owns it). */
    public static boolean magRapporteren(Rol rol, Eigenaar eigenaar) {
        return switch (rol) {
            case REGIEVOERDER -> true;
            case BEGELEIDER, TEAMLEIDER, VRIJWILLIGER -> eigenaar == Eigenaar.UITVOERDER;
            case BUDGETCOACH -> eigenaar == Eigenaar.BUDGETCOACH;
            default -> false;
        };
    }

    /**
     * Whom a change of a goal of this owner notifies, never the one who made it: the regievoerder's goal its PIP's
     * regievoerder (or, without one, the gemeente's regievoerders); the uitvoerder's the household's guides assigned
     * now (or, without any, the uitvoerder's teamleiders); the budgetcoach's the gemeente's budgetcoaches; an owner
     * outside Wegwijs nobody.
     */
    static List<Ontvanger> ontvangers(Eigenaar eigenaar, @Nullable UUID regievoerder, UUID gemeente, UUID uitvoerder,
            List<UUID> begeleiders, Medewerker door) {
        Set<Ontvanger> aan = new LinkedHashSet<>();
        switch (eigenaar) {
            case REGIEVOERDER -> aan.add(regievoerder != null ? Ontvanger.medewerker(regievoerder)
                    : Ontvanger.rol(gemeente, Rol.REGIEVOERDER));
            case UITVOERDER -> {
                if (begeleiders.isEmpty()) {
                    aan.add(Ontvanger.rol(uitvoerder, Rol.TEAMLEIDER));
                }
                begeleiders.forEach(b -> aan.add(Ontvanger.medewerker(b)));
            }
            case BUDGETCOACH -> aan.add(Ontvanger.rol(gemeente, Rol.BUDGETCOACH));
            case TAALSCHOOL, WERKCONSULENT, PERSOON -> {
            }
        }
        aan.removeIf(o -> door.id().equals(o.medewerkerId())
                || (door.organisatieId().equals(o.organisatieId()) && door.rol() == o.rol()));
        return List.copyOf(aan);
    }
}

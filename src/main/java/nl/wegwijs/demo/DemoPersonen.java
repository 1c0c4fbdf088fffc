package nl.wegwijs.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.huishouden.Geletterdheid;
import nl.wegwijs.huishouden.Geslacht;
import nl.wegwijs.huishouden.NieuwePersoon;
import nl.wegwijs.huishouden.PersoonRol;
import nl.wegwijs.huishouden.Verblijfsstatus;

/**
 * Makes synthetic persons from an origin and a composition code: {@code M} or {@code V} for the hoofdpersoon, an
 * optional {@code V} or {@code M} for a partner, then the number of children ({@code "V"}, {@code "MV3"},
 * {@code "V2"}). Ages, names, languages and literacy come from the seeded random, so the data set is deterministic.
 */
final class DemoPersonen {

    private final Random random;

    DemoPersonen(Random random) {
        this.random = random;
    }

    /**
     * The persons of a household, each with the household's BRP date (null: not yet registered) and permit date;
     * ages are counted back from {@code peil}.
     */
    List<NieuwePersoon> huishouden(Herkomst herkomst, String samenstelling, @Nullable LocalDate brp,
            LocalDate vergunning, LocalDate peil, Verblijfsstatus status) {
        Geslacht hoofdGeslacht = samenstelling.charAt(0) == 'M' ? Geslacht.MAN : Geslacht.VROUW;
        boolean partner = samenstelling.length() > 1 && !Character.isDigit(samenstelling.charAt(1));
        int kinderen = Integer.parseInt("0" + samenstelling.substring(partner ? 2 : 1));
        String hoofdtaal = kies(herkomst.hoofdtalen);

        int hoofdLeeftijd = kinderen == 0 ? 19 + random.nextInt(20) : 24 + 2 * kinderen + random.nextInt(14);
        String achternaam = kies(herkomst.achternamen);
        Set<String> gebruikt = new HashSet<>();
        List<NieuwePersoon> personen = new ArrayList<>();
        NieuwePersoon hoofd = volwassene(herkomst, PersoonRol.HOOFDPERSOON, hoofdGeslacht, hoofdLeeftijd, achternaam,
                hoofdtaal, brp, vergunning, peil, status, gebruikt);
        personen.add(hoofd);
        int moederLeeftijd = hoofdGeslacht == Geslacht.VROUW ? hoofdLeeftijd : hoofdLeeftijd - 3;
        String vader = hoofdGeslacht == Geslacht.MAN ? hoofd.voornaam() : kies(herkomst.mannen);
        if (partner) {
            Geslacht geslacht = hoofdGeslacht == Geslacht.MAN ? Geslacht.VROUW : Geslacht.MAN;
            int leeftijd = Math.max(19, hoofdGeslacht == Geslacht.MAN ? hoofdLeeftijd - random.nextInt(8)
                    : hoofdLeeftijd + random.nextInt(6));
            NieuwePersoon p = volwassene(herkomst, PersoonRol.PARTNER, geslacht, leeftijd,
                    herkomst.patroniem || random.nextBoolean() ? kies(herkomst.achternamen) : achternaam, hoofdtaal,
                    brp, vergunning, peil, status, gebruikt);
            personen.add(p);
            if (geslacht == Geslacht.VROUW) {
                moederLeeftijd = leeftijd;
            }
            else {
                vader = p.voornaam();
            }
        }
        String kindernaam = herkomst.patroniem ? vader : achternaam;
        int leeftijd = random.nextInt(4);
        for (int i = 0; i < kinderen; i++) {
            int oudst = Math.max(0, moederLeeftijd - 18);
            personen.add(kind(herkomst, Math.min(leeftijd, Math.min(oudst, 20)), kindernaam, hoofdtaal, brp,
                    vergunning, peil, status, gebruikt));
            leeftijd += 1 + random.nextInt(3);
        }
        return personen;
    }

    /**
     * A family member who joins later (gezinshereniging) with their own BRP and permit dates, and a first name not in
     * {@code gebruikt}.
     */
    NieuwePersoon nareiziger(Herkomst herkomst, Geslacht geslacht, int leeftijd, String achternaam, String taal,
            LocalDate brp, Set<String> gebruikt) {
        LocalDate vergunning = brp.minusDays(20 + random.nextInt(40));
        return leeftijd >= 18
                ? volwassene(herkomst, PersoonRol.NAREIZIGER, geslacht, leeftijd, achternaam, taal, brp, vergunning,
                        brp, Verblijfsstatus.NAREIZIGER, gebruikt)
                : new NieuwePersoon(null, PersoonRol.NAREIZIGER, voornaam(herkomst, geslacht, gebruikt), achternaam,
                        geboren(brp, leeftijd), geslacht, herkomst.land, List.of(taal), false, null,
                        leeftijd < 6 ? Geletterdheid.ONBEKEND : Geletterdheid.GELETTERD, null, null, vergunning, brp,
                        Verblijfsstatus.NAREIZIGER);
    }

    private NieuwePersoon volwassene(Herkomst herkomst, PersoonRol rol, Geslacht geslacht, int leeftijd,
            String achternaam, String hoofdtaal, @Nullable LocalDate brp, LocalDate vergunning, LocalDate peil,
            Verblijfsstatus status, Set<String> gebruikt) {
        List<String> talen = new ArrayList<>(List.of(hoofdtaal));
        if (random.nextInt(100) < 35) {
            String ander = kies(herkomst.andereTalen);
            if (!talen.contains(ander)) {
                talen.add(ander);
            }
        }
        boolean tolk = random.nextInt(100) < (talen.contains("Engels") ? 40 : 75);
        return new NieuwePersoon(null, rol, voornaam(herkomst, geslacht, gebruikt), achternaam, geboren(peil, leeftijd),
                geslacht, herkomst.land, talen, tolk, tolk ? hoofdtaal : null, herkomst.geletterdheid(random), null,
                null, vergunning, brp, status);
    }

    private NieuwePersoon kind(Herkomst herkomst, int leeftijd, String achternaam, String hoofdtaal,
            @Nullable LocalDate brp, LocalDate vergunning, LocalDate peil, Verblijfsstatus status,
            Set<String> gebruikt) {
        Geslacht geslacht = random.nextBoolean() ? Geslacht.MAN : Geslacht.VROUW;
        boolean volwassen = leeftijd >= 18;
        List<String> talen = leeftijd >= 12 && random.nextInt(100) < 30 ? List.of(hoofdtaal, "Engels")
                : List.of(hoofdtaal);
        Geletterdheid geletterdheid = leeftijd < 6 ? Geletterdheid.ONBEKEND
                : volwassen ? herkomst.geletterdheid(random) : Geletterdheid.GELETTERD;
        return new NieuwePersoon(null, PersoonRol.KIND, voornaam(herkomst, geslacht, gebruikt), achternaam,
                geboren(peil, leeftijd), geslacht, herkomst.land, talen, volwassen && random.nextBoolean(),
                hoofdtaal, geletterdheid, null, null, vergunning, brp, status);
    }

    /** A first name not yet used in the household (the lists are long enough for eight persons). */
    private String voornaam(Herkomst herkomst, Geslacht geslacht, Set<String> gebruikt) {
        List<String> namen = geslacht == Geslacht.MAN ? herkomst.mannen : herkomst.vrouwen;
        String naam = kies(namen);
        for (int i = 0; i < namen.size() && gebruikt.contains(naam); i++) {
            naam = namen.get((namen.indexOf(naam) + 1) % namen.size());
        }
        gebruikt.add(naam);
        return naam;
    }

    /** A birth date {@code leeftijd} years (and some days) before {@code peil}; a baby is at least a month old. */
    private LocalDate geboren(LocalDate peil, int leeftijd) {
        return peil.minusYears(leeftijd).minusDays(30 + random.nextInt(300));
    }

    <T> T kies(List<T> lijst) {
        return lijst.get(random.nextInt(lijst.size()));
    }
}

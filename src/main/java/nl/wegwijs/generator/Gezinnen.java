package nl.wegwijs.generator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.huishouden.Geletterdheid;
import nl.wegwijs.huishouden.Geslacht;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.huishouden.PersoonRol;
import nl.wegwijs.huishouden.Verblijfsstatus;

/**
 * Makes the persons of one household: its size (about 45% single adults, families up to nine), a parent or a couple
 * with children whose ages fit the parents', names, languages and literacy from the country of origin, an interpreter
 * need that follows the language, nareizigers (about 8% of all persons) with their own later BRP date, now and then a
 * gezinsmigrant partner, and for some a valid, unique BSN.
 */
final class Gezinnen {

    /** Weights of household sizes 1 to 9: about 2.5 persons per household. */
    private static final double[] GROOTTE = { 45, 16, 13, 10, 7.5, 4.5, 2.5, 1, 0.5 };
    static final double NAREIZIGERS_KANS = 0.16;

    private final Set<String> bsns;

    /** @param bsns BSNs in use (those in the database); every new one is added */
    Gezinnen(Set<String> bsns) {
        this.bsns = bsns;
    }

    /** A household's persons, hoofdpersoon first. */
    record Gezin(Land land, List<Persoon> personen) {
    }

    /**
     * @param aangemeld the day of the aanmelding; every person was born before it
     * @param brp the household's BRP registration (null: not yet registered)
     * @param vergunning the day the residence permit was granted
     */
    Gezin maak(Willekeur w, LocalDate aangemeld, @Nullable LocalDate brp, LocalDate vergunning, LocalDate vandaag) {
        int grootte = 1 + w.gewogen(GROOTTE);
        Land land = Land.kies(w);
        String taal = w.kies(land.talen);
        boolean paar = grootte >= 3 ? w.kans(0.8) : grootte == 2 && w.kans(0.6);
        int aantalKinderen = grootte - (paar ? 2 : 1);

        int[] kinderen = new int[aantalKinderen];
        int leeftijd = w.tussen(0, 6);
        for (int i = 0; i < aantalKinderen; i++) {
            kinderen[i] = leeftijd;
            leeftijd += w.tussen(1, 3);
        }
        int oudste = aantalKinderen == 0 ? 0 : kinderen[aantalKinderen - 1];
        int moeder = aantalKinderen > 0 ? oudste + w.tussen(19, 32) : w.tussen(19, 45);
        int vader = moeder + w.tussen(0, 8);

        boolean nareizigers = grootte > 1 && brp != null && ChronoUnit.DAYS.between(brp, vandaag) > 60
                && w.kans(NAREIZIGERS_KANS);
        LocalDate naBrp = nareizigers
                ? w.plusDagen(brp, 60, (int) Math.min(540, ChronoUnit.DAYS.between(brp, vandaag))) : null;
        boolean gezinsmigrant = paar && !nareizigers && w.kans(0.012);

        String familienaam = w.kies(land.achternamen);
        List<Persoon> personen = new ArrayList<>();
        if (grootte == 1) {
            boolean man = w.kans(0.7);
            int alleen = w.kans(0.03) ? w.tussen(55, 72) : 18 + w.tussen(1, 27);
            personen.add(volwassene(w, land, taal, PersoonRol.HOOFDPERSOON, man, alleen, familienaam, aangemeld, brp,
                    vergunning, Verblijfsstatus.ASIELSTATUSHOUDER));
            return new Gezin(land, personen);
        }
        boolean vaderIsHoofd = paar ? w.kans(0.85) : w.kans(0.15);
        Persoon hoofd = volwassene(w, land, taal, PersoonRol.HOOFDPERSOON, vaderIsHoofd, vaderIsHoofd ? vader : moeder,
                familienaam, aangemeld, brp, vergunning, Verblijfsstatus.ASIELSTATUSHOUDER);
        personen.add(hoofd);
        String vadersNaam = vaderIsHoofd ? hoofd.voornaam() : null;
        if (paar) {
            String achternaam = land.patroniem || w.kans(0.5) ? w.kies(land.achternamen) : familienaam;
            Persoon partner = volwassene(w, land, taal, nareizigers ? PersoonRol.NAREIZIGER : PersoonRol.PARTNER,
                    !vaderIsHoofd, vaderIsHoofd ? moeder : vader, achternaam, aangemeld, nareizigers ? naBrp : brp,
                    nareizigers ? naBrp.minusDays(w.tussen(30, 120)) : vergunning,
                    nareizigers ? Verblijfsstatus.NAREIZIGER
                            : gezinsmigrant ? Verblijfsstatus.GEZINSMIGRANT : Verblijfsstatus.ASIELSTATUSHOUDER);
            personen.add(partner);
            if (!vaderIsHoofd) {
                vadersNaam = partner.voornaam();
            }
        }
        if (vadersNaam == null) {
            vadersNaam = w.kies(land.mannen);
        }
        String kinderachternaam = land.patroniem ? vadersNaam : familienaam;
        for (int i = aantalKinderen - 1; i >= 0; i--) {
            personen.add(kind(w, land, taal, kinderen[i], kinderachternaam, aangemeld, nareizigers ? naBrp : brp,
                    nareizigers ? naBrp.minusDays(w.tussen(30, 120)) : vergunning, nareizigers, vandaag));
        }
        return new Gezin(land, personen);
    }

    private Persoon volwassene(Willekeur w, Land land, String taal, PersoonRol rol, boolean man, int leeftijd,
            String achternaam, LocalDate aangemeld, @Nullable LocalDate brp, LocalDate vergunning,
            Verblijfsstatus status) {
        List<String> talen = w.kans(0.35) ? List.of(taal, w.kies(land.bijtalen)) : List.of(taal);
        double tolk = land.tolkKans * (talen.contains("Engels") ? 0.6 : 1);
        boolean tolkNodig = w.kans(tolk);
        return new Persoon(w.uuid(), rol, w.kies(man ? land.mannen : land.vrouwen), achternaam,
                geboren(w, aangemeld, leeftijd), man ? Geslacht.MAN : Geslacht.VROUW, land.naam, talen, tolkNodig,
                tolkNodig ? taal : null, land.geletterdheid(w), vNummer(w), bsn(w, brp), vergunning, brp, status);
    }

    private Persoon kind(Willekeur w, Land land, String taal, int leeftijd, String achternaam, LocalDate aangemeld,
            @Nullable LocalDate brp, LocalDate vergunning, boolean nareiziger, LocalDate vandaag) {
        boolean man = w.kans(0.5);
        LocalDate geboren = geboren(w, aangemeld, leeftijd);
        int nu = (int) ChronoUnit.YEARS.between(geboren, vandaag);
        List<String> talen = nu >= 6 && w.kans(0.5) ? List.of(taal, "Nederlands") : List.of(taal);
        boolean tolkNodig = nu >= 18 ? w.kans(land.tolkKans * 0.5) : nu >= 12 && w.kans(0.1);
        Geletterdheid geletterdheid = nu < 6 ? Geletterdheid.ONBEKEND
                : land.latijnsSchrift() || w.kans(0.5) ? Geletterdheid.GELETTERD : Geletterdheid.ANDER_SCHRIFT;
        return new Persoon(w.uuid(), PersoonRol.KIND, w.kies(man ? land.mannen : land.vrouwen), achternaam, geboren,
                man ? Geslacht.MAN : Geslacht.VROUW, land.naam, talen, tolkNodig, tolkNodig ? taal : null,
                geletterdheid, vNummer(w), bsn(w, brp), vergunning, brp,
                nareiziger ? Verblijfsstatus.NAREIZIGER : Verblijfsstatus.ASIELSTATUSHOUDER);
    }

    private static LocalDate geboren(Willekeur w, LocalDate aangemeld, int leeftijd) {
        return aangemeld.minusYears(leeftijd).minusDays(w.tussen(1, 364));
    }

    private static String vNummer(Willekeur w) {
        return String.valueOf(w.tussen(1, 9)) + String.format("%09d", w.tussen(0, 999_999_999));
    }

    /** About a third of the registered persons have their BSN recorded: nine digits passing the elfproef, unique. */
    private @Nullable String bsn(Willekeur w, @Nullable LocalDate brp) {
        if (brp == null || !w.kans(0.35)) {
            return null;
        }
        while (true) {
            int[] cijfers = new int[9];
            int som = 0;
            cijfers[0] = w.tussen(1, 6);
            for (int i = 1; i < 8; i++) {
                cijfers[i] = w.tussen(0, 9);
            }
            for (int i = 0; i < 8; i++) {
                som += (9 - i) * cijfers[i];
            }
            int controle = som % 11;
            if (controle == 10) {
                continue;
            }
            cijfers[8] = controle;
            StringBuilder b = new StringBuilder(9);
            for (int c : cijfers) {
                b.append(c);
            }
            if (bsns.add(b.toString())) {
                return b.toString();
            }
        }
    }
}

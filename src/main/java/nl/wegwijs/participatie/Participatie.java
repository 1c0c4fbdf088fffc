package nl.wegwijs.participatie;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.wegwijs.huishouden.Huishouden;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.traject.Inzage;

/**
 * A household's participation as the reader may see it: per person (from {@link #MIN_LEEFTIJD}, or younger with
 * anything recorded) the phase periods, the phases they are in today (two or more: a dual route), a compact timeline,
 * and the placements (running first).
 *
 * @param zichtbaar false when progress is not the reader's to see (the page then shows which consent is missing)
 * @param magSchrijven whether the reader may add and end phases and placements
 */
public record Participatie(Inzage inzage, List<PersoonParticipatie> personen, LocalDate vandaag, boolean zichtbaar,
        boolean magSchrijven) {

    /** From this age a person is shown even without anything recorded (work and volunteering start at 16). */
    public static final int MIN_LEEFTIJD = 16;

    static Participatie van(Inzage inzage, List<FasePeriode> fasen, List<Plaatsing> plaatsingen, LocalDate vandaag,
            boolean zichtbaar, boolean magSchrijven) {
        List<PersoonParticipatie> personen = new ArrayList<>();
        if (zichtbaar) {
            for (Persoon p : inzage.huishouden().personen()) {
                List<FasePeriode> f = fasen.stream().filter(x -> x.persoonId().equals(p.id()))
                    .sorted(Comparator.comparing(FasePeriode::van).thenComparing(FasePeriode::fase)).toList();
                List<Plaatsing> pl = plaatsingen.stream().filter(x -> x.persoonId().equals(p.id())).toList();
                if (f.isEmpty() && pl.isEmpty() && p.leeftijd(vandaag) < MIN_LEEFTIJD) {
                    continue;
                }
                personen.add(new PersoonParticipatie(p, f, pl, Participatieregels.huidigeFasen(f, vandaag),
                        Tijdlijn.van(f, vandaag)));
            }
        }
        return new Participatie(inzage, personen, vandaag, zichtbaar, magSchrijven);
    }

    public Huishouden huishouden() {
        return inzage.huishouden();
    }

    /** The persons of the household who can be given a phase or placement (from {@link #MIN_LEEFTIJD}). */
    public List<Persoon> kandidaten() {
        return inzage.huishouden().personen().stream().filter(p -> p.leeftijd(vandaag) >= MIN_LEEFTIJD).toList();
    }

    /** How many persons follow a dual route today. */
    public long aantalDuaal() {
        return personen.stream().filter(PersoonParticipatie::duaal).count();
    }

    /** How many placements run today. */
    public long aantalLopendePlaatsingen() {
        return personen.stream().flatMap(p -> p.plaatsingen().stream()).filter(p -> p.loopt(vandaag)).count();
    }

    /** One person's phases and placements. */
    public record PersoonParticipatie(Persoon persoon, List<FasePeriode> fasen, List<Plaatsing> plaatsingen,
            Set<PiezoFase> huidig, Tijdlijn tijdlijn) {

        public UUID id() {
            return persoon.id();
        }

        /** Two or more phases today. */
        public boolean duaal() {
            return huidig.size() >= 2;
        }

        public List<PiezoFase> huidigeFasen() {
            return huidig.stream().sorted().toList();
        }
    }

    /**
     * A compact timeline from the first start to today (or the last end, if later): one row per phase that occurs, each
     * period a bar at a position in percent of the whole. The template also writes each period's dates as text, so it
     * reads without colour or CSS.
     */
    public record Tijdlijn(LocalDate begin, LocalDate einde, List<Rij> rijen) {

        static Tijdlijn van(List<FasePeriode> fasen, LocalDate vandaag) {
            if (fasen.isEmpty()) {
                return new Tijdlijn(vandaag, vandaag, List.of());
            }
            LocalDate begin = fasen.stream().map(FasePeriode::van).min(Comparator.naturalOrder()).orElse(vandaag);
            LocalDate einde = vandaag;
            for (FasePeriode f : fasen) {
                if (f.tot() != null && f.tot().isAfter(einde)) {
                    einde = f.tot();
                }
                if (f.van().isAfter(einde)) {
                    einde = f.van();
                }
            }
            if (begin.isAfter(einde)) {
                begin = einde;
            }
            long dagen = Math.max(1, ChronoUnit.DAYS.between(begin, einde) + 1);
            List<Rij> rijen = new ArrayList<>();
            for (PiezoFase fase : PiezoFase.values()) {
                List<Balk> balken = new ArrayList<>();
                for (FasePeriode f : fasen) {
                    if (f.fase() != fase) {
                        continue;
                    }
                    LocalDate tot = f.tot() == null ? einde : f.tot();
                    long links = ChronoUnit.DAYS.between(begin, f.van()) * 100 / dagen;
                    long breedte = Math.max(2, (ChronoUnit.DAYS.between(f.van(), tot) + 1) * 100 / dagen);
                    links = Math.min(links, 98);
                    breedte = Math.min(breedte, 100 - links);
                    balken.add(new Balk(f, (int) links, (int) breedte, f.loopt(vandaag)));
                }
                if (!balken.isEmpty()) {
                    rijen.add(new Rij(fase, balken));
                }
            }
            return new Tijdlijn(begin, einde, rijen);
        }

        public boolean leeg() {
            return rijen.isEmpty();
        }
    }

    /** One phase's row of the timeline. */
    public record Rij(PiezoFase fase, List<Balk> balken) {
    }

    /** One period as a bar: offset and width in percent of the timeline; {@code loopt} when it runs today. */
    public record Balk(FasePeriode periode, int links, int breedte, boolean loopt) {

        /** The inline style placing the bar (numbers only, computed here). */
        public String stijl() {
            return "left:" + links + "%;width:" + breedte + "%";
        }
    }
}

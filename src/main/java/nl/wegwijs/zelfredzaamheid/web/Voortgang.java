package nl.wegwijs.zelfredzaamheid.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.zelfredzaamheid.Domein;
import nl.wegwijs.zelfredzaamheid.Instelling;
import nl.wegwijs.zelfredzaamheid.Instrument;
import nl.wegwijs.zelfredzaamheid.Meting;
import nl.wegwijs.zelfredzaamheid.Score;
import nl.wegwijs.zelfredzaamheid.Wijze;
import nl.wegwijs.zelfredzaamheid.Zelfredzaamheidsregels;

/**
 * One person's (or the household's) progress as the page shows it: a server-rendered SVG bar chart of the level per
 * domain over the last measurements, readable without colour (each measurement its own fill pattern, its date
 * written beside each bar and the level written at the end of it), a sentence per domain, and the same figures as a
 * table.
 *
 * @param id a unique prefix for the SVG's pattern and title ids
 */
public record Voortgang(String id, UUID onderwerp, String naam, List<Meting> metingen, List<Rij> rijen,
        Grafiek grafiek) {

    /** How many of the latest measurements the chart shows (the table shows all). */
    public static final int IN_GRAFIEK = 4;

    /** One domain: its level per measurement (none: not scored or not applicable) and the sentence in words. */
    public record Rij(Domein domein, List<@Nullable Integer> niveaus, List<@Nullable Wijze> wijzen, Zin zin) {
    }

    /**
     * The sentence: {@code soort} VOORUIT, ACHTERUIT, GELIJK, EEN (one measurement) or GEEN; from level {@code van}
     * (at {@code sinds}) to {@code naar}.
     */
    public record Zin(String soort, String domein, @Nullable Integer van, @Nullable Integer naar,
            @Nullable LocalDate sinds) {
    }

    public record Grafiek(double breedte, double hoogte, double x0, double lengte, List<Raster> raster,
            List<Groep> groepen, List<Legenda> legenda) {
    }

    public record Raster(double x, int niveau) {
    }

    public record Groep(double y, String naam, List<Balk> balken) {
    }

    /** A bar: {@code breedte} 0 when not scored (then {@code waarde} says why). */
    public record Balk(double y, double breedte, int patroon, LocalDate datum, @Nullable Integer niveau) {
    }

    public record Legenda(int patroon, LocalDate datum) {
    }

    static final double BREEDTE = 640;
    static final double X0 = 96;
    static final double BOVEN = 28;
    static final double KOP = 20;
    static final double BALK = 16;
    static final double TUSSEN = 4;
    static final double GROEP = 12;

    static Voortgang van(String id, UUID onderwerp, String naam, Instrument instrument, Instelling instelling,
            List<Meting> metingen) {
        int max = instrument.schaal().max();
        List<Domein> domeinen = instelling.domeinen(instrument);
        List<Rij> rijen = new ArrayList<>();
        for (Domein d : domeinen) {
            List<@Nullable Integer> niveaus = new ArrayList<>();
            List<@Nullable Wijze> wijzen = new ArrayList<>();
            for (Meting m : metingen) {
                niveaus.add(Zelfredzaamheidsregels.domeinNiveau(d, m, instrument.schaal()));
                wijzen.add(wijze(d, m));
            }
            rijen.add(new Rij(d, niveaus, wijzen, zin(d.naam(), niveaus, metingen)));
        }
        List<Meting> getoond = metingen.subList(Math.max(0, metingen.size() - IN_GRAFIEK), metingen.size());
        int eerste = metingen.size() - getoond.size();
        double lengte = BREEDTE - X0 - 36;
        List<Raster> raster = new ArrayList<>();
        for (int k = 1; k <= max; k++) {
            raster.add(new Raster(X0 + lengte * k / max, k));
        }
        List<Groep> groepen = new ArrayList<>();
        double y = BOVEN;
        for (Rij r : rijen) {
            double gy = y;
            y += KOP;
            List<Balk> balken = new ArrayList<>();
            for (int i = 0; i < getoond.size(); i++) {
                Integer n = r.niveaus().get(eerste + i);
                balken.add(new Balk(y, n == null ? 0 : lengte * n / max, i, getoond.get(i).gemetenOp(), n));
                y += BALK + TUSSEN;
            }
            groepen.add(new Groep(gy, r.domein().naam(), balken));
            y += GROEP;
        }
        List<Legenda> legenda = new ArrayList<>();
        for (int i = 0; i < getoond.size(); i++) {
            legenda.add(new Legenda(i, getoond.get(i).gemetenOp()));
        }
        return new Voortgang(id, onderwerp, naam, metingen, rijen,
                new Grafiek(BREEDTE, y, X0, lengte, raster, groepen, legenda));
    }

    /** What the person does in this domain: the answer of its first scored item that has one. */
    private static @Nullable Wijze wijze(Domein d, Meting m) {
        return d.items().stream().map(i -> m.score(i).map(Score::wijze).orElse(null)).filter(Objects::nonNull)
            .findFirst().orElse(null);
    }

    static Zin zin(String domein, List<@Nullable Integer> niveaus, List<Meting> metingen) {
        int eerste = -1;
        int laatste = -1;
        for (int i = 0; i < niveaus.size(); i++) {
            if (niveaus.get(i) != null) {
                if (eerste < 0) {
                    eerste = i;
                }
                laatste = i;
            }
        }
        if (eerste < 0) {
            return new Zin("GEEN", domein, null, null, null);
        }
        Integer van = niveaus.get(eerste);
        Integer naar = niveaus.get(laatste);
        LocalDate sinds = metingen.get(eerste).gemetenOp();
        if (eerste == laatste) {
            return new Zin("EEN", domein, van, van, sinds);
        }
        String soort = naar > van ? "VOORUIT" : naar < van ? "ACHTERUIT" : "GELIJK";
        return new Zin(soort, domein, van, naar, sinds);
    }
}

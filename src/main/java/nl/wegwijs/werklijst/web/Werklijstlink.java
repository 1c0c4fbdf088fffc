package nl.wegwijs.werklijst.web;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.system.Templates;
import nl.wegwijs.werklijst.WerklijstFilter;

/** The worklist's links with the filter kept, as the templates write them (JTE). */
public final class Werklijstlink {

    private Werklijstlink() {
    }

    /**
     * Thymeleaf's {@code @{/werklijst(weergave=..., status=..., gemeente=..., uitvoerder=..., fase=...)}}: every named
     * parameter, a null one empty; {@code aandacht} when {@code metAandacht}, {@code na} and {@code naTraject} when
     * either is given.
     */
    public static String link(WerklijstFilter f, boolean metAandacht, @Nullable String aandacht, @Nullable Object na,
            @Nullable Object naTraject) {
        StringBuilder s = new StringBuilder("/werklijst?weergave=").append(Templates.q(f.weergave()))
            .append("&status=").append(Templates.q(f.status()))
            .append("&gemeente=").append(Templates.q(f.gemeente()))
            .append("&uitvoerder=").append(Templates.q(f.uitvoerder()))
            .append("&fase=").append(Templates.q(f.fase()));
        if (metAandacht) {
            s.append("&aandacht=").append(Templates.q(aandacht));
        }
        if (na != null || naTraject != null) {
            s.append("&na=").append(Templates.q(na)).append("&naTraject=").append(Templates.q(naTraject));
        }
        return s.toString();
    }
}

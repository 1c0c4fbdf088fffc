package nl.wegwijs.checklist;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One item of a checklist template.
 *
 * @param code stable within a template and kept when a contract copies the default, so a household never gets the
 *        same item twice
 * @param leeftijdVan lowest age (inclusive) it applies to, or none; for a household item: someone in the household
 * @param leeftijdTot highest age (inclusive) it applies to, or none
 * @param termijnDagen days after (negative: before) the {@code referentie} date that it is due
 * @param jaarlijks recurs every calendar year, from the trajectory's start year
 * @param doelgroep applies only to this target group, or to everyone
 * @param vervallen no longer given to households (those that have it keep it)
 */
public record SjabloonItem(UUID id, String code, int volgorde, String titel, Thema thema, @Nullable Categorie categorie,
        Reikwijdte reikwijdte, @Nullable Integer leeftijdVan, @Nullable Integer leeftijdTot, Referentie referentie,
        int termijnDagen, boolean jaarlijks, Uitvoerende uitvoerende, @Nullable Doelgroep doelgroep,
        @Nullable String hulptekst, boolean vervallen) {

    public boolean heeftLeeftijd() {
        return leeftijdVan != null || leeftijdTot != null;
    }

    /** Whether someone of {@code leeftijd} falls within the item's age condition (true when it has none). */
    public boolean leeftijdPast(int leeftijd) {
        return (leeftijdVan == null || leeftijd >= leeftijdVan) && (leeftijdTot == null || leeftijd <= leeftijdTot);
    }
}

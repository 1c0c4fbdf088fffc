package nl.wegwijs.checklist;

import org.jspecify.annotations.Nullable;

/** What a beheerder or teamleider gives to add an item to a contract's template; the code is derived from the title. */
public record NieuwSjabloonItem(String titel, Thema thema, @Nullable Categorie categorie, Reikwijdte reikwijdte,
        @Nullable Integer leeftijdVan, @Nullable Integer leeftijdTot, Referentie referentie, int termijnDagen,
        boolean jaarlijks, Uitvoerende uitvoerende, @Nullable Doelgroep doelgroep, @Nullable String hulptekst) {
}

package nl.wegwijs.organisatie;

/**
 * The roles of Wegwijs. Gemeente side: beheerder to beleid; uitvoerder side: teamleider, begeleider, vrijwilliger. The
 * privacyfunctionaris (the organisation's privacy officer, FG) works for either and sees no household data: the
 * processing log, emergency overrides and the consent register's figures.
 */
public enum Rol {
    BEHEERDER, REGIEVOERDER, BUDGETCOACH, WIJKTEAM, BELEID, TEAMLEIDER, BEGELEIDER, VRIJWILLIGER, PRIVACYFUNCTIONARIS;

    public boolean gemeentezijde() {
        return ordinal() <= BELEID.ordinal();
    }

    /** Works for a gemeente or an uitvoerder alike. */
    public boolean beideZijden() {
        return this == BEHEERDER || this == PRIVACYFUNCTIONARIS;
    }

    /** The purpose under which this role processes personal data, for the processing log. */
    public String doel() {
        return switch (this) {
            case REGIEVOERDER -> "REGIE";
            case BUDGETCOACH -> "FINANCIEEL_ONTZORGEN";
            case WIJKTEAM -> "OVERDRACHT";
            case BEHEERDER, BELEID, PRIVACYFUNCTIONARIS -> "BEHEER";
            case TEAMLEIDER, BEGELEIDER, VRIJWILLIGER -> "BEGELEIDING";
        };
    }

    /** May change a household's base data (address, dates, persons). */
    public boolean magHuishoudenWijzigen() {
        return this == REGIEVOERDER || this == TEAMLEIDER || this == BEGELEIDER;
    }

    /** May register a household for guidance (aanmelding). */
    public boolean magAanmelden() {
        return this == REGIEVOERDER || this == TEAMLEIDER || this == BEGELEIDER;
    }
}

package nl.wegwijs.organisatie;

/** The roles of Wegwijs. Gemeente side: the first five; uitvoerder side: the last three. */
public enum Rol {
    BEHEERDER, REGIEVOERDER, BUDGETCOACH, WIJKTEAM, BELEID, TEAMLEIDER, BEGELEIDER, VRIJWILLIGER;

    public boolean gemeentezijde() {
        return ordinal() <= BELEID.ordinal();
    }

    /** The purpose under which this role processes personal data, for the processing log. */
    public String doel() {
        return switch (this) {
            case REGIEVOERDER -> "REGIE";
            case BUDGETCOACH -> "FINANCIEEL_ONTZORGEN";
            case WIJKTEAM -> "OVERDRACHT";
            case BEHEERDER, BELEID -> "BEHEER";
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

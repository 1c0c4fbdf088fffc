package nl.wegwijs.verwerkingslog;

import java.util.List;

/**
 * The codes of the register of processing activities (table {@code verwerkingsactiviteit}, V26), after Logboek
 * Dataverwerkingen's {@code dpl.core.processing_activity_id}. Every processing-log row names one in
 * {@link Verwerking#doel()}; the database refuses a code that is not in the register. Name, purpose, legal ground,
 * retention and categories of data subjects of each stand in the register itself.
 */
public final class Verwerkingsactiviteit {

    /** Guidance of a household (begeleider, teamleider, vrijwilliger). */
    public static final String BEGELEIDING = "BEGELEIDING";
    /** The gemeente's regie (regievoerder). */
    public static final String REGIE = "REGIE";
    /** Financial relief (budgetcoach). */
    public static final String FINANCIEEL_ONTZORGEN = "FINANCIEEL_ONTZORGEN";
    /** Handover to the social district team (wijkteam). */
    public static final String OVERDRACHT = "OVERDRACHT";
    /** Administration and supervision (beheerder, beleid, privacyfunctionaris). */
    public static final String BEHEER = "BEHEER";
    /** Emergency override without consent (acute danger). */
    public static final String DOORBRAAK = "DOORBRAAK";
    /** Registration of a household for guidance. */
    public static final String AANMELDING = "AANMELDING";
    /** A data subject's access report (AVG art. 15). */
    public static final String INZAGE = "INZAGE";
    /** Retention: anonymising or erasing after the retention period. */
    public static final String BEWAARTERMIJN = "BEWAARTERMIJN";
    /** The file moving with a person to another gemeente (export and import). */
    public static final String VERHUIZING = "VERHUIZING";
    /** Logins of medewerkers, successful and failed. */
    public static final String AUTHENTICATIE = "AUTHENTICATIE";

    /** A referral received and answered by the service's wijkteam, on the person's consent (issue 22). */
    public static final String DOORVERWIJZING = "DOORVERWIJZING";

    /** Every code above, in the order of the register. */
    public static final List<String> ALLE = List.of(BEGELEIDING, REGIE, FINANCIEEL_ONTZORGEN, OVERDRACHT, BEHEER,
            DOORBRAAK, AANMELDING, INZAGE, BEWAARTERMIJN, VERHUIZING, AUTHENTICATIE,
            DOORVERWIJZING);

    private Verwerkingsactiviteit() {
    }
}

package nl.wegwijs.afsluiting;

/**
 * The kinds of question a household brings to the sociaal wijkteam after guidance (after the wijkteams' own account
 * in source 004): forms and letters of agencies, residence and family reunification, money matters, psychosocial
 * problems and trauma (often referred on to specialist help), or something else.
 */
public enum Hulpvraagsoort {
    FORMULIEREN_BRIEVEN, VERBLIJF_GEZINSHERENIGING, GELDZAKEN, PSYCHOSOCIAAL, ANDERS
}

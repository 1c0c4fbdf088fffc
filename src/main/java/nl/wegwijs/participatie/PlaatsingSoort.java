package nl.wegwijs.participatie;

/** The kind of participation placement. */
public enum PlaatsingSoort {
    VRIJWILLIGERSWERK, STAGE, SNUFFELSTAGE, WERKERVARINGSPLAATS, ANDERS
}

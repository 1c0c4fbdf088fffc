package nl.wegwijs.intake;

/** Whether an interpreter took part in the brede intake: none, a professional one, or an informal one. */
public enum Tolk {
    GEEN, PROFESSIONEEL, INFORMEEL
}

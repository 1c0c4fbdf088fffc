package nl.wegwijs.signaal;

/** What a signal is about (BRIEF §8: guides are signaleerder en doorverwijzer). */
public enum Categorie {
    GEZONDHEID, PSYCHISCH, HUISELIJK_GEWELD, GELDZORGEN, SCHOOLVERZUIM, GEZINSHERENIGING, ANDERS
}

package nl.wegwijs.ontzorgen;

/** Kinds of fixed costs the gemeente pays from the benefit during ontzorgen (001 L480-500). */
public enum VasteLastSoort {
    HUUR, ENERGIE, WATER, ZORGVERZEKERING, ANDERS
}

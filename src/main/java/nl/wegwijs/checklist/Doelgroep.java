package nl.wegwijs.checklist;

/** A target-group variant of an item: it applies only to these persons (or households with one of them). */
public enum Doelgroep {
    NAREIZIGER, GEZINSMIGRANT
}

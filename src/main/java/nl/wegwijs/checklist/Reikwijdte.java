package nl.wegwijs.checklist;

/** Whether a template item is done once for the household or once for each person it applies to. */
public enum Reikwijdte {
    HUISHOUDEN, PERSOON
}

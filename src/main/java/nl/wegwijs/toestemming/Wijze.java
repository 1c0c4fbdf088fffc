package nl.wegwijs.toestemming;

/** How a consent was given. */
public enum Wijze {
    MONDELING, MONDELING_MET_TOLK, SCHRIFTELIJK, DIGITAAL
}

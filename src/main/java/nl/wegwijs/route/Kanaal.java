package nl.wegwijs.route;

/** How the household can reach the guide. */
public enum Kanaal {
    TELEFOON, WHATSAPP, EMAIL, SPREEKUUR
}

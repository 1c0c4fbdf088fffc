package nl.wegwijs.signaal;

/** Who owns an action of the plan van aanpak: the guide, the regievoerder, a partner (by name) or the statushouder. */
public enum Eigenaar {
    BEGELEIDER, REGIEVOERDER, PARTNER, STATUSHOUDER
}

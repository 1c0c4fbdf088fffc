package nl.wegwijs.zelfredzaamheid;

/** What the person does on this topic: alone, with their own network, or with help (the guide or a partner). */
public enum Wijze {
    ALLEEN, NETWERK, HULP
}

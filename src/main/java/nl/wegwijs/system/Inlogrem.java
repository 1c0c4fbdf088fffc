package nl.wegwijs.system;

/**
 * The brake on guessing passwords: after too many failed logins for one username, every further login for it (the
 * right password too) is refused for a while. A module that knows the logins supplies the count; the security
 * configuration asks it before the password is checked, for any username, so the answer tells nobody whether an
 * account exists.
 */
public interface Inlogrem {

    /** Failed logins within {@link #VENSTER_MINUTEN} after which a username is refused. */
    int MAX_MISLUKT = 5;

    /** The window, in minutes, over which failures count; the refusal lasts until fewer remain in it. */
    int VENSTER_MINUTEN = 15;

    /**
     * Failed logins from one network address within {@link #VENSTER_MINUTEN} after which every login from it is
     * refused: guessing across many usernames (each below its own limit) is braked too. High enough that a shared
     * office address with a few people mistyping is not locked out.
     */
    int MAX_MISLUKT_PER_ADRES = 30;

    /** Whether a login for this username is refused now. */
    boolean geremd(String gebruikersnaam);

    /** Whether a login from this network address is refused now. */
    boolean adresGeremd(String adres);
}

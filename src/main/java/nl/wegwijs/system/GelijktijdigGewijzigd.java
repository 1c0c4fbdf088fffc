package nl.wegwijs.system;

/**
 * Someone else changed the record since the user loaded it (optimistic locking): nothing was written.
 */
public class GelijktijdigGewijzigd extends DomeinFout {

    public GelijktijdigGewijzigd() {
        super("fout.gelijktijdig-gewijzigd");
    }
}

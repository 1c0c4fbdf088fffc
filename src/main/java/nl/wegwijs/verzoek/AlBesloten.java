package nl.wegwijs.verzoek;

import nl.wegwijs.system.GelijktijdigGewijzigd;

/**
 * The request was decided or withdrawn already (someone was first): nothing was written. A conflict (409 on the API),
 * with its own message instead of the general "changed meanwhile".
 */
public class AlBesloten extends GelijktijdigGewijzigd {

    @Override
    public String code() {
        return "verzoek.al-besloten";
    }
}

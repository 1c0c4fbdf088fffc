package nl.wegwijs.system;

/**
 * A refused action (422, like every {@link DomeinFout}) because the person concerned gave no valid consent for it:
 * the API's problem+json names the category of data the action would share ({@code gegevenssoort}, a name of
 * {@code nl.wegwijs.traject.Gegevenssoort}) and the consent's purpose ({@code doel}, a name of
 * {@code nl.wegwijs.toestemming.Doel}), next to the rule's {@code code}. Unlike {@link ToestemmingNodig} (403: the
 * reader may not see data) the data is visible; what is missing is the consent to pass it on.
 */
public class ToestemmingOntbreekt extends DomeinFout {

    private final String gegevenssoort;
    private final String doel;

    public ToestemmingOntbreekt(String gegevenssoort, String doel, String code, Object... argumenten) {
        super(code, argumenten);
        this.gegevenssoort = gegevenssoort;
        this.doel = doel;
    }

    public String gegevenssoort() {
        return gegevenssoort;
    }

    public String doel() {
        return doel;
    }
}

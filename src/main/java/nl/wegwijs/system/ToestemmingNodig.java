package nl.wegwijs.system;

/**
 * Thrown when the acting user may see a household but not this category of its data, for want of a consent: 403,
 * on the API a problem+json naming the missing category ({@code gegevenssoort}, a name of
 * {@code nl.wegwijs.traject.Gegevenssoort}). In the UI a section shows the "toestemming nodig" notice instead.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.FORBIDDEN)
public class ToestemmingNodig extends RuntimeException {

    private final String gegevenssoort;

    public ToestemmingNodig(String gegevenssoort) {
        super("Toestemming nodig: " + gegevenssoort);
        this.gegevenssoort = gegevenssoort;
    }

    public String gegevenssoort() {
        return gegevenssoort;
    }
}

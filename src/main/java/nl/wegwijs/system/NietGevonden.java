package nl.wegwijs.system;

/**
 * Thrown when a record does not exist or the acting user may not see it: both answer 404, so existence leaks nothing.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class NietGevonden extends RuntimeException {

    public NietGevonden() {
        super("Niet gevonden");
    }
}

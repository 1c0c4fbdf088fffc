package nl.wegwijs.system;

/** A query parameter of the API outside what it accepts (e.g. {@code aantal=-1}): 400 with the parameter named. */
public class OngeldigeParameter extends RuntimeException {

    private final String naam;
    private final String code;

    public OngeldigeParameter(String naam, String code) {
        super(naam + ": " + code);
        this.naam = naam;
        this.code = code;
    }

    public String naam() {
        return naam;
    }

    public String code() {
        return code;
    }
}

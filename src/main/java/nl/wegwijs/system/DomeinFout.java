package nl.wegwijs.system;

/**
 * A refusal by a domain rule, carrying a message key (resolved in Dutch or English) and its arguments. The web layer
 * shows it as a form error, the API as a 422 problem.
 */
public class DomeinFout extends RuntimeException {

    private final String code;
    private final Object[] argumenten;

    public DomeinFout(String code, Object... argumenten) {
        super(code);
        this.code = code;
        this.argumenten = argumenten;
    }

    public String code() {
        return code;
    }

    public Object[] argumenten() {
        return argumenten.clone();
    }
}

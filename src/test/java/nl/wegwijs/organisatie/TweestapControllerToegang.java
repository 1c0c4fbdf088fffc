package nl.wegwijs.organisatie;

/** The secret as the enrolment page groups it (same rule as the controller). */
final class TweestapControllerToegang {

    private TweestapControllerToegang() {
    }

    static String inGroepen(String geheim) {
        return geheim.replaceAll("(.{4})(?!$)", "$1 ");
    }
}

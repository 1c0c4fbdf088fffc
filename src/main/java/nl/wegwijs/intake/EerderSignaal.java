package nl.wegwijs.intake;

import java.time.LocalDate;

/** A signal others already gave before or at the intake: from whom, when, and what. */
public record EerderSignaal(SignaalBron bron, LocalDate datum, String tekst) {

    public EerderSignaal {
        tekst = tekst.strip();
    }
}

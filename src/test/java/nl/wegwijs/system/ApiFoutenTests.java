package nl.wegwijs.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

/** The API's last-resort handler: a client that went away is no error of Wegwijs, anything else is a 500. */
class ApiFoutenTests {

    private final ApiFouten fouten = new ApiFouten(teksten());

    private static StaticMessageSource teksten() {
        StaticMessageSource teksten = new StaticMessageSource();
        teksten.setUseCodeAsDefaultMessage(true);
        return teksten;
    }

    @Test
    void aClientThatClosedTheConnectionWhileTheAnswerWasWrittenGetsNoAnswerAndNoErrorLog() {
        var weg = new HttpMessageNotWritableException("Could not write JSON",
                new AsyncRequestNotUsableException("ServletOutputStream failed to write: java.io.IOException: Broken pipe"));

        assertThat(ApiFouten.clientWeg(weg)).isTrue();
        assertThat(fouten.onverwacht(weg)).isNull();
    }

    @Test
    void anythingElseUnexpectedIsA500ProblemEvenWhenCausedByAnIoError() {
        var fout = new IllegalStateException("kapot", new java.io.IOException("schijf vol"));

        assertThat(ApiFouten.clientWeg(fout)).isFalse();
        var antwoord = fouten.onverwacht(fout);
        assertThat(antwoord).isNotNull();
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    }
}

package nl.wegwijs.system;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure of a {@code @RestController} into {@code application/problem+json} (RFC 9457) with a Dutch
 * {@code detail}, field-level {@code invalidParams} for validation, and never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiFouten {

    private static final Logger log = LoggerFactory.getLogger(ApiFouten.class);
    private final MessageSource messages;

    ApiFouten(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({ NietGevonden.class, NoResourceFoundException.class })
    ProblemDetail nietGevonden() {
        return probleem(HttpStatus.NOT_FOUND, "fout.niet-gevonden", "niet-gevonden");
    }

    /** A role that may see but not do this (DESIGN20): the same 403 as the security filters give. */
    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ProblemDetail geenToegang() {
        return probleem(HttpStatus.FORBIDDEN, "fout.geen-toegang", "geen-toegang");
    }

    @ExceptionHandler(ToestemmingNodig.class)
    ProblemDetail toestemmingNodig(ToestemmingNodig fout) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                tekst("fout.toestemming-nodig", tekst("fout.gegevenssoort." + fout.gegevenssoort())));
        p.setTitle(tekst("fout.titel.toestemming-nodig"));
        p.setType(URI.create("https://wegwijs.nl/problemen/toestemming-nodig"));
        p.setProperty("gegevenssoort", fout.gegevenssoort());
        return p;
    }

    @ExceptionHandler(GelijktijdigGewijzigd.class)
    ProblemDetail gelijktijdig(GelijktijdigGewijzigd fout, jakarta.servlet.http.HttpServletRequest request) {
        if (Boolean.TRUE.equals(request.getAttribute(VersieFilter.UIT_IF_MATCH))) {
            // the version came from If-Match: a failed precondition (RFC 9110 §13.1.1), not a conflict
            return probleem(HttpStatus.PRECONDITION_FAILED, "fout.if-match.verouderd", "voorwaarde-mislukt");
        }
        return probleem(HttpStatus.CONFLICT, fout.code(), "gelijktijdig-gewijzigd");
    }

    @ExceptionHandler(DomeinFout.class)
    ProblemDetail domein(DomeinFout fout) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                tekst(fout.code(), fout.argumenten()));
        p.setTitle(tekst("fout.titel.domein"));
        p.setType(URI.create("https://wegwijs.nl/problemen/" + fout.code()));
        p.setProperty("code", fout.code());
        if (fout instanceof ToestemmingOntbreekt t) {
            // a consent-guarded action: which category of data and which purpose the missing consent is for
            p.setProperty("gegevenssoort", t.gegevenssoort());
            p.setProperty("doel", t.doel());
        }
        return p;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail ongeldig(MethodArgumentNotValidException fout) {
        ProblemDetail p = probleem(HttpStatus.BAD_REQUEST, "fout.ongeldige-invoer", "ongeldige-invoer");
        List<Map<String, String>> velden = fout.getBindingResult().getFieldErrors().stream()
            .map(this::veld)
            .toList();
        List<Map<String, String>> algemeen = fout.getBindingResult().getGlobalErrors().stream()
            .map(e -> Map.of("name", e.getObjectName(), "reason",
                    messages.getMessage(e, LocaleContextHolder.getLocale())))
            .toList();
        p.setProperty("invalidParams", java.util.stream.Stream.concat(velden.stream(), algemeen.stream()).toList());
        return p;
    }

    @ExceptionHandler(OngeldigeParameter.class)
    ProblemDetail ongeldigeParameter(OngeldigeParameter fout) {
        ProblemDetail p = probleem(HttpStatus.BAD_REQUEST, "fout.ongeldige-invoer", "ongeldige-invoer");
        p.setProperty("invalidParams", List.of(Map.of("name", fout.naam(), "reason", tekst(fout.code()))));
        return p;
    }

    @ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class })
    ProblemDetail onleesbaar() {
        return probleem(HttpStatus.BAD_REQUEST, "fout.onleesbaar", "onleesbaar");
    }

    @ExceptionHandler({ HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class,
            HttpMediaTypeNotAcceptableException.class, MissingServletRequestParameterException.class })
    ResponseEntity<ProblemDetail> kader(Exception fout) {
        return Kaderfouten.antwoord(fout, messages);
    }

    @ExceptionHandler(Exception.class)
    @org.jspecify.annotations.Nullable
    ResponseEntity<ProblemDetail> onverwacht(Exception fout) {
        if (fout instanceof org.springframework.web.ErrorResponse antwoord
                && antwoord.getStatusCode().is4xxClientError()) {
            // another of Spring's own refusals (a missing header, a bad path variable, ...): the client's fault
            HttpStatus status = HttpStatus.valueOf(antwoord.getStatusCode().value());
            ProblemDetail p = status == HttpStatus.NOT_FOUND ? nietGevonden()
                    : probleem(status, "fout.onleesbaar", "onleesbaar");
            return ResponseEntity.status(status).contentType(Kaderfouten.PROBLEEM).body(p);
        }
        if (clientWeg(fout)) {
            // the client closed the connection while the answer was written (a closed tab, a timed-out client):
            // nobody is left to answer, and it is no fault of Wegwijs; no error with a stack trace in the log
            log.debug("De client sloot de verbinding tijdens het antwoord: {}", fout.getMessage());
            return null;
        }
        log.error("Onverwachte fout in de API", fout);
        return ResponseEntity.internalServerError().contentType(Kaderfouten.PROBLEEM)
            .body(probleem(HttpStatus.INTERNAL_SERVER_ERROR, "fout.onverwacht", "onverwacht"));
    }

    /** Whether writing the answer failed because the client went away (Spring wraps the broken pipe in this). */
    static boolean clientWeg(Throwable fout) {
        for (Throwable t = fout; t != null; t = t.getCause()) {
            if (t instanceof org.springframework.web.context.request.async.AsyncRequestNotUsableException) {
                return true;
            }
        }
        return false;
    }

    private Map<String, String> veld(FieldError fout) {
        return Map.of("name", fout.getField(), "reason", messages.getMessage(fout, LocaleContextHolder.getLocale()));
    }

    private ProblemDetail probleem(HttpStatus status, String code, String type) {
        return Kaderfouten.probleem(messages, LocaleContextHolder.getLocale(), status, code, new Object[0], type);
    }

    private String tekst(String code, Object... argumenten) {
        return messages.getMessage(code, argumenten, code, LocaleContextHolder.getLocale());
    }
}

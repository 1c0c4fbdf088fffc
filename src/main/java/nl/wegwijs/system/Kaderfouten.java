package nl.wegwijs.system;

import java.net.URI;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The framework's own refusals (unknown path, wrong method, wrong Content-Type or Accept, a missing parameter) as
 * Dutch problem+json for the API. Always written as {@code application/problem+json}, whatever the client asked
 * for, so an {@code Accept: application/xml} gets a readable 406 instead of a second failure.
 */
final class Kaderfouten {

    static final MediaType PROBLEEM = MediaType.APPLICATION_PROBLEM_JSON;

    private Kaderfouten() {
    }

    static ResponseEntity<ProblemDetail> antwoord(Exception fout, MessageSource messages) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(PROBLEEM);
        HttpStatus status;
        String code;
        String type;
        Object[] args = {};
        if (fout instanceof NoResourceFoundException) {
            status = HttpStatus.NOT_FOUND;
            code = "fout.niet-gevonden";
            type = "niet-gevonden";
        }
        else if (fout instanceof HttpRequestMethodNotSupportedException m) {
            status = HttpStatus.METHOD_NOT_ALLOWED;
            code = "fout.methode";
            type = "methode";
            String toegestaan = m.getSupportedHttpMethods() == null ? ""
                    : m.getSupportedHttpMethods().stream().map(Object::toString).collect(Collectors.joining(", "));
            args = new Object[] { m.getMethod(), toegestaan };
            if (m.getSupportedHttpMethods() != null) {
                headers.setAllow(m.getSupportedHttpMethods());
            }
        }
        else if (fout instanceof HttpMediaTypeNotSupportedException m) {
            status = HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            code = "fout.mediatype";
            type = "mediatype";
            args = new Object[] { m.getContentType() == null ? "?" : m.getContentType().toString() };
        }
        else if (fout instanceof HttpMediaTypeNotAcceptableException) {
            status = HttpStatus.NOT_ACCEPTABLE;
            code = "fout.niet-aanvaardbaar";
            type = "niet-aanvaardbaar";
        }
        else if (fout instanceof MissingServletRequestParameterException m) {
            status = HttpStatus.BAD_REQUEST;
            code = "fout.parameter-ontbreekt";
            type = "ongeldige-invoer";
            args = new Object[] { m.getParameterName() };
        }
        else {
            status = HttpStatus.BAD_REQUEST;
            code = "fout.onleesbaar";
            type = "onleesbaar";
        }
        return new ResponseEntity<>(probleem(messages, LocaleContextHolder.getLocale(), status, code, args, type),
                headers, status);
    }

    /**
     * The one shape of every Wegwijs problem: the Dutch (or English) text of {@code code} as detail, the title of
     * {@code fout.titel.<type>}, and type {@code https://wegwijs.nl/problemen/<type>}.
     */
    static ProblemDetail probleem(MessageSource messages, java.util.Locale locale, HttpStatus status, String code,
            Object[] args, String type) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, messages.getMessage(code, args, code, locale));
        p.setTitle(messages.getMessage("fout.titel." + type, null, type, locale));
        p.setType(URI.create("https://wegwijs.nl/problemen/" + type));
        return p;
    }
}

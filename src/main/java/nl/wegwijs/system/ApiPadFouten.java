package nl.wegwijs.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Refusals that happen before any API controller is chosen (an unknown path or method under {@code /api/}): Dutch
 * problem+json. Anywhere else the exception goes on to Spring's default handling, which shows the Dutch HTML error
 * page ({@code error.html}).
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiPadFouten {

    private final MessageSource messages;

    ApiPadFouten(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({ NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class,
            HttpMediaTypeNotSupportedException.class, HttpMediaTypeNotAcceptableException.class })
    ResponseEntity<ProblemDetail> kader(Exception fout, HttpServletRequest request) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw fout;
        }
        return Kaderfouten.antwoord(fout, messages);
    }
}

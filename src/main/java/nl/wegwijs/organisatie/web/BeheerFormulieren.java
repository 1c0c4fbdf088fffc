package nl.wegwijs.organisatie.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import nl.wegwijs.system.DomeinFout;

/**
 * What every beheer form shares: a value that cannot be converted (a word in a number field) gets a Dutch message
 * from the {@code beheer.ongeldig.*} keys instead of Spring's technical text, and a domain refusal becomes an error
 * of the whole form.
 */
@ControllerAdvice(basePackageClasses = BeheerFormulieren.class)
class BeheerFormulieren {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d-M-yyyy");

    @InitBinder
    void berichtcodes(WebDataBinder binder) {
        binder.setMessageCodesResolver(new DefaultMessageCodesResolver() {
            @Override
            public String[] resolveMessageCodes(String errorCode, String objectName, String field,
                    @Nullable Class<?> fieldType) {
                String code = "typeMismatch".equals(errorCode) ? "beheer.ongeldig" : errorCode;
                return super.resolveMessageCodes(code, objectName, field, fieldType);
            }
        });
    }

    /** Shows a domain refusal above the form; dates in its arguments as the user writes them (d-M-jjjj). */
    static void toon(BindingResult result, DomeinFout fout) {
        result.reject(fout.code(), leesbaar(fout).argumenten(), fout.code());
    }

    /** The same refusal with its dates as the user writes them (d-M-jjjj), e.g. for a flash message. */
    static DomeinFout leesbaar(DomeinFout fout) {
        Object[] argumenten = Arrays.stream(fout.argumenten())
            .map(a -> a instanceof LocalDate d ? datum(d) : a)
            .toArray();
        return new DomeinFout(fout.code(), argumenten);
    }

    /**
     * Whether the form object could be built. A value that cannot be converted (a word in a number field) leaves a
     * record form unbuilt: the binding result then holds only that error and no target, so no further rule can be
     * checked against it (and {@code rejectValue} would fail).
     */
    static boolean gebonden(BindingResult result) {
        return result.getTarget() != null;
    }

    /** A date as the user writes it in a message argument: d-M-jjjj. */
    static String datum(LocalDate datum) {
        return datum.format(DATUM);
    }

    /** Puts an empty form in the model unless the request already bound one (with its errors). */
    static void formAlsNodig(Model model, String naam, Supplier<?> leeg) {
        if (!model.containsAttribute(naam)) {
            model.addAttribute(naam, leeg.get());
        }
    }
}

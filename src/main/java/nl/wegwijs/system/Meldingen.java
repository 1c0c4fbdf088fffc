package nl.wegwijs.system;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Flash messages after a POST (redirect-after-post): {@code melding} for success, {@code fout} for a refusal, both
 * resolved in the user's language.
 */
@Component
public class Meldingen {

    private final MessageSource messages;

    Meldingen(MessageSource messages) {
        this.messages = messages;
    }

    public String tekst(String code, Object... argumenten) {
        return messages.getMessage(code, argumenten, code, LocaleContextHolder.getLocale());
    }

    /** The values of an enum as select options, labelled by {@code prefix + name}. */
    public java.util.List<Keuze> opties(Enum<?>[] waarden, String prefix) {
        return java.util.Arrays.stream(waarden).map(w -> new Keuze(w.name(), tekst(prefix + w.name()))).toList();
    }

    public void gelukt(RedirectAttributes redirect, String code, Object... argumenten) {
        redirect.addFlashAttribute("melding", tekst(code, argumenten));
    }

    public void mislukt(RedirectAttributes redirect, DomeinFout fout) {
        redirect.addFlashAttribute("fout", tekst(fout.code(), fout.argumenten()));
    }
}

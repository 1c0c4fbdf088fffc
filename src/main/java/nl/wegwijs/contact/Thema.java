package nl.wegwijs.contact;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import nl.wegwijs.system.DomeinFout;

/** The seven practice themes (leefgebieden) of guidance, discussed at a contact or the subject of a group session. */
public enum Thema {
    WONEN, FINANCIEN_ADMINISTRATIE, GEZONDHEID, INBURGERING, GEZIN_FAMILIE, SOCIAAL_NETWERK, PARTICIPATIE;

    /** The theme with this code (case-insensitive); an unknown code is refused with a clear message. */
    public static Thema van(String code) {
        String c = code.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.name().equals(c)).findFirst()
            .orElseThrow(() -> new DomeinFout("contact.thema.onbekend", code.strip()));
    }

    /** The themes with these codes; one unknown code refuses them all. */
    public static Set<Thema> van(Collection<String> codes) {
        Set<Thema> themas = EnumSet.noneOf(Thema.class);
        codes.stream().filter(c -> !c.isBlank()).forEach(c -> themas.add(van(c)));
        return themas;
    }
}

package nl.wegwijs.afsluiting.web;

import org.jspecify.annotations.Nullable;

/** What the afsluiting JTE templates need beyond the shared helpers (nl.wegwijs.system.Templates). */
public final class Waarde {

    private Waarde() {
    }

    /** An input's value as Thymeleaf's th:value writes it: null gives value="" (the attribute stays). */
    public static String waarde(@Nullable Object waarde) {
        return waarde == null ? "" : waarde.toString();
    }
}

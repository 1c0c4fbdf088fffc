package nl.wegwijs.bewaren.web;

import org.jspecify.annotations.Nullable;

/** What the bewaren templates (JTE) need beyond the shared helpers. */
public final class BewaarWeergave {

    private BewaarWeergave() {
    }

    /** Empty as Thymeleaf's Elvis operator ({@code a ?: b}) takes it: null or the empty string. */
    public static boolean leeg(@Nullable Object waarde) {
        return waarde == null || "".equals(waarde);
    }
}

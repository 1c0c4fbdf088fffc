package nl.wegwijs.overleg;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A standing participant of a meeting series: a medewerker in Wegwijs ({@code medewerkerId}, {@code naam} their
 * display name), or someone outside it by name and role ("Wmo-consulent", "maatschappelijk werker").
 */
public record Deelnemer(@Nullable UUID medewerkerId, String naam, @Nullable String rol) {

    public boolean intern() {
        return medewerkerId != null;
    }
}

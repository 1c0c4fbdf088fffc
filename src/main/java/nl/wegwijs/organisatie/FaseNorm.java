package nl.wegwijs.organisatie;

import org.jspecify.annotations.Nullable;

/**
 * One phase of guidance as a contract describes it, with its indicative length in weeks (null: until the end).
 */
public record FaseNorm(String code, String naam, @Nullable Integer indicatieWeken) {
}

package nl.wegwijs.signaal;

import org.jspecify.annotations.Nullable;

/** To whom a signal went, as lists show it: the addressee, and the named guide's name when it went to one. */
public record Adres(Aan aan, @Nullable String naam) {
}

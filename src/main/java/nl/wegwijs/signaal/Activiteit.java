package nl.wegwijs.signaal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The last thing that happened to a signal, for lists: the kind of the thread's last entry (null: nothing since it
 * was raised), who did it (the raiser when nothing happened since) and when.
 */
public record Activiteit(@Nullable BerichtSoort soort, String door, Instant op) {
}

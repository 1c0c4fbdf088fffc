package nl.wegwijs.notificatie;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One unread notification as its reader sees it: {@code sleutel} is a message key rendered with {@code argumenten},
 * {@code link} a path inside Wegwijs.
 */
public record Notificatie(UUID id, @Nullable UUID huishoudenId, String sleutel, List<String> argumenten, String link,
        Instant aangemaaktOp) {

    public Object[] args() {
        return argumenten.toArray();
    }
}

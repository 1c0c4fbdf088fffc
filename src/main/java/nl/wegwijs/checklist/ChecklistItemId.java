package nl.wegwijs.checklist;

import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies a {@link ChecklistItem}. */
public record ChecklistItemId(UUID value) implements Identifier {

    public static ChecklistItemId from(String tekst) {
        return new ChecklistItemId(UUID.fromString(tekst));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package nl.wegwijs.werklijst;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A page of the worklist and the keyset position of the next page, if there is one. */
public record WerklijstPagina(List<WerklijstRegel> regels, @Nullable WerklijstRegel laatste, boolean meer) {
}

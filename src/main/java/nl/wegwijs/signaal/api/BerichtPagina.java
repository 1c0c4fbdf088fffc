package nl.wegwijs.signaal.api;

import java.util.List;

/** A signal's thread, in the order written (a thread stays short, so it comes whole). */
record BerichtPagina(List<BerichtResource> berichten) {
}

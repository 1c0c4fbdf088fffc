package nl.wegwijs.werklijst;

/**
 * The counts on top of the worklist, all of households (never of tasks), over the households the list shows:
 * <ul>
 * <li>{@code totaal}: households in the list;</li>
 * <li>{@code teLaat}: households whose next thing (the date in the first column) is past;</li>
 * <li>{@code binnenkort}: households whose next thing falls within the coming seven days, today included;</li>
 * <li>{@code signalen}: households with at least one open signal;</li>
 * <li>{@code zonderContact}: running households past the contact norm, or without any contact yet.</li>
 * </ul>
 * {@code teLaat} and {@code binnenkort} never overlap and together are at most {@code totaal}; every count is at most
 * {@code totaal}. Each count is also a filter of the list ({@link WerklijstFilter#AANDACHT}) that selects exactly
 * the households counted.
 */
public record WerklijstTelling(int totaal, int teLaat, int binnenkort, int signalen, int zonderContact) {
}

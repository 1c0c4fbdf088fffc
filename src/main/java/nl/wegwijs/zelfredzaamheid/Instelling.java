package nl.wegwijs.zelfredzaamheid;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A contract's choices: which instrument and which of its domains (empty = all), the measurement moments in months
 * after guidance started (the baseline is due {@code nulmetingWeken} weeks after the start, interim measurements are
 * always allowed), whether an end measurement is asked, and the "zelfredzaam genoeg?" rule: every applicable
 * component at least {@code drempel} (none = the level named "voldoende"), with at most {@code toegestaanOnder}
 * components below it.
 *
 * @param standaard no row for this contract: the defaults apply
 */
public record Instelling(UUID contractId, UUID instrumentId, Set<UUID> domeinen, List<Integer> momenten,
        int nulmetingWeken, boolean eindmeting, @Nullable Integer drempel, int toegestaanOnder, long versie,
        boolean standaard) {

    /** The default when a contract has none: the VluchtelingenWerk instrument, all domains, baseline in 6 weeks, then 6 and 12 months. */
    public static final List<Integer> STANDAARD_MOMENTEN = List.of(6, 12);

    public static final int STANDAARD_NULMETING_WEKEN = 6;

    public boolean aan(Domein d) {
        return domeinen.isEmpty() || domeinen.contains(d.id());
    }

    public List<Domein> domeinen(Instrument instrument) {
        return instrument.domeinen().stream().filter(this::aan).toList();
    }

    public int drempel(Schaal schaal) {
        return drempel != null && schaal.bevat(drempel) ? drempel : schaal.voldoende();
    }
}

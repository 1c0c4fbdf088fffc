package nl.wegwijs.organisatie;

import java.util.List;

/**
 * Everything that fixes a household's timeline under a contract: the gemeente's versions and the contract's versions,
 * each ordered by {@code geldigVanaf}.
 */
public record Regime(Contract contract, List<GemeenteRegime> gemeenteVersies, List<ContractVoorwaarden> voorwaarden) {
}

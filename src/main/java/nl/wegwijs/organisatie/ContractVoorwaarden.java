package nl.wegwijs.organisatie;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One version of what guidance looks like under a contract gemeente × uitvoerder, valid for households whose
 * {@code peildatum} (the household date the contract names, e.g. HUISVESTING in Haarlem) is on or after
 * {@code geldigVanaf}.
 *
 * @param begeleidingMaanden the guidance duration in months, or null for "geen formeel einde" (Tholen)
 * @param telVanaf the date the duration counts from
 * @param starttrigger the moment guidance practically starts
 * @param startNaWeken weeks after the start trigger that guidance starts (Dongen once: 6 weeks after housing)
 * @param verlengingMaxMaanden maximum months one extension may add in total (0: no extension possible)
 * @param verlengingVoorwaarde when an extension is allowed, in the contract's words
 * @param verlengingBesluitDoor who decides on an extension
 * @param afsluitingVoorloopWeken how many weeks before the planned end the closing talk and handover are planned
 * @param fasen the phases of guidance, in order
 */
public record ContractVoorwaarden(UUID id, UUID contractId, LocalDate geldigVanaf, @Nullable Integer begeleidingMaanden,
        Startmoment telVanaf, Startmoment starttrigger, int startNaWeken, int verlengingMaxMaanden,
        @Nullable String verlengingVoorwaarde, @Nullable String verlengingBesluitDoor, int afsluitingVoorloopWeken,
        List<FaseNorm> fasen) {

    public boolean heeftFormeelEinde() {
        return begeleidingMaanden != null;
    }
}

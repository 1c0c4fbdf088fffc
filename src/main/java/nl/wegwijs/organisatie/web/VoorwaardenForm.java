package nl.wegwijs.organisatie.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import nl.wegwijs.organisatie.ContractVoorwaarden;
import nl.wegwijs.organisatie.FaseNorm;
import nl.wegwijs.organisatie.Startmoment;

/**
 * One version of a contract's voorwaarden, valid from a date. The phases come as lines {@code CODE;Naam;weken} (the
 * weeks may stay empty: until the end).
 */
record VoorwaardenForm(
        @NotNull(message = "{beheer.versie.geldigVanaf.leeg}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        @Nullable LocalDate geldigVanaf,
        @Nullable Boolean geenFormeelEinde,
        @Min(value = 1, message = "{beheer.voorwaarden.begeleidingMaanden.bereik}")
        @Max(value = 120, message = "{beheer.voorwaarden.begeleidingMaanden.bereik}")
        @Nullable Integer begeleidingMaanden,
        @NotNull(message = "{beheer.voorwaarden.telVanaf.leeg}") @Nullable Startmoment telVanaf,
        @NotNull(message = "{beheer.voorwaarden.starttrigger.leeg}") @Nullable Startmoment starttrigger,
        @NotNull(message = "{beheer.voorwaarden.startNaWeken.leeg}")
        @Min(value = 0, message = "{beheer.voorwaarden.weken.bereik}") @Max(value = 52, message = "{beheer.voorwaarden.weken.bereik}")
        @Nullable Integer startNaWeken,
        @NotNull(message = "{beheer.voorwaarden.verlengingMaxMaanden.leeg}")
        @Min(value = 0, message = "{beheer.voorwaarden.verlengingMaxMaanden.bereik}")
        @Max(value = 60, message = "{beheer.voorwaarden.verlengingMaxMaanden.bereik}")
        @Nullable Integer verlengingMaxMaanden,
        @Size(max = 500, message = "{beheer.tekst.lang}") @Nullable String verlengingVoorwaarde,
        @Size(max = 200, message = "{beheer.tekst.lang}") @Nullable String verlengingBesluitDoor,
        @NotNull(message = "{beheer.voorwaarden.afsluitingVoorloopWeken.leeg}")
        @Min(value = 0, message = "{beheer.voorwaarden.weken.bereik}") @Max(value = 52, message = "{beheer.voorwaarden.weken.bereik}")
        @Nullable Integer afsluitingVoorloopWeken,
        @NotBlank(message = "{beheer.fasen.leeg}") @Size(max = 4000, message = "{beheer.tekst.lang}")
        @Nullable String fasen) {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{1,20}");

    static VoorwaardenForm leeg() {
        return new VoorwaardenForm(null, null, 12, Startmoment.BRP_INSCHRIJVING, Startmoment.HUISVESTING, 0, 0,
                null, null, 6, null);
    }

    /** A new version starts as a copy of the latest one, without a date. */
    static VoorwaardenForm vanaf(@Nullable ContractVoorwaarden laatste) {
        if (laatste == null) {
            return leeg();
        }
        return new VoorwaardenForm(null, !laatste.heeftFormeelEinde(), laatste.begeleidingMaanden(),
                laatste.telVanaf(), laatste.starttrigger(), laatste.startNaWeken(), laatste.verlengingMaxMaanden(),
                laatste.verlengingVoorwaarde(), laatste.verlengingBesluitDoor(), laatste.afsluitingVoorloopWeken(),
                alsRegels(laatste.fasen()));
    }

    static String alsRegels(List<FaseNorm> fasen) {
        return fasen.stream()
            .map(f -> f.code() + ";" + f.naam() + ";" + (f.indicatieWeken() == null ? "" : f.indicatieWeken()))
            .collect(Collectors.joining("\n"));
    }

    /**
     * The rules across fields, and the phases read from their lines. Errors go to {@code pad + veld} (pad is
     * {@code ""} when this form is the bound object, {@code "voorwaarden."} inside a contract form).
     */
    List<FaseNorm> controleer(Errors errors, String pad) {
        if (!zonderEinde() && begeleidingMaanden == null) {
            errors.rejectValue(pad + "begeleidingMaanden", "beheer.voorwaarden.begeleidingMaanden.leeg");
        }
        return leesFasen(errors, pad + "fasen");
    }

    private List<FaseNorm> leesFasen(Errors errors, String veld) {
        List<FaseNorm> gelezen = new ArrayList<>();
        if (fasen == null || fasen.isBlank()) {
            return gelezen;
        }
        Set<String> codes = new HashSet<>();
        String[] regels = fasen.split("\\R");
        for (int i = 0; i < regels.length; i++) {
            String regel = regels[i].strip();
            if (regel.isEmpty()) {
                continue;
            }
            Object[] nummer = { String.valueOf(i + 1) };
            String[] delen = regel.split(";", -1);
            if (delen.length < 2 || delen.length > 3) {
                errors.rejectValue(veld, "beheer.fasen.formaat", nummer, null);
                continue;
            }
            String code = delen[0].strip().toUpperCase(Locale.ROOT);
            String naam = delen[1].strip();
            String weken = delen.length == 3 ? delen[2].strip() : "";
            if (!CODE.matcher(code).matches()) {
                errors.rejectValue(veld, "beheer.fasen.code", nummer, null);
            }
            else if (!codes.add(code)) {
                errors.rejectValue(veld, "beheer.fasen.dubbel", new Object[] { nummer[0], code }, null);
            }
            if (naam.isEmpty() || naam.length() > 100) {
                errors.rejectValue(veld, "beheer.fasen.naam", nummer, null);
            }
            Integer indicatie = weken(weken);
            if (!weken.isEmpty() && indicatie == null) {
                errors.rejectValue(veld, "beheer.fasen.weken", nummer, null);
            }
            gelezen.add(new FaseNorm(code, naam, indicatie));
        }
        return gelezen;
    }

    private static @Nullable Integer weken(String tekst) {
        try {
            int w = Integer.parseInt(tekst);
            return w >= 1 && w <= 520 ? w : null;
        }
        catch (NumberFormatException e) {
            return null;
        }
    }

    /** Only after {@link #controleer} found no errors. */
    ContractVoorwaarden toVoorwaarden(UUID contractId, List<FaseNorm> fasenNorm) {
        return new ContractVoorwaarden(UUID.randomUUID(), contractId, Objects.requireNonNull(geldigVanaf),
                zonderEinde() ? null : begeleidingMaanden, Objects.requireNonNull(telVanaf),
                Objects.requireNonNull(starttrigger), Objects.requireNonNull(startNaWeken),
                Objects.requireNonNull(verlengingMaxMaanden), leegAlsNull(verlengingVoorwaarde),
                leegAlsNull(verlengingBesluitDoor), Objects.requireNonNull(afsluitingVoorloopWeken),
                fasenNorm);
    }

    private boolean zonderEinde() {
        return Boolean.TRUE.equals(geenFormeelEinde);
    }

    private static @Nullable String leegAlsNull(@Nullable String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }
}

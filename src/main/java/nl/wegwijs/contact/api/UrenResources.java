package nl.wegwijs.contact.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.contact.Uren;

/** Hours as the "Mijn uren" and team hours pages show them, in minutes (the pages show hours and minutes). */
final class UrenResources {

    private UrenResources() {
    }

    @Schema(description = "Uw eigen uren in een jaar, per maand (alle twaalf maanden, ook lege).")
    record MijnUren(@Schema(description = "het jaar", example = "2026") int jaar,
            @Schema(description = "de twaalf maanden") List<UrenMaand> maanden,
            @Schema(description = "het totaal van het jaar") Totaal totaal) {

        static MijnUren van(int jaar, List<Uren.Maand> maanden) {
            return new MijnUren(jaar, maanden.stream().map(UrenMaand::van).toList(),
                    new Totaal(maanden.stream().mapToInt(Uren.Maand::contactMinuten).sum(),
                            maanden.stream().mapToInt(Uren.Maand::contacten).sum(),
                            maanden.stream().mapToInt(Uren.Maand::groepMinuten).sum(),
                            maanden.stream().mapToInt(Uren.Maand::groepen).sum()));
        }
    }

    @Schema(description = "Uren in één maand.")
    record UrenMaand(@Schema(description = "maand, 1 tot en met 12", example = "3") int maand,
            @Schema(description = "minuten aan contacten", example = "420") int contactMinuten,
            @Schema(description = "aantal contacten", example = "9") int contacten,
            @Schema(description = "minuten aan groepsbijeenkomsten die u organiseerde", example = "120")
            int groepMinuten,
            @Schema(description = "aantal groepsbijeenkomsten", example = "1") int groepen,
            @Schema(description = "alle minuten samen", example = "540") int totaalMinuten) {

        static UrenMaand van(Uren.Maand m) {
            return new UrenMaand(m.maand(), m.contactMinuten(), m.contacten(), m.groepMinuten(), m.groepen(),
                    m.totaalMinuten());
        }
    }

    @Schema(description = "Een totaal over een periode.")
    record Totaal(@Schema(description = "minuten aan contacten", example = "4200") int contactMinuten,
            @Schema(description = "aantal contacten", example = "90") int contacten,
            @Schema(description = "minuten aan groepsbijeenkomsten", example = "600") int groepMinuten,
            @Schema(description = "aantal groepsbijeenkomsten", example = "5") int groepen) {
    }

    @Schema(description = "De uren van elke begeleider, vrijwilliger en teamleider van uw uitvoerder in een periode.")
    record TeamUren(@Schema(description = "eerste dag", example = "2026-03-01") LocalDate van,
            @Schema(description = "laatste dag (inclusief)", example = "2026-03-31") LocalDate tot,
            @Schema(description = "per medewerker, op naam") List<MedewerkerUren> items) {
    }

    @Schema(description = "De uren van één medewerker.")
    record MedewerkerUren(
            @Schema(description = "id van de medewerker", example = "1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d")
            UUID medewerkerId,
            @Schema(description = "naam", example = "Sanne de Vries") String naam,
            @Schema(description = "rol", example = "VRIJWILLIGER") @Nullable String rol,
            @Schema(description = "minuten aan contacten", example = "420") int contactMinuten,
            @Schema(description = "aantal contacten", example = "9") int contacten,
            @Schema(description = "minuten aan groepsbijeenkomsten", example = "120") int groepMinuten,
            @Schema(description = "aantal groepsbijeenkomsten", example = "1") int groepen) {

        static MedewerkerUren van(Uren.Medewerker m) {
            return new MedewerkerUren(m.medewerkerId(), m.naam(), m.rol() == null ? null : m.rol().name(),
                    m.contactMinuten(), m.contacten(), m.groepMinuten(), m.groepen());
        }
    }
}

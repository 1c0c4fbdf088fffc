package nl.wegwijs.bewaren;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.huishouden.Geletterdheid;
import nl.wegwijs.huishouden.Geslacht;
import nl.wegwijs.huishouden.PersoonRol;
import nl.wegwijs.huishouden.Verblijfsstatus;

/**
 * The file that follows a household to another gemeente, with the persons' consent (purpose VERHUIZING): a JSON
 * document, {@code formaat} "wegwijs-verhuisdossier", {@code versie} {@value #VERSIE}. Described in
 * docs/verhuisdossier.md. Dates are ISO 8601 ({@code 2025-03-01}); enumerations are the names Wegwijs uses.
 *
 * @param naar the CBS codes of the gemeenten the persons consented to (empty: any gemeente may import it)
 * @param traject the trajectory at the previous gemeente (null when progress was not consented to)
 * @param checklist per item: code, titel, thema, persoon (a {@link Persoon#ref}, or null for the household), jaar,
 *        status, wieDeedHet, datum (empty when progress was not consented to)
 * @param afspraken the latest agreements of contacts: datum, soort, themas, afspraken
 */
public record Verhuisdossier(String formaat, int versie, Instant gemaaktOp, Gemeente van, List<String> naar,
        Huishouden huishouden, List<Persoon> personen, @Nullable Traject traject,
        List<Map<String, Object>> checklist, List<Map<String, Object>> afspraken) {

    public static final String FORMAAT = "wegwijs-verhuisdossier";
    public static final int VERSIE = 1;

    public record Gemeente(String naam, String cbsCode) {
    }

    public record Huishouden(@Nullable LocalDate koppeling, @Nullable LocalDate huisvesting,
            @Nullable LocalDate regeldag, @Nullable LocalDate verhuizing, @Nullable String herkomstLocatie) {
    }

    /** A person; {@code ref} names them within this document (their id at the previous gemeente). */
    public record Persoon(String ref, PersoonRol rol, String voornaam, String achternaam, LocalDate geboortedatum,
            Geslacht geslacht, String landVanHerkomst, List<String> talen, boolean tolkNodig,
            @Nullable String tolkTaal, Geletterdheid geletterdheid, @Nullable String vNummer, @Nullable String bsn,
            @Nullable LocalDate vergunningDatum, @Nullable LocalDate brpDatum, Verblijfsstatus verblijfsstatus) {
    }

    public record Traject(String status, LocalDate aangemeldOp, @Nullable LocalDate praktischeStart,
            @Nullable String fase, @Nullable LocalDate eindeDatum, @Nullable String eindeReden, String uitvoerder) {
    }
}

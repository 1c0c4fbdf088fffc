package nl.wegwijs.huishouden;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jmolecules.ddd.types.AggregateRoot;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.system.DomeinFout;

/**
 * A household registered for guidance in a gemeente, with its own dates (koppeling, housing allocation, regeldag,
 * move-in) and its persons.
 */
public class Huishouden implements AggregateRoot<Huishouden, HuishoudenId> {

    private final HuishoudenId id;
    private final UUID gemeenteId;
    private Adres adres;
    private HuishoudenDatums datums;
    private @Nullable String herkomstLocatie;
    private final List<Persoon> personen;
    private final long versie;

    Huishouden(HuishoudenId id, UUID gemeenteId, Adres adres, HuishoudenDatums datums, @Nullable String herkomstLocatie,
            List<Persoon> personen, long versie) {
        this.id = id;
        this.gemeenteId = gemeenteId;
        this.adres = adres;
        this.datums = datums;
        this.herkomstLocatie = herkomstLocatie;
        this.personen = new ArrayList<>(personen);
        this.versie = versie;
    }

    static Huishouden nieuw(UUID gemeenteId, Adres adres, HuishoudenDatums datums, @Nullable String herkomstLocatie,
            List<Persoon> personen) {
        Huishouden h = new Huishouden(HuishoudenId.nieuw(), gemeenteId, adres, datums, herkomstLocatie, List.of(), 0);
        if (personen.isEmpty()) {
            throw new DomeinFout("huishouden.personen.leeg");
        }
        personen.forEach(h::voegToe);
        return h;
    }

    @Override
    public HuishoudenId getId() {
        return id;
    }

    public HuishoudenId id() {
        return id;
    }

    public UUID gemeenteId() {
        return gemeenteId;
    }

    public Adres adres() {
        return adres;
    }

    public HuishoudenDatums datums() {
        return datums;
    }

    public @Nullable String herkomstLocatie() {
        return herkomstLocatie;
    }

    public List<Persoon> personen() {
        return List.copyOf(personen);
    }

    public long versie() {
        return versie;
    }

    /** The same household without BSN and V-nummer, for a reader who may not see them. */
    public Huishouden zonderIdentificatie() {
        return new Huishouden(id, gemeenteId, adres, datums, herkomstLocatie,
                personen.stream().map(Persoon::zonderIdentificatie).toList(), versie);
    }

    public Optional<Persoon> persoon(UUID persoonId) {
        return personen.stream().filter(p -> p.id().equals(persoonId)).findFirst();
    }

    /** The hoofdpersoon, or else the first person. */
    public Persoon hoofdpersoon() {
        return personen.stream().filter(p -> p.rol() == PersoonRol.HOOFDPERSOON).findFirst()
            .orElse(personen.get(0));
    }

    /** How the household is called in lists: the hoofdpersoon's name, and how many more. */
    public String naam() {
        return hoofdpersoon().achternaam() + ", " + hoofdpersoon().voornaam();
    }

    /** Lower-cased names of everyone, for search. */
    public String zoeknaam() {
        return personen.stream().map(p -> p.voornaam() + " " + p.achternaam())
            .collect(java.util.stream.Collectors.joining(" ")).toLowerCase(java.util.Locale.ROOT);
    }

    /** The household's BRP date: the earliest registration of a person who is not a nareiziger. */
    public @Nullable LocalDate brpDatum() {
        return personen.stream().filter(p -> !p.nareiziger()).map(Persoon::brpDatum).filter(Objects::nonNull)
            .min(Comparator.naturalOrder()).orElse(null);
    }

    void wijzig(Adres adres, HuishoudenDatums datums, @Nullable String herkomstLocatie) {
        this.adres = adres;
        this.datums = datums;
        this.herkomstLocatie = herkomstLocatie;
    }

    void voegToe(Persoon persoon) {
        if (persoon.rol() == PersoonRol.HOOFDPERSOON
                && personen.stream().anyMatch(p -> p.rol() == PersoonRol.HOOFDPERSOON)) {
            throw new DomeinFout("huishouden.hoofdpersoon.dubbel");
        }
        if (persoon.bsn() != null && personen.stream().anyMatch(p -> persoon.bsn().equals(p.bsn()))) {
            throw new DomeinFout("huishouden.bsn.dubbel");
        }
        personen.add(persoon);
    }

    void vervang(Persoon persoon) {
        int index = -1;
        for (int i = 0; i < personen.size(); i++) {
            if (personen.get(i).id().equals(persoon.id())) {
                index = i;
            }
        }
        if (index < 0) {
            throw new nl.wegwijs.system.NietGevonden();
        }
        Persoon oud = personen.remove(index);
        try {
            voegToe(persoon);
            personen.add(index, personen.remove(personen.size() - 1));
        }
        catch (DomeinFout fout) {
            personen.add(index, oud);
            throw fout;
        }
    }

    /** The household's address. */
    @Schema(description = "Het adres van een huishouden; een veld is leeg zolang het niet bekend is")
    public record Adres(
            @Schema(description = "straat", example = "Van Speijkstraat", nullable = true) @Nullable String straat,
            @Schema(description = "huisnummer met toevoeging", example = "14a", nullable = true)
            @Nullable String huisnummer,
            @Schema(description = "postcode", example = "2518 EV", nullable = true) @Nullable String postcode,
            @Schema(description = "woonplaats", example = "Den Haag", nullable = true) @Nullable String woonplaats) {

        public static final Adres ONBEKEND = new Adres(null, null, null, null);

        public String regel() {
            String s = (straat == null ? "" : straat) + (huisnummer == null ? "" : " " + huisnummer);
            String p = (postcode == null ? "" : postcode) + (woonplaats == null ? "" : " " + woonplaats);
            return (s.strip() + (p.isBlank() ? "" : ", " + p.strip())).strip();
        }
    }

    /**
     * The household's dates: koppeling to the gemeente, housing allocation, regeldag, move-in.
     */
    @Schema(description = "De datums van een huishouden; een datum is leeg zolang hij niet bekend is")
    public record HuishoudenDatums(
            @Schema(description = "koppeling aan de gemeente", example = "2026-01-12", nullable = true)
            @Nullable LocalDate koppeling,
            @Schema(description = "toewijzing van de woning", example = "2026-01-26", nullable = true)
            @Nullable LocalDate huisvesting,
            @Schema(description = "regeldag: alles regelen voor de verhuizing, nog in het azc", example = "2026-02-02",
                    nullable = true)
            @Nullable LocalDate regeldag,
            @Schema(description = "verhuizing naar de woning", example = "2026-02-09", nullable = true)
            @Nullable LocalDate verhuizing) {
    }
}

package nl.wegwijs.verzoek;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jmolecules.ddd.types.AggregateRoot;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.traject.TrajectId;

/**
 * A request to the gemeente (verzoek): the teamleider advises, with the client's agreement, to extend the guidance
 * by some months or to add a product. Valid from {@link #dienIn} on; then {@link #besluit} (the gemeente approves or
 * rejects it, a rejection with a reason) or {@link #trekIn} (the requester withdraws it), each only while it is
 * {@link VerzoekStatus#INGEDIEND}: a second decision is refused ({@link AlBesloten}).
 */
public class Verzoek implements AggregateRoot<Verzoek, VerzoekId> {

    /** The longest extension one request may ask for; the contract's maximum is checked when it is approved. */
    public static final int MAANDEN_MAX = 36;
    public static final int REDEN_MAX = 2000;
    public static final int NAAM_MAX = 100;

    private final VerzoekId id;
    private final HuishoudenId huishouden;
    private final TrajectId traject;
    private final UUID gemeenteId;
    private final VerzoekSoort soort;
    private final @Nullable Integer maanden;
    private final @Nullable Product product;
    private final @Nullable String productNaam;
    private final @Nullable LocalDate gewensteStart;
    private final String reden;
    private final LocalDate akkoordOp;
    private final AkkoordWijze akkoordWijze;
    private VerzoekStatus status;
    private final UUID ingediendDoor;
    private final String ingediendDoorNaam;
    private final Instant ingediendOp;
    private @Nullable UUID beslotenDoor;
    private @Nullable String beslotenDoorNaam;
    private @Nullable Instant beslotenOp;
    private @Nullable String besluitReden;
    private final long versie;

    Verzoek(VerzoekId id, HuishoudenId huishouden, TrajectId traject, UUID gemeenteId, VerzoekSoort soort,
            @Nullable Integer maanden, @Nullable Product product, @Nullable String productNaam,
            @Nullable LocalDate gewensteStart, String reden, LocalDate akkoordOp, AkkoordWijze akkoordWijze,
            VerzoekStatus status, UUID ingediendDoor, String ingediendDoorNaam, Instant ingediendOp,
            @Nullable UUID beslotenDoor, @Nullable String beslotenDoorNaam, @Nullable Instant beslotenOp,
            @Nullable String besluitReden, long versie) {
        this.id = id;
        this.huishouden = huishouden;
        this.traject = traject;
        this.gemeenteId = gemeenteId;
        this.soort = soort;
        this.maanden = maanden;
        this.product = product;
        this.productNaam = productNaam;
        this.gewensteStart = gewensteStart;
        this.reden = reden;
        this.akkoordOp = akkoordOp;
        this.akkoordWijze = akkoordWijze;
        this.status = status;
        this.ingediendDoor = ingediendDoor;
        this.ingediendDoorNaam = ingediendDoorNaam;
        this.ingediendOp = ingediendOp;
        this.beslotenDoor = beslotenDoor;
        this.beslotenDoorNaam = beslotenDoorNaam;
        this.beslotenOp = beslotenOp;
        this.besluitReden = besluitReden;
        this.versie = versie;
    }

    /**
     * A new request, refused when it breaks a rule: an extension names 1 to {@link #MAANDEN_MAX} months; a product
     * request names the product (and "anders" its name) and a desired start, if any, from today to a year ahead; a
     * reason; and the client's agreement (the day, not in the future nor over a year ago, and how). Texts within
     * their length.
     */
    static Verzoek dienIn(HuishoudenId huishouden, TrajectId traject, UUID gemeenteId, NieuwVerzoek n, UUID door,
            String doorNaam, Instant op, LocalDate vandaag) {
        String reden = tekst(n.reden());
        if (reden == null) {
            throw new DomeinFout("verzoek.reden.leeg");
        }
        if (reden.length() > REDEN_MAX) {
            throw new DomeinFout("verzoek.reden.te-lang", REDEN_MAX);
        }
        if (n.akkoordOp() == null || n.akkoordWijze() == null) {
            throw new DomeinFout("verzoek.akkoord.leeg");
        }
        if (n.akkoordOp().isAfter(vandaag)) {
            throw new DomeinFout("verzoek.akkoord.toekomst");
        }
        if (n.akkoordOp().isBefore(vandaag.minusYears(1))) {
            throw new DomeinFout("verzoek.akkoord.te-oud");
        }
        Integer maanden = null;
        Product product = null;
        String naam = null;
        LocalDate start = null;
        if (n.soort() == VerzoekSoort.VERLENGING) {
            if (n.maanden() == null || n.maanden() < 1 || n.maanden() > MAANDEN_MAX) {
                throw new DomeinFout("verzoek.maanden", MAANDEN_MAX);
            }
            maanden = n.maanden();
        }
        else {
            if (n.product() == null) {
                throw new DomeinFout("verzoek.product.leeg");
            }
            product = n.product();
            if (product == Product.ANDERS) {
                naam = tekst(n.productNaam());
                if (naam == null) {
                    throw new DomeinFout("verzoek.product-naam.leeg");
                }
                if (naam.length() > NAAM_MAX) {
                    throw new DomeinFout("verzoek.product-naam.te-lang", NAAM_MAX);
                }
            }
            start = n.gewensteStart();
            if (start != null && (start.isBefore(vandaag) || start.isAfter(vandaag.plusYears(1)))) {
                throw new DomeinFout("verzoek.start.bereik");
            }
        }
        return new Verzoek(VerzoekId.nieuw(), huishouden, traject, gemeenteId, n.soort(), maanden, product, naam,
                start, reden, n.akkoordOp(), n.akkoordWijze(), VerzoekStatus.INGEDIEND, door, doorNaam, op, null,
                null, null, null, 0);
    }

    /** The gemeente decides: approved (a reason is optional) or rejected (with a reason). Only an open request. */
    void besluit(Uitkomst uitkomst, @Nullable String toelichting, UUID door, String doorNaam, Instant op) {
        vereisOpen();
        String t = tekst(toelichting);
        if (uitkomst == Uitkomst.AFGEWEZEN && t == null) {
            throw new DomeinFout("verzoek.besluit.reden.leeg");
        }
        if (t != null && t.length() > REDEN_MAX) {
            throw new DomeinFout("verzoek.reden.te-lang", REDEN_MAX);
        }
        status = uitkomst.status();
        beslotenDoor = door;
        beslotenDoorNaam = doorNaam;
        beslotenOp = op;
        besluitReden = t;
    }

    /** The requester withdraws an open request. */
    void trekIn(UUID door, String doorNaam, Instant op) {
        vereisOpen();
        if (!door.equals(ingediendDoor)) {
            throw new DomeinFout("verzoek.intrekken.niet-indiener");
        }
        status = VerzoekStatus.INGETROKKEN;
        beslotenDoor = door;
        beslotenDoorNaam = doorNaam;
        beslotenOp = op;
    }

    private void vereisOpen() {
        if (!status.isOpen()) {
            throw new AlBesloten();
        }
    }

    private static @Nullable String tekst(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // --- reads

    /** The name of a product that is {@link Product#ANDERS}. */
    public @Nullable String productNaam() {
        return productNaam;
    }

    @Override
    public VerzoekId getId() {
        return id;
    }

    public VerzoekId id() {
        return id;
    }

    public HuishoudenId huishouden() {
        return huishouden;
    }

    public TrajectId traject() {
        return traject;
    }

    public UUID gemeenteId() {
        return gemeenteId;
    }

    public VerzoekSoort soort() {
        return soort;
    }

    public @Nullable Integer maanden() {
        return maanden;
    }

    public @Nullable Product product() {
        return product;
    }

    public @Nullable LocalDate gewensteStart() {
        return gewensteStart;
    }

    public String reden() {
        return reden;
    }

    public LocalDate akkoordOp() {
        return akkoordOp;
    }

    public AkkoordWijze akkoordWijze() {
        return akkoordWijze;
    }

    public VerzoekStatus status() {
        return status;
    }

    public UUID ingediendDoor() {
        return ingediendDoor;
    }

    public String ingediendDoorNaam() {
        return ingediendDoorNaam;
    }

    public Instant ingediendOp() {
        return ingediendOp;
    }

    public @Nullable UUID beslotenDoor() {
        return beslotenDoor;
    }

    public @Nullable String beslotenDoorNaam() {
        return beslotenDoorNaam;
    }

    public @Nullable Instant beslotenOp() {
        return beslotenOp;
    }

    public @Nullable String besluitReden() {
        return besluitReden;
    }

    public long versie() {
        return versie;
    }
}

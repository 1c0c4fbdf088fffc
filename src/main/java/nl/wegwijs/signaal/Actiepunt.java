package nl.wegwijs.signaal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;

/**
 * One agreed action of a signal's plan van aanpak: what, who owns it, by when, and when it was done. An entity inside
 * {@link Signaal}, with a version of its own so that two people can tick off different actions at the same time.
 */
public class Actiepunt {

    public static final int OMSCHRIJVING_MAX = 1000;
    public static final int NAAM_MAX = 200;

    private final UUID id;
    private ActiepuntGegevens gegevens;
    private @Nullable String eigenaarMedewerkerNaam;
    private final UUID vastgelegdDoor;
    private final Instant vastgelegdOp;
    private final long versie;
    private boolean nieuw;
    private boolean gewijzigd;

    Actiepunt(UUID id, ActiepuntGegevens gegevens, @Nullable String eigenaarMedewerkerNaam, UUID vastgelegdDoor,
            Instant vastgelegdOp, long versie) {
        this.id = id;
        this.gegevens = gegevens;
        this.eigenaarMedewerkerNaam = eigenaarMedewerkerNaam;
        this.vastgelegdDoor = vastgelegdDoor;
        this.vastgelegdOp = vastgelegdOp;
        this.versie = versie;
    }

    static Actiepunt nieuw(ActiepuntGegevens g, @Nullable Eigenaarschap medewerker, UUID door, Instant op,
            LocalDate vandaag) {
        controleer(g, medewerker, vandaag);
        Actiepunt a = new Actiepunt(UUID.randomUUID(), g, medewerker == null ? null : medewerker.naam(), door, op, 0);
        a.nieuw = true;
        return a;
    }

    /**
     * The rules of an action: a description within its length, a partner named, a medewerker only as owner of the
     * matching side (a begeleider for BEGELEIDER, a gemeente medewerker for REGIEVOERDER), not done in the future.
     */
    static void controleer(ActiepuntGegevens g, @Nullable Eigenaarschap medewerker, LocalDate vandaag) {
        if (g.omschrijving().isEmpty()) {
            throw new DomeinFout("signaal.actie.omschrijving.leeg");
        }
        if (g.omschrijving().length() > OMSCHRIJVING_MAX || g.partnerNaam() != null
                && g.partnerNaam().length() > NAAM_MAX) {
            throw new DomeinFout("signaal.tekst.te-lang");
        }
        if (g.eigenaar() == Eigenaar.PARTNER && g.partnerNaam() == null) {
            throw new DomeinFout("signaal.actie.partner.leeg");
        }
        if (medewerker != null) {
            boolean past = switch (g.eigenaar()) {
                case BEGELEIDER -> !medewerker.rol().gemeentezijde();
                case REGIEVOERDER -> medewerker.rol().gemeentezijde();
                case PARTNER, STATUSHOUDER -> false;
            };
            if (!past) {
                throw new DomeinFout("signaal.actie.medewerker.past-niet");
            }
        }
        if (g.gedaanOp() != null && g.gedaanOp().isAfter(vandaag)) {
            throw new DomeinFout("signaal.actie.gedaan.toekomst");
        }
    }

    void wijzig(ActiepuntGegevens nieuw, @Nullable Eigenaarschap medewerker, LocalDate vandaag) {
        controleer(nieuw, medewerker, vandaag);
        gegevens = nieuw;
        eigenaarMedewerkerNaam = medewerker == null ? null : medewerker.naam();
        gewijzigd = true;
    }

    /** Done today, or open again. */
    void markeer(boolean gedaan, LocalDate vandaag) {
        gegevens = new ActiepuntGegevens(gegevens.omschrijving(), gegevens.eigenaar(), gegevens.partnerNaam(),
                gegevens.eigenaarMedewerker(), gegevens.streefdatum(), gedaan ? vandaag : null);
        gewijzigd = true;
    }

    public boolean isOpen() {
        return gegevens.gedaanOp() == null;
    }

    /** Open and past its date. */
    public boolean isVerlopen(LocalDate vandaag) {
        return isOpen() && gegevens.streefdatum().isBefore(vandaag);
    }

    public UUID id() {
        return id;
    }

    public ActiepuntGegevens gegevens() {
        return gegevens;
    }

    public String omschrijving() {
        return gegevens.omschrijving();
    }

    public Eigenaar eigenaar() {
        return gegevens.eigenaar();
    }

    public @Nullable String partnerNaam() {
        return gegevens.partnerNaam();
    }

    public @Nullable UUID eigenaarMedewerker() {
        return gegevens.eigenaarMedewerker();
    }

    public @Nullable String eigenaarMedewerkerNaam() {
        return eigenaarMedewerkerNaam;
    }

    public LocalDate streefdatum() {
        return gegevens.streefdatum();
    }

    public @Nullable LocalDate gedaanOp() {
        return gegevens.gedaanOp();
    }

    public UUID vastgelegdDoor() {
        return vastgelegdDoor;
    }

    public Instant vastgelegdOp() {
        return vastgelegdOp;
    }

    public long versie() {
        return versie;
    }

    boolean isNieuw() {
        return nieuw;
    }

    boolean isGewijzigd() {
        return gewijzigd;
    }

    /** The medewerker who owns an action, as the service found them: name and role. */
    record Eigenaarschap(UUID id, String naam, Rol rol) {
    }
}

package nl.wegwijs.traject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.huishouden.Huishouden;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.verwerkingslog.Actie;
import nl.wegwijs.verwerkingslog.Verwerking;
import nl.wegwijs.verwerkingslog.Verwerkingslog;

/**
 * The one access point to a household's personal data for one acting medewerker, obtained by
 * {@link TrajectService#inzage} (which answers 404 when the household is not visible to them). It holds:
 * <ul>
 * <li>the access decision ({@link #toegang()}: which trajectory, whether they may record guidance);
 * <li>the basis: which data categories they see by their task ({@link Inzagebeleid}), which by consent, and whether
 * an emergency override is active;
 * <li>{@link #magZien} per category and {@link #toestemmingNodig} to say which consent is missing;
 * <li>{@link #log}: one processing-log row per person (a read of the same person is logged once per Inzage, so a
 * page made of many sections writes one row per person shown).
 * </ul>
 * Every read and write of checklist, contacts, letters, signals and the household file starts from one, so who may
 * see what and what is logged stand in one place. Lives for one request; not thread-safe.
 */
public final class Inzage {

    private final Toegang toegang;
    private final Huishouden huishouden;
    private final Set<Gegevenssoort> taak;
    private final Set<Gegevenssoort> zichtbaar;
    private final Toestemmingsbron.@Nullable Doorbraak doorbraak;
    private final boolean identificatie;
    private final Verwerkingslog log;
    private final Set<UUID> gelezen = new HashSet<>();

    Inzage(Toegang toegang, Huishouden huishouden, Toestemmingsbron.Grondslag grondslag, LocalDate vandaag,
            boolean identificatie, Verwerkingslog log) {
        this.toegang = toegang;
        this.huishouden = huishouden;
        this.log = log;
        Rol rol = toegang.medewerker().rol();
        this.taak = Inzagebeleid.taak(rol);
        this.doorbraak = Inzagebeleid.magDoorbreken(rol) ? grondslag.doorbraak() : null;
        Set<Gegevenssoort> z = EnumSet.noneOf(Gegevenssoort.class);
        z.addAll(taak);
        if (doorbraak != null) {
            z.addAll(EnumSet.allOf(Gegevenssoort.class));
        }
        else if (Inzagebeleid.ontvangtToestemming(rol)) {
            z.addAll(toestemming(huishouden, grondslag, vandaag));
        }
        this.zichtbaar = z;
        this.identificatie = identificatie && z.contains(Gegevenssoort.BASISGEGEVENS);
    }

    /**
     * The categories consented to for the household as a whole: those every adult (18 or older today) consented to;
     * in a household without adults, those every person consented to.
     */
    static Set<Gegevenssoort> toestemming(Huishouden huishouden, Toestemmingsbron.Grondslag grondslag,
            LocalDate vandaag) {
        List<Persoon> wie = huishouden.personen().stream()
            .filter(p -> !p.geboortedatum().plusYears(18).isAfter(vandaag)).toList();
        if (wie.isEmpty()) {
            wie = huishouden.personen();
        }
        if (wie.isEmpty()) {
            return EnumSet.noneOf(Gegevenssoort.class);
        }
        Set<Gegevenssoort> samen = EnumSet.allOf(Gegevenssoort.class);
        for (Persoon p : wie) {
            Set<Gegevenssoort> van = grondslag.toestemming().get(p.id());
            if (van == null) {
                return EnumSet.noneOf(Gegevenssoort.class);
            }
            samen.retainAll(van);
        }
        return samen;
    }

    // --- who and what

    public Medewerker medewerker() {
        return toegang.medewerker();
    }

    public Toegang toegang() {
        return toegang;
    }

    public HuishoudenId huishoudenId() {
        return huishouden.id();
    }

    public TrajectId trajectId() {
        return toegang.traject();
    }

    /**
     * The household as this reader may see it: without BSN and V-nummer when identification numbers are not theirs
     * to see (a vrijwilliger, unless the uitvoerder's policy allows it).
     */
    public Huishouden huishouden() {
        if (identificatie) {
            return huishouden;
        }
        return huishouden.zonderIdentificatie();
    }

    /** May record guidance (checklist, contacts, letters, signals): see {@link Toegang#magBegeleiden()}. */
    public boolean magBegeleiden() {
        return toegang.magBegeleiden();
    }

    public boolean magZien(Gegevenssoort soort) {
        return zichtbaar.contains(soort);
    }

    /** Refuses (403, {@link nl.wegwijs.system.ToestemmingNodig}) when this category is not visible to the reader. */
    public void vereis(Gegevenssoort soort) {
        if (!magZien(soort)) {
            throw new nl.wegwijs.system.ToestemmingNodig(soort.name());
        }
    }

    /** Whether BSN and V-nummer are shown to this reader. */
    public boolean magIdentificatieZien() {
        return identificatie;
    }

    /** The categories this reader sees now. */
    public Set<Gegevenssoort> zichtbaar() {
        return EnumSet.copyOf(zichtbaar.isEmpty() ? EnumSet.noneOf(Gegevenssoort.class) : zichtbaar);
    }

    /**
     * Whether this category is hidden only for want of a consent: the reader's role could see it with one. The UI then
     * says which consent is missing (this category, for {@link #ontvanger()}) and offers to record it.
     */
    public boolean toestemmingNodig(Gegevenssoort soort) {
        return !zichtbaar.contains(soort) && Inzagebeleid.ontvangtToestemming(medewerker().rol());
    }

    /** Whether the reader sees this category by a consent (not by their task or an override). */
    public boolean doorToestemming(Gegevenssoort soort) {
        return zichtbaar.contains(soort) && !taak.contains(soort) && doorbraak == null;
    }

    /** The active emergency override of this reader on this household, or null. */
    public Toestemmingsbron.@Nullable Doorbraak doorbraak() {
        return doorbraak;
    }

    /** May declare an emergency override on this household (and has none active). */
    public boolean magDoorbreken() {
        return doorbraak == null && Inzagebeleid.magDoorbreken(medewerker().rol())
                && !zichtbaar.containsAll(EnumSet.allOf(Gegevenssoort.class));
    }

    /** The recipient a missing consent would name: the reader's organisation and role. */
    public Ontvanger ontvanger() {
        return new Ontvanger(medewerker().organisatieId(), medewerker().rol());
    }

    /** The recipient of a consent: an organisation (gemeente or uitvoerder), optionally only one role in it. */
    public record Ontvanger(UUID organisatieId, @Nullable Rol rol) {
    }

    // --- the processing log

    /** The purpose this reader processes under (their role's, or {@code DOORBRAAK} during an override). */
    public String doel() {
        return doorbraak != null && !taak.containsAll(EnumSet.allOf(Gegevenssoort.class)) ? "DOORBRAAK"
                : medewerker().rol().doel();
    }

    /** Logs a processing of every person in the household. */
    public void log(Actie actie, String soort, UUID id) {
        log(actie, soort, id, huishouden.personen().stream().map(Persoon::id).toList());
    }

    /**
     * Logs a processing of these persons (of this household). A read of a person already logged through this
     * Inzage is not logged again: one row per person shown, however many sections a page has.
     */
    public void log(Actie actie, String soort, UUID id, Collection<UUID> personen) {
        List<Verwerking> regels = new ArrayList<>();
        for (UUID p : personen) {
            if (actie == Actie.LEZEN && !gelezen.add(p)) {
                continue;
            }
            regels.add(new Verwerking(medewerker().id(), medewerker().organisatieId(), actie, doel(), p,
                    huishouden.id().value(), soort, id));
        }
        if (!regels.isEmpty()) {
            log.leg(regels);
        }
    }
}

package nl.wegwijs.post;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.traject.Dossier;
import nl.wegwijs.traject.Inzage;
import nl.wegwijs.traject.DossierOnderdeel;
import nl.wegwijs.traject.Toegang;
import nl.wegwijs.verwerkingslog.Actie;

/**
 * The letters section of the household file: open letters with their deadlines (overdue first), and who handled the
 * letters that are done, of the categories the reader may see ({@link Afzender#soort()}: a budgetcoach the letters
 * about money, a regievoerder the others), with the shared "toestemming nodig" notice for a hidden category. Below the
 * fold and loaded lazily (issue 21): the file reads no letter, htmx fetches the section from
 * {@code /huishoudens/{id}/onderdelen/post} when it scrolls into view. One query, plus one processing-log statement
 * (through the file's Inzage, so once per person) when letters are shown.
 */
@Component
public class PostDossier implements DossierOnderdeel {

    /** How many open letters the file shows; the letters page shows all. */
    static final int MAX = 8;

    private final Brieven brieven;
    private final Clock clock;

    PostDossier(Brieven brieven, Clock clock) {
        this.brieven = brieven;
        this.clock = clock;
    }

    @Override
    public int volgorde() {
        return 400;
    }

    @Override
    public String template() {
        return "post/dossier";
    }

    /** Loaded when it scrolls into view (issue 21): the file itself reads no letter. */
    @Override
    public boolean lui() {
        return true;
    }

    @Override
    public String kop() {
        return "post.dossier.kop";
    }

    @Override
    @Transactional
    public Object model(Inzage inzage, Dossier dossier) {
        Toegang toegang = inzage.toegang();
        HuishoudenId h = dossier.huishouden().id();
        LocalDate vandaag = LocalDate.now(clock);
        Set<Afzender> zichtbaar = Afzender.zichtbaar(inzage);
        Map<UUID, String> namen = new LinkedHashMap<>();
        dossier.huishouden().personen().forEach(p -> namen.put(p.id(), p.naam()));
        if (zichtbaar.isEmpty()) {
            return new Model(h, List.of(), 0, 0, Map.of(), false, vandaag, namen, inzage, false);
        }
        Inhoud inhoud = brieven.dossier(h, zichtbaar, MAX, vandaag);
        if (!inhoud.open().isEmpty() || !inhoud.afgehandeld().isEmpty()) {
            inzage.log(Actie.LEZEN, "post", h.value());
        }
        return new Model(h, inhoud.open(), inhoud.aantalOpen(), inhoud.aantalVerlopen(), inhoud.afgehandeld(),
                toegang.magBegeleiden(), vandaag, namen, inzage, true);
    }

    /** What the query finds. */
    record Inhoud(List<OpenBrief> open, int aantalOpen, int aantalVerlopen, Map<AfgehandeldDoor, Integer> afgehandeld) {
    }

    /** One open letter as the file shows it. */
    public record OpenBrief(BriefId id, @Nullable UUID persoonId, Afzender afzender, @Nullable String afzenderNaam,
            String onderwerp, @Nullable String actie, @Nullable LocalDate deadline, BriefStatus status) {

        public boolean isVerlopen(LocalDate vandaag) {
            return deadline != null && deadline.isBefore(vandaag);
        }
    }

    /**
     * The section's model for {@code post/dossier :: onderdeel(o)}; {@code zichtbaar} is false when no letter is the
     * reader's to see (the section then shows only which consent is missing).
     */
    public record Model(HuishoudenId huishouden, List<OpenBrief> open, int aantalOpen, int aantalVerlopen,
            Map<AfgehandeldDoor, Integer> afgehandeld, boolean magRegistreren, LocalDate vandaag,
            Map<UUID, String> personen, Inzage inzage, boolean zichtbaar) {

        public int afgehandeldDoor(AfgehandeldDoor wie) {
            return afgehandeld.getOrDefault(wie, 0);
        }

        public int aantalAfgehandeld() {
            return afgehandeld.values().stream().mapToInt(Integer::intValue).sum();
        }

        public List<AfgehandeldDoor> wie() {
            return List.of(AfgehandeldDoor.values());
        }

        public boolean meerOpen() {
            return aantalOpen > open.size();
        }

        public @Nullable String persoon(@Nullable UUID id) {
            return id == null ? null : personen.get(id);
        }
    }
}

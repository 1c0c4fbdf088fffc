package nl.wegwijs.post;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * letters that are done. One query, plus one processing-log statement when letters are shown.
 */
@Component
class PostDossier implements DossierOnderdeel {

    /** How many open letters the file shows; the letters page shows all. */
    static final int MAX = 8;

    private final Brieven brieven;
    private final PostService post;
    private final Clock clock;

    PostDossier(Brieven brieven, PostService post, Clock clock) {
        this.brieven = brieven;
        this.post = post;
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

    @Override
    @Transactional
    public Object model(Inzage inzage, Dossier dossier) {
        Toegang toegang = inzage.toegang();
        HuishoudenId h = dossier.huishouden().id();
        LocalDate vandaag = LocalDate.now(clock);
        Inhoud inhoud = brieven.dossier(h, MAX, vandaag);
        if (!inhoud.open().isEmpty() || !inhoud.afgehandeld().isEmpty()) {
            inzage.log(Actie.LEZEN, "post", h.value());
        }
        Map<UUID, String> namen = new LinkedHashMap<>();
        dossier.huishouden().personen().forEach(p -> namen.put(p.id(), p.naam()));
        return new Model(h, inhoud.open(), inhoud.aantalOpen(), inhoud.aantalVerlopen(), inhoud.afgehandeld(),
                toegang.magBegeleiden(), vandaag, namen);
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

    /** The section's model for {@code post/dossier :: onderdeel(o)}. */
    public record Model(HuishoudenId huishouden, List<OpenBrief> open, int aantalOpen, int aantalVerlopen,
            Map<AfgehandeldDoor, Integer> afgehandeld, boolean magRegistreren, LocalDate vandaag,
            Map<UUID, String> personen) {

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

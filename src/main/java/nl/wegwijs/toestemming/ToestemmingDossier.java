package nl.wegwijs.toestemming;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
import nl.wegwijs.traject.DossierOnderdeel;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Inzage;
import nl.wegwijs.traject.Toestemmingsbron;

/**
 * The consent section of the household file: the current consents, one line per recipient, purpose and categories
 * with the persons who gave it; the history (revoked or ended) folded; "Toestemming vastleggen"; and for the roles
 * that may, the emergency override ("Noodsituatie"). One query.
 */
@Component
public class ToestemmingDossier implements DossierOnderdeel {

    private final ToestemmingService service;
    private final Clock clock;

    ToestemmingDossier(ToestemmingService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Override
    public int volgorde() {
        return 900;
    }

    @Override
    public String template() {
        return "toestemming/dossier";
    }

    /** Low on the page: loaded when it scrolls into view (issue 21). */
    @Override
    public boolean lui() {
        return true;
    }

    @Override
    public String kop() {
        return "toestemming.dossier.kop";
    }

    @Override
    @Transactional
    public Object model(Inzage inzage, Dossier dossier) {
        LocalDate vandaag = LocalDate.now(clock);
        List<Toestemming> alle = service.lijst(inzage);
        Map<String, Groep> huidig = new LinkedHashMap<>();
        List<Toestemming> historie = new ArrayList<>();
        for (Toestemming t : alle) {
            if (t.geldig(vandaag) || t.ingetrokkenOp() == null && t.vanaf().isAfter(vandaag)) {
                String sleutel = t.ontvangerNaam() + "|" + t.doel() + "|" + t.gegevens() + "|" + t.vanaf() + "|"
                        + t.tot() + "|" + t.controleOp();
                huidig.computeIfAbsent(sleutel, k -> new Groep(t, new ArrayList<>())).personen().add(t);
            }
            else {
                historie.add(t);
            }
        }
        Map<UUID, String> namen = new LinkedHashMap<>();
        dossier.huishouden().personen().forEach(p -> namen.put(p.id(), p.naam()));
        return new Model(inzage.huishoudenId(), List.copyOf(huidig.values()), historie, namen,
                ToestemmingService.magVastleggen(inzage), inzage.magDoorbreken(), inzage.doorbraak(), vandaag);
    }

    /** Consents of several persons alike: the first stands for all. */
    public record Groep(Toestemming eerste, List<Toestemming> personen) {

        public boolean controleNodig(LocalDate vandaag) {
            return eerste.controleOp() != null
                    && !eerste.controleOp().isAfter(vandaag.plusDays(ToestemmingService.CONTROLE_VOORUIT));
        }
    }

    /** The section's model for {@code toestemming/dossier :: onderdeel(o)}. */
    public record Model(HuishoudenId huishouden, List<Groep> huidig, List<Toestemming> historie,
            Map<UUID, String> personen, boolean magVastleggen, boolean magDoorbreken,
            Toestemmingsbron.@Nullable Doorbraak doorbraak, LocalDate vandaag) {

        public String naam(UUID persoon) {
            return personen.getOrDefault(persoon, "");
        }

        public List<Gegevenssoort> gesorteerd(Set<Gegevenssoort> gegevens) {
            return gegevens.stream().sorted().toList();
        }
    }
}

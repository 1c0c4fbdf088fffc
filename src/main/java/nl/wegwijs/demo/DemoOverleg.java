package nl.wegwijs.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.wegwijs.demo.DemoTrajecten.Gespeeld;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.overleg.Deelnemer;
import nl.wegwijs.overleg.Overleg;
import nl.wegwijs.overleg.OverlegService;
import nl.wegwijs.overleg.Reeks;

/**
 * The casuïstiekoverleg in the demo: a monthly meeting in Den Haag and Woerden (Woerden: with the consulent, Wmo staff,
 * the VWN teamleider and a social worker, source 001) and one every six weeks in Tynaarlo (source 002), each with a
 * past meeting with minutes and agreements (one done, one open and overdue, one open) and an upcoming meeting with a
 * generated agenda and a case the teamleider put forward.
 */
@Component
class DemoOverleg implements DemoAanvulling {

    private final OverlegService overleg;
    private final OrganisatieService organisaties;

    DemoOverleg(OverlegService overleg, OrganisatieService organisaties) {
        this.overleg = overleg;
        this.organisaties = organisaties;
    }

    @Override
    public int volgorde() {
        return 700;
    }

    @Override
    public void speel(Gespeeld g, Context context) {
        // nothing per household: a meeting is about many
    }

    @Override
    public void na(Context context) {
        Map<String, Medewerker> perGemeente = new LinkedHashMap<>();
        for (Medewerker rv : context.regievoerders().values()) {
            if (rv.gemeenteId() != null) {
                organisaties.gemeente(rv.gemeenteId()).ifPresent(g -> perGemeente.putIfAbsent(g.naam(), rv));
            }
        }
        maak(perGemeente.get("Den Haag"), 4, context.vandaag());
        maak(perGemeente.get("Woerden"), 4, context.vandaag());
        maak(perGemeente.get("Tynaarlo"), 6, context.vandaag());
    }

    private void maak(@org.jspecify.annotations.Nullable Medewerker rv, int weken, LocalDate vandaag) {
        if (rv == null) {
            return;
        }
        List<Deelnemer> kandidaten = overleg.kandidaten(rv);
        List<UUID> intern = new ArrayList<>(kandidaten.stream().map(Deelnemer::medewerkerId).toList());
        Medewerker teamleider = kandidaten.stream().filter(d -> Rol.TEAMLEIDER.name().equals(d.rol()))
            .sorted((a, b) -> Boolean.compare(!"Nadia Bouzid".equals(a.naam()), !"Nadia Bouzid".equals(b.naam())))
            .findFirst().flatMap(d -> organisaties.medewerker(d.medewerkerId())).orElse(null);
        String gemeente = organisaties.gemeente(java.util.Objects.requireNonNull(rv.gemeenteId()))
            .map(g -> g.naam()).orElse("");
        Reeks r = overleg.maakReeks(rv, new OverlegService.ReeksInvoer("Casuïstiekoverleg " + gemeente, weken, null,
                intern, List.of(new Deelnemer(null, "Anouk Smit", "Wmo-consulent"),
                        new Deelnemer(null, "Piet Bakker", "maatschappelijk werker"))));

        // the last meeting, three weeks ago, with minutes and agreements
        Overleg vorig = overleg.planOverleg(rv, r.id(), vandaag.minusWeeks(3));
        vorig = overleg.maakAgenda(rv, vorig.id(), vorig.versie());
        List<OverlegService.PuntInzage> punten = overleg.pagina(rv, vorig.id()).punten();
        int n = 0;
        for (OverlegService.PuntInzage pi : punten) {
            if (n >= 3 || !pi.magVoortgang()) {
                continue;
            }
            UUID punt = pi.punt().id();
            if (pi.magNotities()) {
                overleg.legVerslagVast(rv, punt, pi.punt().versie(), switch (n) {
                    case 0 -> "Het gezin wacht nog op de zorgtoeslag. De school meldt dat de oudste vaak te laat is. "
                            + "Afgesproken om samen met de school een gesprek te plannen.";
                    case 1 -> "De PIP is later vastgesteld dan de termijn. De taalschool heeft plek vanaf volgende "
                            + "maand. Wmo kijkt mee naar hulp bij de administratie.";
                    default -> "Signaal van de huisarts besproken: verwijzing naar het wijkteam voor opvoedsteun.";
                });
            }
            UUID eigenaar = teamleider == null ? rv.id() : teamleider.id();
            switch (n) {
                case 0 -> {
                    var gedaan = overleg.maakAfspraak(rv, punt, new OverlegService.AfspraakInvoer(
                            "Gesprek met school plannen", eigenaar, null, vandaag.minusWeeks(2)));
                    overleg.zetStatus(rv, gedaan.id(), gedaan.versie(), nl.wegwijs.overleg.Afspraak.Status.GEDAAN);
                    overleg.maakAfspraak(rv, punt, new OverlegService.AfspraakInvoer("Zorgtoeslag nabellen bij "
                            + "de Belastingdienst", eigenaar, null, vandaag.minusDays(3)));
                }
                case 1 -> overleg.maakAfspraak(rv, punt, new OverlegService.AfspraakInvoer(
                        "Hulp bij administratie aanvragen", null, "Anouk Smit, Wmo-consulent", vandaag.plusWeeks(2)));
                default -> overleg.maakAfspraak(rv, punt, new OverlegService.AfspraakInvoer(
                        "Aanmelden bij het wijkteam voor opvoedsteun", rv.id(), null, vandaag.plusWeeks(1)));
            }
            n++;
        }

        // the next meeting, with a generated agenda and a case put forward by the teamleider
        Overleg volgend = overleg.planOverleg(rv, r.id(), overleg.voorgesteldeDatum(rv, r.id()));
        volgend = overleg.maakAgenda(rv, volgend.id(), volgend.versie());
        if (teamleider != null) {
            List<OverlegService.PuntInzage> tl = overleg.pagina(teamleider, volgend.id()).punten();
            if (!tl.isEmpty()) {
                overleg.brengIn(teamleider, volgend.id(),
                        new nl.wegwijs.huishouden.HuishoudenId(tl.get(tl.size() - 1).punt().huishoudenId()),
                        "De begeleiding loopt over twee maanden af. Is verlenging nodig?");
            }
        }
    }
}

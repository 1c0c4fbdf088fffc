package nl.wegwijs.demo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.wegwijs.bewaren.BewaarService;
import nl.wegwijs.demo.DemoTrajecten.Gespeeld;
import nl.wegwijs.koppeling.KoppelingService;
import nl.wegwijs.koppeling.Scopes;
import nl.wegwijs.organisatie.ContractVoorwaarden;
import nl.wegwijs.organisatie.GemeenteRegime;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;

/**
 * The beheerder's part of the demo, so that every beheer page has something to show: for the gemeente of the demo
 * regievoerder a regime version and for one of its contracts a version of the voorwaarden that start on the first of
 * the month after next (not in force yet, so they can be withdrawn), an API client of that gemeente's zaaksysteem
 * (read only), and a dry run of the retention period.
 */
@Component
class DemoBeheer implements DemoAanvulling {

    private final OrganisatieService organisaties;
    private final KoppelingService koppelingen;
    private final BewaarService bewaren;

    DemoBeheer(OrganisatieService organisaties, KoppelingService koppelingen, BewaarService bewaren) {
        this.organisaties = organisaties;
        this.koppelingen = koppelingen;
        this.bewaren = bewaren;
    }

    @Override
    public int volgorde() {
        return 900;
    }

    @Override
    public void speel(Gespeeld g, Context context) {
        // nothing per household
    }

    @Override
    public void na(Context context) {
        Medewerker beheerder = context.beheerder();
        if (beheerder == null) {
            return;
        }
        Map.Entry<UUID, Medewerker> afspraak = context.regievoerders().entrySet().stream()
            .filter(e -> e.getValue().gebruikersnaam().equals("regievoerder") && e.getValue().gemeenteId() != null)
            .min(Map.Entry.comparingByKey())
            .orElse(null);
        if (afspraak == null) {
            return;
        }
        UUID gemeente = afspraak.getValue().gemeenteId();
        LocalDate straks = context.vandaag().plusMonths(2).withDayOfMonth(1);
        organisaties.nieuwGemeenteRegime(beheerder, gemeente, straks, GemeenteRegime.STANDAARD_PIP_WEKEN + 2,
                GemeenteRegime.STANDAARD_ONTZORGEN_MAANDEN, GemeenteRegime.STANDAARD_INBURGERINGSTERMIJN_MAANDEN);
        List<ContractVoorwaarden> versies = organisaties.voorwaarden(afspraak.getKey());
        versies.stream().max(Comparator.comparing(ContractVoorwaarden::geldigVanaf)).ifPresent(v -> {
            if (v.geldigVanaf().isBefore(straks)) {
                organisaties.nieuweVoorwaarden(beheerder, new ContractVoorwaarden(UUID.randomUUID(), v.contractId(),
                        straks, v.begeleidingMaanden(), v.telVanaf(), v.starttrigger(), v.startNaWeken(),
                        v.verlengingMaxMaanden(), v.verlengingVoorwaarde(), v.verlengingBesluitDoor(),
                        v.afsluitingVoorloopWeken(), v.fasen()));
            }
        });
        Set<String> lezen = new LinkedHashSet<>(Scopes.alle().stream().filter(s -> s.endsWith(Scopes.LEZEN)).toList());
        koppelingen.registreer(beheerder, "Zaaksysteem (demo)", gemeente, Rol.REGIEVOERDER, lezen);
        bewaren.proefdraai(beheerder, gemeente);
    }
}

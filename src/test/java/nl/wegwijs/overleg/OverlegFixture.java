package nl.wegwijs.overleg;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.Contract;
import nl.wegwijs.organisatie.ContractVoorwaarden;
import nl.wegwijs.organisatie.FaseNorm;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.organisatie.Startmoment;
import nl.wegwijs.organisatie.Uitvoerder;
import nl.wegwijs.traject.Aanmelding;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

/**
 * A gemeente with two uitvoerders under contract: household A (BRP half a year ago, so its PIP deadline is past and it
 * is "te laat" in the worklist) with the first, household C (same) with the second, and a teamleider of each.
 */
record OverlegFixture(TestData.Wereld w, Traject a, Traject c, Uitvoerder tweede, Medewerker teamleider2) {

    static OverlegFixture maak(TestData data, TrajectService trajecten, OrganisatieService organisaties) {
        TestData.Wereld w = data.wereld();
        LocalDate brp = LocalDate.now().minusMonths(6);
        Traject a = data.aanmelding(w, brp);
        trajecten.accepteer(w.als(Rol.TEAMLEIDER), a.id(), 1, w.teamA().id());
        String sleutel = UUID.randomUUID().toString().substring(0, 8);
        Uitvoerder u2 = organisaties.registreerUitvoerder("Tweede " + sleutel, null, List.of("Team X"));
        Contract c2 = organisaties.registreerContract(w.gemeente().id(), u2.id(), Startmoment.HUISVESTING,
                LocalDate.of(2022, 1, 1), null,
                List.of(new ContractVoorwaarden(null, null, LocalDate.of(2022, 1, 1), 12,
                        Startmoment.BRP_INSCHRIJVING, Startmoment.HUISVESTING, 0, 6, "Alleen in uitzonderingsgevallen",
                        "Regievoerder", 6, List.of(new FaseNorm("FASE1", "Opstart", 12)))));
        Medewerker tl2 = organisaties.registreerMedewerker("teamleider2-" + sleutel, "x", "Teamleider Twee " + sleutel,
                Rol.TEAMLEIDER, u2.id(), new java.math.BigDecimal("0.80"), Set.of());
        Aanmelding m = data.aanmeldingVoor(w, brp, "Karimi");
        Traject c = trajecten.meldAan(w.als(Rol.REGIEVOERDER), new Aanmelding(c2.id(), m.adres(), m.datums(),
                m.herkomstLocatie(), m.personen(), m.aangemeldOp()));
        return new OverlegFixture(w, a, c, u2, tl2);
    }

    Medewerker rv() {
        return w.als(Rol.REGIEVOERDER);
    }

    Medewerker tl() {
        return w.als(Rol.TEAMLEIDER);
    }
}

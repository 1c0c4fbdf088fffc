package nl.wegwijs.werklijst;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.checklist.ChecklistService;
import nl.wegwijs.contact.ContactService;
import nl.wegwijs.demo.DemoData;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.IngelogdeMedewerker;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.post.PostService;
import nl.wegwijs.signaal.SignaalService;
import nl.wegwijs.traject.TrajectService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over the demo data: in the worklist of every demo user, each household shown as late is late by the data itself
 * (an open deadline, an open checklist item, an open letter, an open signal action, or the contact norm, with that
 * date), and the counts on top agree with all rows of all pages.
 */
@IntegrationTest
class WerklijstDemoTests {

    static final List<String> GEBRUIKERS = List.of("vrijwilliger", "begeleider", "teamleider", "regievoerder",
            "budgetcoach", "wijkteam", "begeleider.tynaarlo", "teamleider.tholen", "regievoerder.haarlem",
            "regievoerder.groningen");

    @Autowired
    DemoData demo;

    @Autowired
    Werklijst werklijst;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    TrajectService trajecten;

    @Autowired
    ChecklistService checklist;

    @Autowired
    PostService post;

    @Autowired
    SignaalService signalen;

    @Autowired
    ContactService contacten;

    @Autowired
    Clock clock;

    @BeforeEach
    void laad() {
        demo.laad(); // the first test in this JVM loads, the others find it present
    }

    Medewerker als(String gebruikersnaam) {
        return ((IngelogdeMedewerker) accounts.loadUserByUsername(gebruikersnaam)).getMedewerker();
    }

    List<WerklijstRegel> alles(Medewerker ik, WerklijstFilter eerste) {
        List<WerklijstRegel> alle = new ArrayList<>();
        WerklijstFilter f = eerste;
        while (true) {
            WerklijstPagina p = werklijst.pagina(ik, f);
            alle.addAll(p.regels());
            if (!p.meer()) {
                return alle;
            }
            f = new WerklijstFilter(f.weergave(), null, null, null, null, null, null, p.laatste().urgentie(),
                    p.laatste().trajectId());
        }
    }

    @Test
    void noDemoUserSeesAHouseholdAsLateThatTheDataSaysIsDone() {
        LocalDate vandaag = LocalDate.now(clock);
        int gecontroleerd = 0;
        for (String gebruiker : GEBRUIKERS) {
            Medewerker ik = als(gebruiker);
            WerklijstFilter filter = WerklijstFilter.weergave(Werklijst.standaardWeergave(ik));
            List<WerklijstRegel> regels = alles(ik, filter);
            WerklijstTelling telling = werklijst.telling(ik, filter);
            assertThat(telling.totaal()).as(gebruiker).isEqualTo(regels.size());
            assertThat(telling.teLaat()).as(gebruiker)
                .isEqualTo((int) regels.stream().filter(r -> r.volgende().teLaat(vandaag)).count());
            assertThat(regels).as(gebruiker + ": sorted on the date shown").extracting(WerklijstRegel::urgentie)
                .isSorted();
            for (WerklijstRegel r : regels) {
                Volgende v = r.volgende();
                if (!v.teLaat(vandaag)) {
                    continue;
                }
                gecontroleerd++;
                HuishoudenId h = new HuishoudenId(r.huishoudenId());
                String wie = gebruiker + " " + r.naam() + " " + v;
                switch (v.soort()) {
                    case "TERMIJN" -> assertThat(trajecten.dossier(ik, h).orElseThrow().termijnen()).as(wie)
                        .anyMatch(t -> t.isOpen() && t.uiterlijk().equals(v.datum())
                                && t.soort().name().equals(v.termijnSoort()));
                    case "CHECKLIST" -> assertThat(checklist.stand(h)).as(wie)
                        .matches(s -> s.open() > 0 && v.datum().equals(s.vroegsteDeadline()));
                    case "POST" -> assertThat(post.brieven(ik, h, null, 500).brieven()).as(wie)
                        .anyMatch(b -> b.isVerlopen(vandaag) && v.datum().equals(b.deadline()));
                    case "SIGNAAL" -> assertThat(signalen.signalen(ik, h, null, 500).signalen()).as(wie)
                        .anyMatch(s -> s.actieVerlopen(vandaag) && v.datum().equals(s.vroegsteActie()));
                    case "CONTACT" -> assertThat(contacten.stand(h).contactUiterlijk()).as(wie).isEqualTo(v.datum());
                    default -> throw new AssertionError("late without a source: " + wie);
                }
            }
        }
        assertThat(gecontroleerd).as("the demo has late households to check").isPositive();
    }
}

package nl.wegwijs.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.traject.Persoonsgegevens;

import static nl.wegwijs.traject.Persoonsgegevens.rij;

/**
 * The person's brede intake for their inzage report: everything recorded about them, the health finding included
 * (it is their own data), with who held it. Three statements at most.
 */
@Component
class IntakePersoonsgegevens implements Persoonsgegevens {

    private final BredeIntakes intakes;
    private final OrganisatieService organisaties;

    IntakePersoonsgegevens(BredeIntakes intakes, OrganisatieService organisaties) {
        this.intakes = intakes;
        this.organisaties = organisaties;
    }

    @Override
    public int volgorde() {
        return 15;
    }

    @Override
    public Onderdeel gegevens(UUID persoonId, HuishoudenId huishouden) {
        BredeIntake b = intakes.vanPersoon(persoonId).filter(x -> x.huishouden().equals(huishouden)).orElse(null);
        if (b == null) {
            return new Onderdeel("bredeIntake", "intake.inzage", List.of(), List.of());
        }
        IntakeGegevens g = b.gegevens();
        Gezondheid gz = g.gezondheid() == null ? Gezondheid.GEEN : g.gezondheid();
        Map<UUID, String> namen = organisaties.namen(List.of(b.regievoerderId()));
        String l = "intake.veld.";
        List<Veld> velden = new ArrayList<>(List.of(
                new Veld("gehoudenOp", l + "gehouden-op", g.gehoudenOp()),
                new Veld("regievoerder", "intake.inzage.regievoerder", namen.get(b.regievoerderId())),
                new Veld("aanwezigPersoon", l + "aanwezig-persoon", g.aanwezig().persoon()),
                new Veld("aanwezigPartner", l + "aanwezig-partner", g.aanwezig().partner()),
                new Veld("aanwezigBegeleider", l + "aanwezig-begeleider", g.aanwezig().begeleider()),
                new Veld("instemming", l + "instemming", g.aanwezig().instemming()),
                new Veld("aanwezigOverig", l + "aanwezig-overig", g.aanwezig().overig()),
                new Veld("tolk", l + "tolk", Code.van("intake.tolk", g.tolk())),
                new Veld("tolkTaal", l + "tolk-taal", g.tolkTaal()),
                new Veld("opleidingsniveau", l + "opleidingsniveau",
                        Code.van("intake.opleidingsniveau", g.opleidingsniveau())),
                new Veld("opleidingWerk", l + "opleiding-werk", g.opleidingWerk()),
                new Veld("talen", "intake.inzage.talen", g.talenRegel()),
                new Veld("geletterdheid", l + "geletterdheid", Code.van("intake.geletterdheid", g.geletterdheid())),
                new Veld("taalToelichting", l + "taal-toelichting", g.taalToelichting()),
                new Veld("gezondheidAandacht", l + "gezondheid-aandacht", gz.aandacht()),
                new Veld("gezondheidToelichting", l + "gezondheid-toelichting", gz.toelichting()),
                new Veld("gezin", l + "gezin", g.gezin()),
                new Veld("nareizigersVerwacht", l + "nareizigers", g.nareizigersVerwacht()),
                new Veld("nareizigersToelichting", l + "nareizigers-toelichting", g.nareizigersToelichting()),
                new Veld("kinderopvangNodig", l + "kinderopvang", g.kinderopvangNodig()),
                new Veld("kinderopvangToelichting", l + "kinderopvang-toelichting", g.kinderopvangToelichting()),
                new Veld("digitaal", l + "digitaal", Code.van("intake.digitaal", g.digitaal())),
                new Veld("digitaalToelichting", l + "digitaal-toelichting", g.digitaalToelichting()),
                new Veld("verwachtingen", l + "verwachtingen", g.verwachtingen())));
        Tabel signalen = new Tabel("signalen", "intake.deel.signalen",
                List.of(new Kolom("bron", "intake.inzage.bron"), new Kolom("datum", l + "signaal-datum"),
                        new Kolom("tekst", l + "signaal-tekst")),
                g.signalen().stream().map(s -> rij("bron", Code.van("intake.bron", s.bron()), "datum", s.datum(),
                        "tekst", s.tekst())).toList());
        return new Onderdeel("bredeIntake", "intake.inzage", velden, List.of(signalen));
    }
}

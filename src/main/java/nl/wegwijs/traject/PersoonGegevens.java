package nl.wegwijs.traject;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.GegevensCorrectie;
import nl.wegwijs.huishouden.GegevensCorrecties;
import nl.wegwijs.huishouden.Huishouden;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.organisatie.OrganisatieService;

import static nl.wegwijs.traject.Persoonsgegevens.rij;

/**
 * The person and their household for the inzage report: the person's own data, the household's address and dates,
 * the other members by name and role only, and the rectification trail (old and new value of every correction).
 */
@Component
class PersoonGegevens implements Persoonsgegevens {

    private final HuishoudenService huishoudens;
    private final GegevensCorrecties correcties;
    private final OrganisatieService organisaties;

    PersoonGegevens(HuishoudenService huishoudens, GegevensCorrecties correcties, OrganisatieService organisaties) {
        this.huishoudens = huishoudens;
        this.correcties = correcties;
        this.organisaties = organisaties;
    }

    @Override
    public int volgorde() {
        return 0;
    }

    @Override
    public Onderdeel gegevens(UUID persoonId, HuishoudenId huishouden) {
        Huishouden h = huishoudens.intern(huishouden).orElseThrow(nl.wegwijs.system.NietGevonden::new);
        Persoon p = h.persoon(persoonId).orElseThrow(nl.wegwijs.system.NietGevonden::new);
        String l = "traject.inzage.persoon.";
        List<Veld> velden = List.of(
                new Veld("voornaam", l + "voornaam", p.voornaam()),
                new Veld("achternaam", l + "achternaam", p.achternaam()),
                new Veld("geboortedatum", l + "geboortedatum", p.geboortedatum()),
                new Veld("geslacht", l + "geslacht", Code.van("huishouden.geslacht", p.geslacht())),
                new Veld("rol", l + "rol", Code.van("huishouden.rol", p.rol())),
                new Veld("landVanHerkomst", l + "landVanHerkomst", p.landVanHerkomst()),
                new Veld("talen", l + "talen", String.join(", ", p.talen())),
                new Veld("tolkNodig", l + "tolkNodig", p.tolkNodig()),
                new Veld("tolkTaal", l + "tolkTaal", p.tolkTaal()),
                new Veld("geletterdheid", l + "geletterdheid", Code.van("huishouden.geletterdheid", p.geletterdheid())),
                new Veld("bsn", l + "bsn", p.bsn()),
                new Veld("vNummer", l + "vNummer", p.vNummer()),
                new Veld("verblijfsstatus", l + "verblijfsstatus", Code.van("huishouden.status", p.status())),
                new Veld("vergunningDatum", l + "vergunningDatum", p.vergunningDatum()),
                new Veld("brpDatum", l + "brpDatum", p.brpDatum()),
                new Veld("adres", l + "adres", h.adres().regel()),
                new Veld("koppeling", l + "koppeling", h.datums().koppeling()),
                new Veld("huisvesting", l + "huisvesting", h.datums().huisvesting()),
                new Veld("regeldag", l + "regeldag", h.datums().regeldag()),
                new Veld("verhuizing", l + "verhuizing", h.datums().verhuizing()),
                new Veld("herkomstLocatie", l + "herkomstLocatie", h.herkomstLocatie()));
        Tabel leden = new Tabel("huishoudleden", l + "huishoudleden",
                List.of(new Kolom("naam", l + "naam"), new Kolom("rol", l + "rol")),
                h.personen().stream().filter(q -> !q.id().equals(persoonId))
                    .map(q -> rij("naam", q.naam(), "rol", Code.van("huishouden.rol", q.rol()))).toList());
        List<GegevensCorrectie> trail = correcties.van(huishouden, persoonId);
        Set<UUID> wie = new HashSet<>();
        trail.forEach(c -> wie.add(c.medewerkerId()));
        Map<UUID, String> namen = organisaties.namen(wie);
        Tabel correctie = new Tabel("correcties", l + "correcties",
                List.of(new Kolom("gecorrigeerdOp", l + "correctie.op"), new Kolom("veld", l + "correctie.veld"),
                        new Kolom("oudeWaarde", l + "correctie.oud"), new Kolom("nieuweWaarde", l + "correctie.nieuw"),
                        new Kolom("door", l + "correctie.door")),
                trail.stream().map(c -> rij("gecorrigeerdOp", c.gecorrigeerdOp(), "veld",
                        new Code(l + "veld." + c.veld(), c.veld()), "oudeWaarde", c.oudeWaarde(), "nieuweWaarde",
                        c.nieuweWaarde(), "door", namen.getOrDefault(c.medewerkerId(), "?"))).toList());
        return new Onderdeel("persoon", "traject.inzage.persoon", velden, List.of(leden, correctie));
    }
}

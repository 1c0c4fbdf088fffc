package nl.wegwijs.traject;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.OrganisatieService;

import static nl.wegwijs.traject.Persoonsgegevens.rij;

/**
 * The trajectory for the inzage report: status and dates, the organisations, who was assigned when, the status
 * history with who recorded it, and the person's recorded timeline facts (PIP, end of inburgering) with who recorded
 * them.
 */
@Component
class TrajectGegevens implements Persoonsgegevens {

    private final Trajecten trajecten;
    private final Feiten feiten;
    private final OrganisatieService organisaties;

    TrajectGegevens(Trajecten trajecten, Feiten feiten, OrganisatieService organisaties) {
        this.trajecten = trajecten;
        this.feiten = feiten;
        this.organisaties = organisaties;
    }

    @Override
    public int volgorde() {
        return 10;
    }

    @Override
    public Onderdeel gegevens(UUID persoonId, HuishoudenId huishouden) {
        String l = "traject.inzage.traject.";
        Traject t = trajecten.findByHuishouden(huishouden).orElse(null);
        if (t == null) {
            return new Onderdeel("traject", "traject.inzage.traject", List.of(), List.of());
        }
        PersoonFeiten f = feiten.van(t.id()).getOrDefault(persoonId, PersoonFeiten.leeg(persoonId));
        List<StatusWijziging> historie = trajecten.statusHistorie(t.id());
        Set<UUID> wie = new HashSet<>();
        wie.add(t.aangemeldDoor());
        t.toewijzingen().forEach(w -> wie.add(w.medewerkerId()));
        historie.forEach(s -> wie.add(s.medewerkerId()));
        if (f.pipVastgelegdDoor() != null) {
            wie.add(f.pipVastgelegdDoor());
        }
        if (f.inburgeringVastgelegdDoor() != null) {
            wie.add(f.inburgeringVastgelegdDoor());
        }
        Map<UUID, String> namen = organisaties.namen(wie);
        String gemeente = organisaties.gemeente(t.gemeenteId()).map(g -> g.naam()).orElse(null);
        String uitvoerder = organisaties.uitvoerder(t.uitvoerderId()).map(u -> u.naam()).orElse(null);
        List<Veld> velden = List.of(
                new Veld("gemeente", l + "gemeente", gemeente),
                new Veld("uitvoerder", l + "uitvoerder", uitvoerder),
                new Veld("status", l + "status", Code.van("traject.status", t.status())),
                new Veld("aangemeldOp", l + "aangemeldOp", t.aangemeldOp()),
                new Veld("aangemeldDoor", l + "aangemeldDoor", namen.get(t.aangemeldDoor())),
                new Veld("praktischeStart", l + "praktischeStart", t.praktischeStart()),
                new Veld("fase", l + "fase", t.faseCode()),
                new Veld("eindeDatum", l + "eindeDatum", t.eindeDatum()),
                new Veld("eindeReden", l + "eindeReden", Code.van("traject.einde", t.eindeReden())),
                new Veld("pipVastgesteldOp", l + "pipVastgesteldOp", f.pipVastgesteldOp()),
                new Veld("pipVastgelegdDoor", l + "pipVastgelegdDoor",
                        f.pipVastgelegdDoor() == null ? null : namen.get(f.pipVastgelegdDoor())),
                new Veld("inburgeringAfgerondOp", l + "inburgeringAfgerondOp", f.inburgeringAfgerondOp()),
                new Veld("inburgeringAfronding", l + "inburgeringAfronding",
                        f.inburgeringAfronding() == null ? null : f.inburgeringAfronding().name()),
                new Veld("inburgeringVastgelegdDoor", l + "inburgeringVastgelegdDoor",
                        f.inburgeringVastgelegdDoor() == null ? null : namen.get(f.inburgeringVastgelegdDoor())));
        Tabel toewijzingen = new Tabel("toewijzingen", l + "toewijzingen",
                List.of(new Kolom("medewerker", l + "medewerker"), new Kolom("rol", l + "rol"),
                        new Kolom("vanaf", l + "vanaf"), new Kolom("tot", l + "tot")),
                t.toewijzingen().stream().map(w -> rij("medewerker", namen.get(w.medewerkerId()), "rol",
                        Code.van("traject.toewijzing.rol", w.rol()), "vanaf", w.vanaf(), "tot", w.tot())).toList());
        Tabel statussen = new Tabel("statushistorie", l + "statushistorie",
                List.of(new Kolom("status", l + "status"), new Kolom("per", l + "per"),
                        new Kolom("door", l + "door"), new Kolom("toelichting", l + "toelichting")),
                historie.stream().map(s -> rij("status", Code.van("traject.status", s.status()), "per", s.per(),
                        "door", namen.get(s.medewerkerId()), "toelichting", s.toelichting())).toList());
        return new Onderdeel("traject", "traject.inzage.traject", velden, List.of(toewijzingen, statussen));
    }
}

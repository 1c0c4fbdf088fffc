package nl.wegwijs.organisatie.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.wegwijs.organisatie.Gemeente;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.organisatie.Startmoment;
import nl.wegwijs.organisatie.Uitvoerder;
import nl.wegwijs.system.Keuze;
import nl.wegwijs.system.Meldingen;
import nl.wegwijs.verwerkingslog.Actie;

/** The option lists of the beheer forms, with texts in the user's language. */
@Component
class Keuzes {

    private final Meldingen teksten;

    Keuzes(Meldingen teksten) {
        this.teksten = teksten;
    }

    List<Keuze> startmomenten() {
        return Arrays.stream(Startmoment.values())
            .map(s -> new Keuze(s.name(), teksten.tekst("organisatie.startmoment." + s.name())))
            .toList();
    }

    List<Keuze> rollen() {
        return metLeeg("beheer.keuze.rol", Arrays.stream(Rol.values())
            .map(r -> new Keuze(r.name(), teksten.tekst("rol." + r.name())))
            .toList());
    }

    List<Keuze> gemeenten(List<Gemeente> gemeenten) {
        return metLeeg("beheer.keuze.gemeente", gemeenten.stream()
            .map(g -> new Keuze(g.id().toString(), g.naam()))
            .toList());
    }

    List<Keuze> uitvoerders(List<Uitvoerder> uitvoerders) {
        return metLeeg("beheer.keuze.uitvoerder", uitvoerders.stream()
            .map(u -> new Keuze(u.id().toString(), u.naam()))
            .toList());
    }

    /** Gemeenten and uitvoerders in one list, each marked with its kind. */
    List<Keuze> organisaties(List<Gemeente> gemeenten, List<Uitvoerder> uitvoerders) {
        List<Keuze> keuzes = new ArrayList<>();
        gemeenten.forEach(g -> keuzes.add(new Keuze(g.id().toString(),
                teksten.tekst("beheer.keuze.organisatie.gemeente", g.naam()))));
        uitvoerders.forEach(u -> keuzes.add(new Keuze(u.id().toString(),
                teksten.tekst("beheer.keuze.organisatie.uitvoerder", u.naam()))));
        return metLeeg("beheer.keuze.organisatie", keuzes);
    }

    List<Keuze> acties() {
        return metLeeg("beheer.keuze.actie", Arrays.stream(Actie.values())
            .map(a -> new Keuze(a.name(), teksten.tekst("beheer.actie." + a.name())))
            .toList());
    }

    private List<Keuze> metLeeg(String leegCode, List<Keuze> keuzes) {
        List<Keuze> lijst = new ArrayList<>(keuzes.size() + 1);
        lijst.add(new Keuze("", teksten.tekst(leegCode)));
        lijst.addAll(keuzes);
        return lijst;
    }
}

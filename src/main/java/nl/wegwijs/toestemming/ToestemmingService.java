package nl.wegwijs.toestemming;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.organisatie.Gemeente;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.organisatie.Uitvoerder;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.traject.Inzage;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.verwerkingslog.Actie;

/**
 * Public entry point of the consent register. Every method starts from the household's {@link Inzage}: whoever may
 * not see the household may not see or record its consents (404). Recording and revoking is for whoever meets the
 * statushouder (the guiding roles, the regievoerder, budgetcoach and wijkteam); each write is logged per person.
 */
@Service
@Transactional(readOnly = true)
public class ToestemmingService {

    private final Toestemmingen toestemmingen;
    private final TrajectService trajecten;
    private final OrganisatieService organisaties;
    private final Clock clock;

    ToestemmingService(Toestemmingen toestemmingen, TrajectService trajecten, OrganisatieService organisaties,
            Clock clock) {
        this.toestemmingen = toestemmingen;
        this.trajecten = trajecten;
        this.organisaties = organisaties;
        this.clock = clock;
    }

    /** The household's consents, current and past, newest first; logged as a read of every person. */
    @Transactional
    public List<Toestemming> lijst(Medewerker ik, HuishoudenId huishouden) {
        Inzage inzage = trajecten.inzage(ik, huishouden);
        List<Toestemming> lijst = toestemmingen.vanHuishouden(huishouden.value());
        inzage.log(Actie.LEZEN, "toestemming", huishouden.value());
        return lijst;
    }

    /** Records one consent per chosen person (all of this household), as one act. */
    @Transactional
    public List<Toestemming> legVast(Medewerker ik, HuishoudenId huishouden, NieuweToestemming nieuw) {
        Inzage inzage = trajecten.inzage(ik, huishouden);
        vereisVastleggen(inzage);
        Set<UUID> leden = new java.util.HashSet<>(inzage.huishouden().personen().stream().map(Persoon::id).toList());
        if (nieuw.personen().isEmpty() || !leden.containsAll(nieuw.personen())) {
            throw new DomeinFout("toestemming.persoon.onbekend");
        }
        if (nieuw.gegevens().isEmpty()) {
            throw new DomeinFout("toestemming.gegevens.leeg");
        }
        if (nieuw.tot() != null && nieuw.tot().isBefore(nieuw.vanaf())) {
            throw new DomeinFout("toestemming.periode.ongeldig");
        }
        String naam = ontvangerNaam(nieuw.ontvangerOrganisatieId(), nieuw.ontvangerRol());
        Instant nu = Instant.now(clock);
        List<Toestemming> vastgelegd = new ArrayList<>();
        for (UUID p : nieuw.personen()) {
            Toestemming t = new Toestemming(UUID.randomUUID(), huishouden.value(), p, nieuw.ontvangerOrganisatieId(),
                    nieuw.ontvangerRol(), naam, Set.copyOf(nieuw.gegevens()), nieuw.doel(), nieuw.vanaf(),
                    nieuw.tot(), nieuw.wijze(), nieuw.taal(), ik.id(), nu, nieuw.controleOp(), null, null, null, 0);
            toestemmingen.voegToe(t);
            inzage.log(Actie.AANMAKEN, "toestemming", t.id(), List.of(p));
            vastgelegd.add(t);
        }
        return vastgelegd;
    }

    /** Revokes a consent at the version the user saw; the row stays, with when, by whom and why. */
    @Transactional
    public void trekIn(Medewerker ik, UUID id, long versie, String reden) {
        Toestemming t = toestemmingen.find(id).orElseThrow(NietGevonden::new);
        Inzage inzage = trajecten.inzage(ik, new HuishoudenId(t.huishoudenId()));
        vereisVastleggen(inzage);
        if (reden == null || reden.isBlank()) {
            throw new DomeinFout("toestemming.intrekken.reden");
        }
        if (!toestemmingen.trekIn(id, versie, ik.id(), Instant.now(clock), reden.strip())) {
            throw new GelijktijdigGewijzigd();
        }
        inzage.log(Actie.WIJZIGEN, "toestemming", id, List.of(t.persoonId()));
    }

    private static void vereisVastleggen(Inzage inzage) {
        if (!inzage.magBegeleiden() && !inzage.medewerker().heeftRol(Rol.WIJKTEAM)) {
            throw new DomeinFout("toestemming.niet-toegestaan");
        }
    }

    /** "gemeente Woerden — regievoerder": the organisation's name and, when the consent is for one role, the role. */
    private String ontvangerNaam(UUID organisatie, @org.jspecify.annotations.Nullable Rol rol) {
        String naam = organisaties.gemeente(organisatie).map(Gemeente::naam)
            .or(() -> organisaties.uitvoerder(organisatie).map(Uitvoerder::naam))
            .orElseThrow(() -> new DomeinFout("toestemming.ontvanger.onbekend"));
        return rol == null ? naam : naam + " — " + rol.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Today, in Wegwijs's zone (for forms that default to it). */
    public LocalDate vandaag() {
        return LocalDate.now(clock);
    }
}

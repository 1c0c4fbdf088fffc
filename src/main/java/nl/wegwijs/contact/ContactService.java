package nl.wegwijs.contact;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijs.system.Paginering;
import nl.wegwijs.huishouden.Huishouden;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.traject.Toegang;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.verwerkingslog.Actie;
import nl.wegwijs.verwerkingslog.Verwerking;
import nl.wegwijs.verwerkingslog.Verwerkingslog;

/**
 * Public entry point for contacts with a household. Every method takes the acting medewerker: a household they may
 * not see does not exist for them (404); recording needs {@link Toegang#magBegeleiden()}, changing and removing a
 * contact is for whoever recorded it and for the teamleider. Every read of a household's contacts and every write is
 * logged per person; after every write the household's {@link ContactStandGewijzigd} is published, in the same
 * transaction.
 */
@Service
@Transactional(readOnly = true)
public class ContactService {

    /** Roles that guide and so may be recorded as staff present at a contact. */
    private static final Rol[] BEGELEIDENDE_ROLLEN = { Rol.VRIJWILLIGER, Rol.BEGELEIDER, Rol.TEAMLEIDER,
            Rol.REGIEVOERDER, Rol.BUDGETCOACH };

    private final Contactmomenten contactmomenten;
    private final ContactStanden standen;
    private final TrajectService trajecten;
    private final HuishoudenService huishoudens;
    private final OrganisatieService organisaties;
    private final Verwerkingslog log;
    private final Clock clock;
    private final Groepsbijeenkomsten bijeenkomsten;

    ContactService(Contactmomenten contactmomenten, ContactStanden standen, TrajectService trajecten,
            HuishoudenService huishoudens, OrganisatieService organisaties, Verwerkingslog log, Clock clock,
            Groepsbijeenkomsten bijeenkomsten) {
        this.bijeenkomsten = bijeenkomsten;
        this.contactmomenten = contactmomenten;
        this.standen = standen;
        this.trajecten = trajecten;
        this.huishoudens = huishoudens;
        this.organisaties = organisaties;
        this.log = log;
        this.clock = clock;
    }

    // --- reads

    /**
     * A page of a household's contacts and the group sessions its members attended, newest first, keyset after the
     * line {@code na}. Logged as a read of every person in the household.
     */
    @Transactional
    public ContactLijst lijst(Medewerker ik, HuishoudenId id, @Nullable UUID na, int aantal) {
        Toegang toegang = trajecten.vereisToegang(ik, id);
        Huishouden h = huishoudens.findZonderLog(ik, id).orElseThrow(NietGevonden::new);
        int n = Paginering.grootte(aantal);
        List<ContactRegel> regels = contactmomenten.lijst(id, na, n).stream().map(r -> voorLezer(toegang, r))
            .toList();
        log.leg(h.personen().stream()
            .map(p -> verwerking(ik, Actie.LEZEN, p.id(), id, "contactmomenten", id.value())).toList());
        return new ContactLijst(toegang, h, regels, regels.size() < n ? null : regels.get(regels.size() - 1).id(),
                organisaties.namen(medewerkers(regels)), teOpenen(ik, regels));
    }

    /** One contact; logged as a read of the persons who were there. */
    @Transactional
    public Optional<ContactDetail> find(Medewerker ik, ContactmomentId id) {
        return contactmomenten.find(id).flatMap(c -> trajecten.toegang(ik, c.huishouden()).map(t -> {
            log.leg(c.personen().stream()
                .map(p -> verwerking(ik, Actie.LEZEN, p, c.huishouden(), "contactmoment", id.value())).toList());
            return new ContactDetail(voorLezer(t, c.alsRegel()), c.huishouden(), magWijzigen(t, c.vastgelegdDoor()));
        }));
    }

    /**
     * The contacts section of the household file for a reader who can see it (the file itself was read and logged
     * for them): stand, hours this year, the latest five lines, the staff's names. Three statements (two without any
     * contact), whatever the size of the household or the number of its contacts.
     */
    public ContactOverzicht overzicht(Toegang toegang, Huishouden huishouden, Map<UUID, String> bekendeNamen) {
        LocalDate vandaag = LocalDate.now(clock);
        ContactStanden.DossierCijfers cijfers = standen.dossier(huishouden.id(), vandaag.withDayOfYear(1));
        List<ContactRegel> recent = contactmomenten.lijst(huishouden.id(), null, 5).stream()
            .map(r -> voorLezer(toegang, r)).toList();
        Map<UUID, String> namen = new HashMap<>(bekendeNamen);
        namen.putAll(organisaties.namen(medewerkers(recent)));
        Map<UUID, String> personen = new HashMap<>();
        huishouden.personen().forEach(p -> personen.put(p.id(), p.naam()));
        ContactStand stand = cijfers.stand();
        return new ContactOverzicht(huishouden.id(), stand, stand.achterstallig(vandaag), recent, vandaag.getYear(),
                cijfers.medewerkerMinuten(), cijfers.contacten(), cijfers.groepen(), cijfers.groepMinuten(), namen,
                personen, toegang.magBegeleiden(), vandaag, teOpenen(toegang.medewerker(), recent));
    }

    /**
     * The group sessions among these lines that the reader may open (the rule of the session's own page): the staff
     * of the uitvoerder it is for, and of the gemeente it names. A session lists other households' attendance, so
     * who may see this household does not by that see the session; the others show its date and title only. No
     * statement when the lines hold no session.
     */
    private Set<UUID> teOpenen(Medewerker ik, List<ContactRegel> regels) {
        List<UUID> sessies = regels.stream().filter(ContactRegel::isGroepsbijeenkomst).map(ContactRegel::id).toList();
        return sessies.isEmpty() ? Set.of() : bijeenkomsten.zichtbaar(ik, sessies);
    }

    /** Where a household stands with its contacts, for read models (no acting user: it shows nothing by itself). */
    public ContactStand stand(HuishoudenId huishouden) {
        return standen.voor(List.of(huishouden)).get(huishouden);
    }

    /** {@link #stand} for many households in one statement, e.g. to rebuild a read model. */
    public Map<HuishoudenId, ContactStand> standen(Collection<HuishoudenId> huishoudens) {
        return standen.voor(huishoudens);
    }

    /**
     * Whether the reader may change or remove a contact: they may record guidance on the household and recorded it
     * themselves, or they are its teamleider.
     */
    public static boolean magWijzigen(Toegang toegang, UUID vastgelegdDoor) {
        return toegang.magBegeleiden()
                && (toegang.medewerker().id().equals(vastgelegdDoor) || toegang.isRol(Rol.TEAMLEIDER));
    }

    // --- writes

    /** Records a contact with a household; the recorder needs {@link Toegang#magBegeleiden()}. */
    @Transactional
    public Contactmoment legVast(Medewerker ik, HuishoudenId id, ContactInvoer invoer) {
        Toegang toegang = trajecten.vereisToegang(ik, id);
        if (!toegang.magBegeleiden()) {
            throw new DomeinFout("contact.niet-toegestaan");
        }
        Huishouden h = huishoudens.findZonderLog(ik, id).orElseThrow(NietGevonden::new);
        Contactmoment c = Contactmoment.legVast(id, invoer, ik.id(), LocalDate.now(clock), Instant.now(clock));
        controleer(ik, toegang, h, c, List.of());
        contactmomenten.voegToe(c);
        logSchrijven(ik, h, Actie.AANMAKEN, c.id());
        standen.publiceer(List.of(id));
        return contactmomenten.find(c.id()).orElseThrow();
    }

    /** Changes a contact at the version the user saw (optimistic locking: a stale version changes nothing). */
    @Transactional
    public Contactmoment wijzig(Medewerker ik, ContactmomentId id, long versie, ContactInvoer invoer) {
        Geladen g = voorWijziging(ik, id, versie);
        Contactmoment c = g.contactmoment();
        List<UUID> eerder = c.medewerkers();
        c.wijzig(invoer, LocalDate.now(clock));
        controleer(ik, g.toegang(), g.huishouden(), c, eerder);
        contactmomenten.werkBij(c, ik.id(), Instant.now(clock));
        logSchrijven(ik, g.huishouden(), Actie.WIJZIGEN, c.id());
        standen.publiceer(List.of(c.huishouden()));
        return contactmomenten.find(c.id()).orElseThrow();
    }

    /** Removes a contact (soft: kept for the record, counted nowhere), at the version the user saw. */
    @Transactional
    public void verwijder(Medewerker ik, ContactmomentId id, long versie) {
        Geladen g = voorWijziging(ik, id, versie);
        contactmomenten.verwijder(id, versie, ik.id(), Instant.now(clock));
        logSchrijven(ik, g.huishouden(), Actie.VERWIJDEREN, id);
        standen.publiceer(List.of(g.contactmoment().huishouden()));
    }

    // --- helpers

    private Geladen voorWijziging(Medewerker ik, ContactmomentId id, long versie) {
        Contactmoment c = contactmomenten.find(id).orElseThrow(NietGevonden::new);
        Toegang toegang = trajecten.vereisToegang(ik, c.huishouden());
        if (!magWijzigen(toegang, c.vastgelegdDoor())) {
            throw new DomeinFout("contact.wijzigen.niet-toegestaan");
        }
        if (c.versie() != versie) {
            throw new GelijktijdigGewijzigd();
        }
        Huishouden h = huishoudens.findZonderLog(ik, c.huishouden()).orElseThrow(NietGevonden::new);
        return new Geladen(c, toegang, h);
    }

    private record Geladen(Contactmoment contactmoment, Toegang toegang, Huishouden huishouden) {
    }

    /**
     * The persons present belong to the household; the staff present are the recorder, staff already on the contact,
     * or guiding staff of the household's uitvoerder or gemeente.
     */
    private void controleer(Medewerker ik, Toegang toegang, Huishouden h, Contactmoment c, List<UUID> eerder) {
        Set<UUID> leden = new HashSet<>(h.personen().stream().map(Persoon::id).toList());
        if (!leden.containsAll(c.personen())) {
            throw new DomeinFout("contact.persoon.onbekend");
        }
        for (UUID m : c.medewerkers()) {
            if (m.equals(ik.id()) || eerder.contains(m)) {
                continue;
            }
            boolean erbij = organisaties.medewerker(m)
                .filter(x -> x.heeftRol(BEGELEIDENDE_ROLLEN))
                .filter(x -> toegang.uitvoerderId().equals(x.uitvoerderId())
                        || toegang.gemeenteId().equals(x.gemeenteId()))
                .isPresent();
            if (!erbij) {
                throw new DomeinFout("contact.medewerker.onbekend");
            }
        }
    }

    private static ContactRegel voorLezer(Toegang toegang, ContactRegel r) {
        return r.notitie() == null || Contactregels.notitieZichtbaar(toegang, r.vastgelegdDoor()) ? r
                : r.zonderNotitie();
    }

    private static Set<UUID> medewerkers(List<ContactRegel> regels) {
        Set<UUID> ids = new HashSet<>();
        regels.forEach(r -> {
            ids.addAll(r.medewerkers());
            ids.add(r.vastgelegdDoor());
        });
        return ids;
    }

    private void logSchrijven(Medewerker ik, Huishouden h, Actie actie, ContactmomentId id) {
        List<Verwerking> regels = new ArrayList<>();
        h.personen().forEach(p -> regels.add(verwerking(ik, actie, p.id(), h.id(), "contactmoment", id.value())));
        log.leg(regels);
    }

    static Verwerking verwerking(Medewerker ik, Actie actie, UUID persoon, HuishoudenId huishouden, String soort,
            UUID record) {
        return new Verwerking(ik.id(), ik.organisatieId(), actie, ik.rol().doel(), persoon, huishouden.value(), soort,
                record);
    }
}

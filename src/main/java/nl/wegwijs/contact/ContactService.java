package nl.wegwijs.contact;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijs.system.Paginering;
import nl.wegwijs.huishouden.Huishouden;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Inzage;
import nl.wegwijs.traject.Toegang;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.verwerkingslog.Actie;

/**
 * Public entry point for contacts with a household. Every read and write starts from the acting medewerker's
 * {@link Inzage} on the household ({@code TrajectService#inzage}: 404 when it is not theirs to see). Contacts (date,
 * kind, who, themes, agreements) are {@link Gegevenssoort#VOORTGANG}: without it a page says which consent is missing
 * and the API refuses (403); a contact's note is {@link Gegevenssoort#NOTITIES}: shown when the reader may see notes or
 * wrote it, else left out. Recording needs {@link Inzage#magBegeleiden()} and sight of the contacts; changing and
 * removing a contact is for whoever recorded it and for the teamleider. Every read and write is logged through the
 * Inzage, one row per person; after every write the household's {@link ContactStandGewijzigd} is published, in the
 * same transaction.
 */
@Service
@Transactional(readOnly = true)
public class ContactService {

    /** Roles that guide and so may be recorded as staff present at a contact. */
    private static final Rol[] BEGELEIDENDE_ROLLEN = { Rol.VRIJWILLIGER, Rol.BEGELEIDER, Rol.TEAMLEIDER,
            Rol.REGIEVOERDER, Rol.BUDGETCOACH };
    private static final String SOORT = "contactmoment";

    private final Contactmomenten contactmomenten;
    private final ContactStanden standen;
    private final TrajectService trajecten;
    private final OrganisatieService organisaties;
    private final Clock clock;
    private final Groepsbijeenkomsten bijeenkomsten;

    ContactService(Contactmomenten contactmomenten, ContactStanden standen, TrajectService trajecten,
            OrganisatieService organisaties, Clock clock, Groepsbijeenkomsten bijeenkomsten) {
        this.bijeenkomsten = bijeenkomsten;
        this.contactmomenten = contactmomenten;
        this.standen = standen;
        this.trajecten = trajecten;
        this.organisaties = organisaties;
        this.clock = clock;
    }

    // --- the rules of what a reader sees and may do

    /** Whether the reader sees a household's contacts (not their notes): {@link Gegevenssoort#VOORTGANG}. */
    public static boolean zietContacten(Inzage inzage) {
        return inzage.magZien(Gegevenssoort.VOORTGANG);
    }

    /**
     * Whether the reader sees a contact's free-text note: when they may see notes ({@link Gegevenssoort#NOTITIES}, by
     * task or consent), or they wrote it.
     */
    public static boolean notitieZichtbaar(Inzage inzage, UUID vastgelegdDoor) {
        return inzage.magZien(Gegevenssoort.NOTITIES) || inzage.medewerker().id().equals(vastgelegdDoor);
    }

    /** Whether the reader may record a contact: they may record guidance and see the contacts. */
    public static boolean magVastleggen(Inzage inzage) {
        return inzage.magBegeleiden() && zietContacten(inzage);
    }

    /**
     * Whether the reader may change or remove a contact: they may record contacts on the household and recorded it
     * themselves, or they are its teamleider.
     */
    public static boolean magWijzigen(Inzage inzage, UUID vastgelegdDoor) {
        return magVastleggen(inzage)
                && (inzage.medewerker().id().equals(vastgelegdDoor) || inzage.toegang().isRol(Rol.TEAMLEIDER));
    }

    // --- reads

    /**
     * A page of a household's contacts and the group sessions its members attended, newest first, keyset after the
     * line {@code na}; refused (403) when the reader may not see the contacts. Logged as a read of every person in
     * the household.
     */
    @Transactional
    public ContactLijst lijst(Medewerker ik, HuishoudenId id, @Nullable UUID na, int aantal) {
        Inzage inzage = trajecten.inzage(ik, id);
        inzage.vereis(Gegevenssoort.VOORTGANG);
        return lijst(inzage, na, aantal);
    }

    /**
     * {@link #lijst(Medewerker, HuishoudenId, UUID, int)} for the page: a reader who may not see the contacts gets
     * no lines, and the page says which consent is missing.
     */
    @Transactional
    public ContactLijst pagina(Medewerker ik, HuishoudenId id, @Nullable UUID na, int aantal) {
        return lijst(trajecten.inzage(ik, id), na, aantal);
    }

    private ContactLijst lijst(Inzage inzage, @Nullable UUID na, int aantal) {
        HuishoudenId id = inzage.huishoudenId();
        int n = Paginering.grootte(aantal);
        List<ContactRegel> gelezen = zietContacten(inzage) ? contactmomenten.lijst(id, na, n) : List.of();
        List<ContactRegel> regels = gelezen.stream().map(r -> voorLezer(inzage, r)).toList();
        inzage.log(Actie.LEZEN, "contactmomenten", id.value());
        return new ContactLijst(inzage, inzage.huishouden(), regels,
                regels.size() < n ? null : regels.get(regels.size() - 1).id(),
                regels.isEmpty() ? Map.of() : organisaties.namen(medewerkers(regels)),
                teOpenen(inzage.medewerker(), regels), notitiesVerborgen(gelezen, regels));
    }

    /**
     * One contact as the reader may see it: 404 when its household is not theirs to see, 403 when its contacts are
     * not. Logged as a read of the persons who were there.
     */
    @Transactional
    public ContactDetail find(Medewerker ik, ContactmomentId id) {
        Contactmoment c = contactmomenten.find(id).orElseThrow(NietGevonden::new);
        Inzage inzage = trajecten.inzage(ik, c.huishouden());
        inzage.vereis(Gegevenssoort.VOORTGANG);
        inzage.log(Actie.LEZEN, SOORT, id.value(), c.personen());
        return new ContactDetail(voorLezer(inzage, c.alsRegel()), c.huishouden(),
                magWijzigen(inzage, c.vastgelegdDoor()), inzage);
    }

    /**
     * The contacts section of the household file, read through the file's {@link Inzage} (the file itself has
     * logged every person shown, so this adds no row and writes none): stand, hours this year, the latest five lines, the staff's names.
     * Three statements (two without any contact), whatever the size of the household or the number of its contacts;
     * none for a reader who may not see the contacts (the section then says which consent is missing).
     */
    public ContactOverzicht overzicht(Inzage inzage, Map<UUID, String> bekendeNamen) {
        LocalDate vandaag = LocalDate.now(clock);
        Huishouden huishouden = inzage.huishouden();
        if (!zietContacten(inzage)) {
            return ContactOverzicht.verborgen(inzage, vandaag);
        }
        ContactStanden.DossierCijfers cijfers = standen.dossier(huishouden.id(), vandaag.withDayOfYear(1));
        List<ContactRegel> gelezen = contactmomenten.lijst(huishouden.id(), null, 5);
        List<ContactRegel> recent = gelezen.stream().map(r -> voorLezer(inzage, r)).toList();
        Map<UUID, String> namen = new HashMap<>(bekendeNamen);
        namen.putAll(organisaties.namen(medewerkers(recent)));
        Map<UUID, String> personen = new HashMap<>();
        huishouden.personen().forEach(p -> personen.put(p.id(), p.naam()));
        ContactStand stand = cijfers.stand();
        return new ContactOverzicht(huishouden.id(), stand, stand.achterstallig(vandaag), recent, vandaag.getYear(),
                cijfers.medewerkerMinuten(), cijfers.contacten(), cijfers.groepen(), cijfers.groepMinuten(), namen,
                personen, magVastleggen(inzage), vandaag, teOpenen(inzage.medewerker(), recent), true,
                notitiesVerborgen(gelezen, recent), inzage);
    }

    /** Whether some of these lines lost their note for this reader. */
    private static boolean notitiesVerborgen(List<ContactRegel> gelezen, List<ContactRegel> getoond) {
        for (int i = 0; i < gelezen.size(); i++) {
            if (gelezen.get(i).notitie() != null && getoond.get(i).notitie() == null) {
                return true;
            }
        }
        return false;
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

    // --- writes

    /** Records a contact with a household; see {@link #legVast(Inzage, ContactInvoer)}. */
    @Transactional
    public Contactmoment legVast(Medewerker ik, HuishoudenId id, ContactInvoer invoer) {
        return legVast(trajecten.inzage(ik, id), invoer);
    }

    /**
     * Records a contact with the household of {@code inzage}: refused (403) when the recorder may not see its
     * contacts, and without the right to record guidance.
     */
    @Transactional
    public Contactmoment legVast(Inzage inzage, ContactInvoer invoer) {
        inzage.vereis(Gegevenssoort.VOORTGANG);
        if (!inzage.magBegeleiden()) {
            throw new DomeinFout("contact.niet-toegestaan");
        }
        Medewerker ik = inzage.medewerker();
        HuishoudenId id = inzage.huishoudenId();
        Contactmoment c = Contactmoment.legVast(id, invoer, ik.id(), LocalDate.now(clock), Instant.now(clock));
        controleer(inzage, c, List.of());
        contactmomenten.voegToe(c);
        inzage.log(Actie.AANMAKEN, SOORT, c.id().value());
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
        controleer(g.inzage(), c, eerder);
        contactmomenten.werkBij(c, ik.id(), Instant.now(clock));
        g.inzage().log(Actie.WIJZIGEN, SOORT, c.id().value());
        standen.publiceer(List.of(c.huishouden()));
        return contactmomenten.find(c.id()).orElseThrow();
    }

    /** Removes a contact (soft: kept for the record, counted nowhere), at the version the user saw. */
    @Transactional
    public void verwijder(Medewerker ik, ContactmomentId id, long versie) {
        Geladen g = voorWijziging(ik, id, versie);
        contactmomenten.verwijder(id, versie, ik.id(), Instant.now(clock));
        g.inzage().log(Actie.VERWIJDEREN, SOORT, id.value());
        standen.publiceer(List.of(g.contactmoment().huishouden()));
    }

    // --- helpers

    private Geladen voorWijziging(Medewerker ik, ContactmomentId id, long versie) {
        Contactmoment c = contactmomenten.find(id).orElseThrow(NietGevonden::new);
        Inzage inzage = trajecten.inzage(ik, c.huishouden());
        inzage.vereis(Gegevenssoort.VOORTGANG);
        if (!magWijzigen(inzage, c.vastgelegdDoor())) {
            throw new DomeinFout("contact.wijzigen.niet-toegestaan");
        }
        if (c.versie() != versie) {
            throw new GelijktijdigGewijzigd();
        }
        return new Geladen(c, inzage);
    }

    private record Geladen(Contactmoment contactmoment, Inzage inzage) {
    }

    /**
     * The persons present belong to the household; the staff present are the recorder, staff already on the contact,
     * or guiding staff of the household's uitvoerder or gemeente.
     */
    private void controleer(Inzage inzage, Contactmoment c, List<UUID> eerder) {
        Set<UUID> leden = new HashSet<>(inzage.huishouden().personen().stream().map(Persoon::id).toList());
        if (!leden.containsAll(c.personen())) {
            throw new DomeinFout("contact.persoon.onbekend");
        }
        Toegang toegang = inzage.toegang();
        for (UUID m : c.medewerkers()) {
            if (m.equals(inzage.medewerker().id()) || eerder.contains(m)) {
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

    private static ContactRegel voorLezer(Inzage inzage, ContactRegel r) {
        return r.notitie() == null || notitieZichtbaar(inzage, r.vastgelegdDoor()) ? r : r.zonderNotitie();
    }

    private static Set<UUID> medewerkers(List<ContactRegel> regels) {
        Set<UUID> ids = new HashSet<>();
        regels.forEach(r -> {
            ids.addAll(r.medewerkers());
            ids.add(r.vastgelegdDoor());
        });
        return ids;
    }
}

package nl.wegwijs.bewaren;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import nl.wegwijs.huishouden.Huishouden;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.NieuwePersoon;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.organisatie.Gemeente;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.organisatie.Uitvoerder;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.system.ToestemmingNodig;
import nl.wegwijs.toestemming.Verhuistoestemming;
import nl.wegwijs.traject.Aanmelding;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Inzage;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.traject.Verhuisbijdrage;
import nl.wegwijs.verwerkingslog.Actie;
import nl.wegwijs.verwerkingslog.Verwerking;
import nl.wegwijs.verwerkingslog.Verwerkingslog;

/**
 * The file following a household to another gemeente (002 L2943-2947), only with the consent of every adult for
 * that purpose ({@code VERHUIZING}). The regievoerder or teamleider who sees the household exports it as a
 * {@link Verhuisdossier}; the regievoerder of the new gemeente imports it as an aanmelding under one of their
 * contracts, all or nothing, with the previous file's history kept read-only. Both are logged per person under the
 * activity {@value #ACTIVITEIT}.
 */
@Service
@Transactional(readOnly = true)
public class VerhuisService {

    public static final String ACTIVITEIT = "VERHUIZING";

    /** The largest document accepted (a household's file is a few tens of kilobytes). */
    public static final int MAX_BYTES = 2_000_000;

    private final TrajectService trajecten;
    private final OrganisatieService organisaties;
    private final Verhuistoestemming toestemmingen;
    private final List<Verhuisbijdrage> bijdragen;
    private final Verwerkingslog log;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    VerhuisService(TrajectService trajecten, OrganisatieService organisaties, Verhuistoestemming toestemmingen,
            List<Verhuisbijdrage> bijdragen, Verwerkingslog log, JdbcClient jdbc, Clock clock) {
        this.trajecten = trajecten;
        this.organisaties = organisaties;
        this.toestemmingen = toestemmingen;
        this.bijdragen = bijdragen;
        this.log = log;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What the household file says about moving: may this reader export, and is the consent there. */
    public record Stand(boolean magExporteren, boolean toestemming) {
    }

    /** Whether this role may export a household it sees (the regievoerder and the teamleider). */
    public static boolean magExporteren(Medewerker ik) {
        return ik.heeftRol(Rol.REGIEVOERDER, Rol.TEAMLEIDER);
    }

    Stand stand(Inzage inzage) {
        if (!magExporteren(inzage.medewerker())) {
            return new Stand(false, false);
        }
        return new Stand(true, toestemming(inzage.huishouden(), LocalDate.now(clock)) != null);
    }

    /**
     * The household's file as a document: 404 when the household is not visible or export is not this role's, 403
     * ({@link ToestemmingNodig}) when not every adult consented to it moving. Logged per person.
     */
    @Transactional
    public Verhuisdossier exporteer(Medewerker ik, HuishoudenId id) {
        Inzage inzage = trajecten.inzage(ik, id);
        if (!magExporteren(ik)) {
            throw new NietGevonden();
        }
        Huishouden h = inzage.huishouden();
        LocalDate vandaag = LocalDate.now(clock);
        Consent consent = toestemming(h, vandaag);
        if (consent == null) {
            throw new ToestemmingNodig(ACTIVITEIT);
        }
        Traject t = trajecten.samenvatting(inzage.trajectId(), h).orElseThrow(NietGevonden::new).traject();
        Gemeente van = organisaties.gemeente(t.gemeenteId()).orElseThrow();
        List<String> naar = new ArrayList<>();
        for (UUID org : consent.ontvangers()) {
            if (!org.equals(van.id())) {
                organisaties.gemeente(org).ifPresent(g -> naar.add(g.cbsCode()));
            }
        }
        boolean voortgang = consent.gegevens().contains(Gegevenssoort.VOORTGANG);
        Map<String, List<Map<String, Object>>> delen = new LinkedHashMap<>();
        for (Verhuisbijdrage b : bijdragen) {
            delen.put(b.sleutel(), voortgang ? b.gegevens(id) : List.of());
        }
        Verhuisdossier d = new Verhuisdossier(Verhuisdossier.FORMAAT, Verhuisdossier.VERSIE, Instant.now(clock),
                new Verhuisdossier.Gemeente(van.naam(), van.cbsCode()), naar,
                new Verhuisdossier.Huishouden(h.datums().koppeling(), h.datums().huisvesting(), h.datums().regeldag(),
                        h.datums().verhuizing(), h.herkomstLocatie()),
                h.personen().stream().map(VerhuisService::persoon).toList(),
                voortgang ? new Verhuisdossier.Traject(t.status().name(), t.aangemeldOp(), t.praktischeStart(),
                        t.faseCode(), t.eindeDatum(), t.eindeReden() == null ? null : t.eindeReden().name(),
                        organisaties.uitvoerder(t.uitvoerderId()).map(Uitvoerder::naam).orElse("?")) : null,
                delen.getOrDefault("checklist", List.of()), delen.getOrDefault("afspraken", List.of()));
        legVast(ik, Actie.LEZEN, h, id.value());
        return d;
    }

    private static Verhuisdossier.Persoon persoon(Persoon p) {
        return new Verhuisdossier.Persoon(p.id().toString(), p.rol(), p.voornaam(), p.achternaam(), p.geboortedatum(),
                p.geslacht(), p.landVanHerkomst(), p.talen(), p.tolkNodig(), p.tolkTaal(), p.geletterdheid(),
                p.vNummer(), p.bsn(), p.vergunningDatum(), p.brpDatum(), p.status());
    }

    /** The document as JSON (UTF-8). */
    public byte[] alsJson(Verhuisdossier d) {
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(d);
    }

    /** What the import did: the new trajectory, and how many BSNs were left out (still held by the old file). */
    public record Geimporteerd(Traject traject, int bsnWeggelaten, String vanGemeente) {
    }

    /**
     * Imports a document as an aanmelding under one of the regievoerder's contracts, with a new address (may be
     * empty): all or nothing. Refuses with a {@link DomeinFout} naming what is wrong with the document.
     */
    @Transactional
    public Geimporteerd importeer(Medewerker ik, byte @Nullable [] bestand, UUID contract, Huishouden.Adres adres) {
        if (!ik.heeftRol(Rol.REGIEVOERDER)) {
            throw new NietGevonden();
        }
        Verhuisdossier d = lees(bestand);
        Gemeente eigen = organisaties.gemeente(ik.gemeenteId() == null ? new UUID(0, 0) : ik.gemeenteId())
            .orElseThrow(NietGevonden::new);
        if (!d.naar().isEmpty() && !d.naar().contains(eigen.cbsCode())) {
            throw new DomeinFout("bewaren.import.andere-gemeente", String.join(", ", d.naar()));
        }
        int weggelaten = 0;
        List<NieuwePersoon> personen = new ArrayList<>();
        for (Verhuisdossier.Persoon p : d.personen()) {
            String bsn = p.bsn();
            if (bsn != null && jdbc.sql("select exists (select 1 from persoon where bsn = ?)").param(bsn)
                .query(Boolean.class).single()) {
                bsn = null;
                weggelaten++;
            }
            personen.add(new NieuwePersoon(null, p.rol(), p.voornaam(), p.achternaam(), p.geboortedatum(),
                    p.geslacht(), p.landVanHerkomst(), p.talen() == null ? List.of() : p.talen(), p.tolkNodig(),
                    p.tolkTaal(), p.geletterdheid(), p.vNummer(), bsn, p.vergunningDatum(), p.brpDatum(),
                    p.verblijfsstatus()));
        }
        Verhuisdossier.Huishouden hh = d.huishouden();
        Traject t = trajecten.meldAan(ik, new Aanmelding(contract, adres,
                new Huishouden.HuishoudenDatums(hh.koppeling(), hh.huisvesting(), hh.regeldag(), hh.verhuizing()),
                hh.herkomstLocatie(), personen));
        Huishouden nieuw = trajecten.inzage(ik, t.huishouden()).huishouden();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into verhuis_import (id, huishouden_id, traject_id, van_gemeente, van_cbs_code, formaat_versie,
                                            gemaakt_op, geimporteerd_op, geimporteerd_door, inhoud)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""")
            .params(id, t.huishouden().value(), t.id().value(), d.van().naam(), d.van().cbsCode(), d.versie(),
                    Timestamp.from(d.gemaaktOp()), Timestamp.from(Instant.now(clock)), ik.id(),
                    json.writeValueAsString(Geschiedenis.van(d)))
            .update();
        legVast(ik, Actie.AANMAKEN, nieuw, id);
        return new Geimporteerd(t, weggelaten, d.van().naam());
    }

    /** The previous file's history kept with the new household: names resolved, read-only. */
    public record Geschiedenis(Verhuisdossier.Gemeente van, Instant gemaaktOp, Verhuisdossier.@Nullable Traject traject,
            List<Map<String, Object>> checklist, List<Map<String, Object>> afspraken) {

        static Geschiedenis van(Verhuisdossier d) {
            Map<String, String> namen = new java.util.HashMap<>();
            d.personen().forEach(p -> namen.put(p.ref(), p.voornaam() + " " + p.achternaam()));
            List<Map<String, Object>> checklist = d.checklist().stream().map(item -> {
                Map<String, Object> m = new LinkedHashMap<>(item);
                Object ref = item.get("persoon");
                m.put("persoon", ref == null ? null : namen.getOrDefault(ref.toString(), null));
                return m;
            }).toList();
            return new Geschiedenis(d.van(), d.gemaaktOp(), d.traject(), checklist, d.afspraken());
        }
    }

    /** The imported histories of a household (newest first); reading them is logged by the caller. */
    List<Geschiedenis> geschiedenis(HuishoudenId h) {
        return jdbc.sql("select inhoud::text from verhuis_import where huishouden_id = ? and inhoud <> '{}'::jsonb "
                + "order by geimporteerd_op desc").param(h.value()).query(String.class).list().stream()
            .map(s -> json.readValue(s, Geschiedenis.class)).toList();
    }

    private Verhuisdossier lees(byte @Nullable [] bestand) {
        if (bestand == null || bestand.length == 0) {
            throw new DomeinFout("bewaren.import.leeg");
        }
        if (bestand.length > MAX_BYTES) {
            throw new DomeinFout("bewaren.import.te-groot");
        }
        Map<?, ?> ruw;
        try {
            ruw = json.readValue(bestand, Map.class);
        }
        catch (JacksonException fout) {
            throw new DomeinFout("bewaren.import.geen-json");
        }
        if (!Verhuisdossier.FORMAAT.equals(ruw.get("formaat"))) {
            throw new DomeinFout("bewaren.import.formaat");
        }
        if (!Integer.valueOf(Verhuisdossier.VERSIE).equals(ruw.get("versie"))) {
            throw new DomeinFout("bewaren.import.versie", String.valueOf(ruw.get("versie")));
        }
        Verhuisdossier d;
        try {
            d = json.readValue(bestand, Verhuisdossier.class);
        }
        catch (JacksonException fout) {
            throw new DomeinFout("bewaren.import.ongeldig", veld(fout));
        }
        if (d.personen() == null || d.personen().isEmpty()) {
            throw new DomeinFout("bewaren.import.geen-personen");
        }
        int n = 0;
        for (Verhuisdossier.Persoon p : d.personen()) {
            n++;
            if (p.voornaam() == null || p.voornaam().isBlank() || p.achternaam() == null || p.achternaam().isBlank()) {
                throw new DomeinFout("bewaren.import.naam", n);
            }
            if (p.geboortedatum() == null || p.rol() == null || p.geslacht() == null || p.verblijfsstatus() == null
                    || p.geletterdheid() == null || p.landVanHerkomst() == null) {
                throw new DomeinFout("bewaren.import.persoon", n);
            }
        }
        if (d.van() == null || d.huishouden() == null || d.gemaaktOp() == null) {
            throw new DomeinFout("bewaren.import.ongeldig", "van/huishouden/gemaaktOp");
        }
        return new Verhuisdossier(d.formaat(), d.versie(), d.gemaaktOp(), d.van(),
                d.naar() == null ? List.of() : d.naar(), d.huishouden(), d.personen(), d.traject(),
                d.checklist() == null ? List.of() : d.checklist(), d.afspraken() == null ? List.of() : d.afspraken());
    }

    /** Where in the document a value did not fit, e.g. "personen[1].geboortedatum". */
    private static String veld(JacksonException fout) {
        StringBuilder pad = new StringBuilder();
        for (var r : fout.getPath()) {
            if (r.getPropertyName() != null) {
                pad.append(pad.isEmpty() ? "" : ".").append(r.getPropertyName());
            }
            else if (r.getIndex() >= 0) {
                pad.append('[').append(r.getIndex() + 1).append(']');
            }
        }
        return pad.isEmpty() ? "?" : pad.toString();
    }

    private record Consent(Set<UUID> ontvangers, Set<Gegevenssoort> gegevens) {
    }

    /**
     * The consent of the household to move its file: every adult (18 or older; without adults, everyone) has a
     * valid VERHUIZING consent. The recipients and categories all of them share; null when someone has none.
     */
    private @Nullable Consent toestemming(Huishouden h, LocalDate vandaag) {
        List<Persoon> wie = h.personen().stream().filter(p -> !p.geboortedatum().plusYears(18).isAfter(vandaag))
            .toList();
        if (wie.isEmpty()) {
            wie = h.personen();
        }
        List<Verhuistoestemming.Geldig> geldig = toestemmingen.geldig(h.id().value(), vandaag);
        Set<UUID> ontvangers = null;
        Set<Gegevenssoort> gegevens = null;
        for (Persoon p : wie) {
            Set<UUID> o = new HashSet<>();
            Set<Gegevenssoort> g = new HashSet<>();
            geldig.stream().filter(x -> x.persoonId().equals(p.id())).forEach(x -> {
                o.add(x.ontvangerOrganisatieId());
                g.addAll(x.gegevens());
            });
            if (o.isEmpty()) {
                return null;
            }
            if (ontvangers == null) {
                ontvangers = o;
                gegevens = g;
            }
            else {
                ontvangers.retainAll(o);
                gegevens.retainAll(g);
            }
        }
        return ontvangers == null ? null : new Consent(ontvangers, gegevens);
    }

    private void legVast(Medewerker ik, Actie actie, Huishouden h, UUID record) {
        log.leg(h.personen().stream().map(p -> new Verwerking(ik.id(), ik.organisatieId(), actie, ACTIVITEIT, p.id(),
                h.id().value(), "verhuizing", record)).toList());
    }
}

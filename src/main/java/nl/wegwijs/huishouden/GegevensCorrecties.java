package nl.wegwijs.huishouden;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import nl.wegwijs.organisatie.Medewerker;

/**
 * The rectification trail: when a household or its persons are corrected, the old and new value of every changed
 * field, who and when. {@link #volg} is called once in the write path, with the household as it was before the
 * change; just before the transaction commits the household is read again and every difference is recorded in one
 * statement. A change that rolls back records nothing; a save that changes nothing records nothing.
 */
@Component
public class GegevensCorrecties {

    private final Huishoudens huishoudens;
    private final JdbcClient jdbc;
    private final Clock clock;

    GegevensCorrecties(Huishoudens huishoudens, JdbcClient jdbc, Clock clock) {
        this.huishoudens = huishoudens;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The trail of a person: corrections of their own fields and of their household's, oldest first. */
    public List<GegevensCorrectie> van(HuishoudenId huishouden, UUID persoon) {
        return jdbc.sql("""
                select id, persoon_id, veld, oude_waarde, nieuwe_waarde, medewerker_id, gecorrigeerd_op
                  from gegevens_correctie
                 where huishouden_id = :huishouden and (persoon_id is null or persoon_id = :persoon)
                 order by gecorrigeerd_op, id""")
            .param("huishouden", huishouden.value()).param("persoon", persoon)
            .query((rs, n) -> new GegevensCorrectie(rs.getObject("id", UUID.class), huishouden,
                    rs.getObject("persoon_id", UUID.class), rs.getString("veld"), rs.getString("oude_waarde"),
                    rs.getString("nieuwe_waarde"), rs.getObject("medewerker_id", UUID.class),
                    rs.getTimestamp("gecorrigeerd_op").toInstant()))
            .list();
    }

    /**
     * Follows a correction of {@code voor} (the household as read before the change) by this medewerker: at commit,
     * what changed is recorded. Needs an active transaction (the write's own).
     */
    void volg(Medewerker ik, Huishouden voor) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        Huishouden oud = new Huishouden(voor.id(), voor.gemeenteId(), voor.adres(), voor.datums(),
                voor.herkomstLocatie(), voor.personen(), voor.versie());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                huishoudens.find(oud.id(), new Zichtbaarheid.Filter("true", Map.of()))
                    .ifPresent(nieuw -> leg(ik, oud, nieuw));
            }
        });
    }

    private void leg(Medewerker ik, Huishouden oud, Huishouden nieuw) {
        List<Verschil> verschillen = verschillen(oud, nieuw);
        if (verschillen.isEmpty()) {
            return;
        }
        int n = verschillen.size();
        UUID[] ids = new UUID[n], personen = new UUID[n];
        String[] velden = new String[n], oude = new String[n], nieuwe = new String[n];
        for (int i = 0; i < n; i++) {
            Verschil v = verschillen.get(i);
            ids[i] = UUID.randomUUID();
            personen[i] = v.persoon();
            velden[i] = v.veld();
            oude[i] = v.oud();
            nieuwe[i] = v.nieuw();
        }
        jdbc.sql("""
                insert into gegevens_correctie (id, huishouden_id, persoon_id, veld, oude_waarde, nieuwe_waarde,
                                                medewerker_id, organisatie_id, gecorrigeerd_op)
                select id, :huishouden, persoon_id, veld, oud, nieuw, :medewerker, :organisatie, :op
                  from unnest(:ids::uuid[], :personen::uuid[], :velden::text[], :oude::text[], :nieuwe::text[])
                    as t(id, persoon_id, veld, oud, nieuw)""")
            .param("huishouden", oud.id().value())
            .param("medewerker", ik.id())
            .param("organisatie", ik.organisatieId())
            .param("op", Timestamp.from(Instant.now(clock)))
            .param("ids", ids).param("personen", personen).param("velden", velden).param("oude", oude)
            .param("nieuwe", nieuwe)
            .update();
    }

    record Verschil(@Nullable UUID persoon, String veld, @Nullable String oud, @Nullable String nieuw) {
    }

    /** Every changed field, household first, then the persons that were there before (in their order). */
    static List<Verschil> verschillen(Huishouden oud, Huishouden nieuw) {
        List<Verschil> uit = new ArrayList<>();
        vergelijk(uit, null, velden(oud), velden(nieuw));
        for (Persoon p : oud.personen()) {
            nieuw.persoon(p.id()).ifPresent(q -> vergelijk(uit, p.id(), velden(p), velden(q)));
        }
        return uit;
    }

    private static void vergelijk(List<Verschil> uit, @Nullable UUID persoon, Map<String, @Nullable String> oud,
            Map<String, @Nullable String> nieuw) {
        oud.forEach((veld, waarde) -> {
            String andere = nieuw.get(veld);
            if (!Objects.equals(waarde, andere)) {
                uit.add(new Verschil(persoon, veld, waarde, andere));
            }
        });
    }

    private static Map<String, @Nullable String> velden(Huishouden h) {
        Map<String, @Nullable String> m = new LinkedHashMap<>();
        m.put("straat", h.adres().straat());
        m.put("huisnummer", h.adres().huisnummer());
        m.put("postcode", h.adres().postcode());
        m.put("woonplaats", h.adres().woonplaats());
        m.put("koppeling", tekst(h.datums().koppeling()));
        m.put("huisvesting", tekst(h.datums().huisvesting()));
        m.put("regeldag", tekst(h.datums().regeldag()));
        m.put("verhuizing", tekst(h.datums().verhuizing()));
        m.put("herkomstLocatie", h.herkomstLocatie());
        return m;
    }

    private static Map<String, @Nullable String> velden(Persoon p) {
        Map<String, @Nullable String> m = new LinkedHashMap<>();
        m.put("rol", tekst(p.rol()));
        m.put("voornaam", p.voornaam());
        m.put("achternaam", p.achternaam());
        m.put("geboortedatum", tekst(p.geboortedatum()));
        m.put("geslacht", tekst(p.geslacht()));
        m.put("landVanHerkomst", p.landVanHerkomst());
        m.put("talen", String.join(", ", p.talen()));
        m.put("tolkNodig", String.valueOf(p.tolkNodig()));
        m.put("tolkTaal", p.tolkTaal());
        m.put("geletterdheid", tekst(p.geletterdheid()));
        m.put("vNummer", p.vNummer());
        m.put("bsn", p.bsn());
        m.put("vergunningDatum", tekst(p.vergunningDatum()));
        m.put("brpDatum", tekst(p.brpDatum()));
        m.put("status", tekst(p.status()));
        return m;
    }

    private static @Nullable String tekst(@Nullable Object waarde) {
        return waarde == null ? null : waarde instanceof Enum<?> e ? e.name() : waarde.toString();
    }
}

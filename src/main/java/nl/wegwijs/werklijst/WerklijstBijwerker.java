package nl.wegwijs.werklijst;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.wegwijs.checklist.ChecklistStandGewijzigd;
import nl.wegwijs.contact.ContactService;
import nl.wegwijs.contact.ContactStand;
import nl.wegwijs.contact.ContactStandGewijzigd;
import nl.wegwijs.huishouden.Huishouden;
import nl.wegwijs.huishouden.HuishoudenGewijzigd;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.post.PostStandGewijzigd;
import nl.wegwijs.signaal.SignaalStandGewijzigd;
import nl.wegwijs.traject.Termijn;
import nl.wegwijs.traject.Termijnregels;
import nl.wegwijs.traject.Toewijzing;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectGewijzigd;
import nl.wegwijs.traject.TrajectId;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.zelfredzaamheid.ZelfredzaamheidStandGewijzigd;

/**
 * Keeps {@code werklijst_regel} current: a plain {@link EventListener}, so the row changes in the writer's
 * transaction and the worklist is never stale after a write. Idempotent: it recomputes the whole row.
 */
@Component
class WerklijstBijwerker {

    private final JdbcClient jdbc;
    private final TrajectService trajecten;
    private final HuishoudenService huishoudens;
    private final Clock clock;
    private final ContactService contacten;

    WerklijstBijwerker(JdbcClient jdbc, TrajectService trajecten, HuishoudenService huishoudens, Clock clock,
            ContactService contacten) {
        this.jdbc = jdbc;
        this.contacten = contacten;
        this.clock = clock;
        this.trajecten = trajecten;
        this.huishoudens = huishoudens;
    }

    @EventListener
    void on(TrajectGewijzigd gewijzigd) {
        werkBij(gewijzigd.traject(), gewijzigd.huishouden());
    }

    @EventListener
    void on(HuishoudenGewijzigd gewijzigd) {
        trajecten.trajectVan(gewijzigd.huishouden()).ifPresent(t -> werkBij(t, gewijzigd.huishouden()));
    }

    @EventListener
    void on(ChecklistStandGewijzigd stand) {
        jdbc.sql("update werklijst_regel set checklist_open = ?, checklist_vroegste = ? where huishouden_id = ?")
            .params(stand.open(), stand.vroegsteDeadline(), stand.huishouden().value()).update();
    }

    @EventListener
    void on(PostStandGewijzigd stand) {
        jdbc.sql("update werklijst_regel set post_open = ?, post_vroegste = ? where huishouden_id = ?")
            .params(stand.open(), stand.vroegsteDeadline(), stand.huishouden().value()).update();
    }

    @EventListener
    void on(SignaalStandGewijzigd stand) {
        jdbc.sql("""
                update werklijst_regel set signalen_open = ?, signaal_urgent = ?, signaal_vroegste = ?
                 where huishouden_id = ?""")
            .params(stand.open(), stand.urgent(), stand.vroegsteActie(), stand.huishouden().value()).update();
    }

    @EventListener
    void on(ContactStandGewijzigd stand) {
        jdbc.sql("""
                update werklijst_regel set laatste_contact = ?, volgende_contact = ?, contact_uiterlijk = ?
                 where huishouden_id = ?""")
            .params(stand.laatsteContact(), stand.volgendeContact(), stand.contactUiterlijk(),
                    stand.huishouden().value())
            .update();
    }

    @EventListener
    void on(ZelfredzaamheidStandGewijzigd stand) {
        jdbc.sql("""
                update werklijst_regel set zelfredzaamheid_volgende = ?, zelfredzaamheid_stagnatie = ?,
                       zelfredzaamheid_laagste = ?
                 where huishouden_id = ?""")
            .params(stand.volgendeMeting(), stand.stagnatie(), stand.laagsteNiveau(), stand.huishouden().value())
            .update();
    }

    void werkBij(TrajectId id) {
        trajecten.huishoudenIntern(id).ifPresent(h -> werkBij(id, h));
    }

    void werkBij(TrajectId id, HuishoudenId huishoudenId) {
        Optional<Huishouden> huishouden = huishoudens.intern(huishoudenId);
        if (huishouden.isEmpty()) {
            return;
        }
        Huishouden h = huishouden.get();
        trajecten.samenvatting(id, h).ifPresent(s -> schrijf(h, s));
    }

    private void schrijf(Huishouden h, TrajectService.Samenvatting s) {
        Traject t = s.traject();
        LocalDate vandaag = LocalDate.now(clock);
        List<Toewijzing> actief = t.status().isAfgesloten() ? List.of()
                : t.actieveToewijzingen(vandaag);
        UUID[] medewerkers = actief.stream().map(Toewijzing::medewerkerId).distinct().toArray(UUID[]::new);
        String namen = String.join(", ", actief.stream().map(w -> s.namen().getOrDefault(w.medewerkerId(), "?"))
            .distinct().toList());
        List<Termijn> open = s.termijnen().stream().filter(Termijn::isOpen).toList();
        String[] datums = open.stream().map(Termijn::uiterlijk).sorted().map(LocalDate::toString)
            .toArray(String[]::new);
        Optional<Termijn> eerst = Termijnregels.eerstvolgende(s.termijnen());
        // the contact due date moves with the trajectory too (start, contract, closing), so it is taken here as well
        ContactStand contact = contacten.stand(h.id());
        jdbc.sql("""
                insert into werklijst_regel (traject_id, huishouden_id, gemeente_id, uitvoerder_id, team_id, status,
                       fase_code, fase_naam, naam, zoeknaam, aantal_personen, medewerkers, medewerker_namen, open_termijnen,
                       eerstvolgende_termijn, eerstvolgende_soort, laatste_contact, volgende_contact, contact_uiterlijk)
                values (:traject, :huishouden, :gemeente, :uitvoerder, :team, :status, :fase, :faseNaam, :naam, :zoeknaam,
                        :personen, :medewerkers, :namen, cast(:termijnen as date[]), :eerst, :soort, :laatste,
                        :volgende, :uiterlijk)
                on conflict (traject_id) do update set gemeente_id = excluded.gemeente_id,
                       uitvoerder_id = excluded.uitvoerder_id, team_id = excluded.team_id, status = excluded.status,
                       fase_code = excluded.fase_code, fase_naam = excluded.fase_naam, naam = excluded.naam, zoeknaam = excluded.zoeknaam,
                       aantal_personen = excluded.aantal_personen, medewerkers = excluded.medewerkers,
                       medewerker_namen = excluded.medewerker_namen, open_termijnen = excluded.open_termijnen,
                       eerstvolgende_termijn = excluded.eerstvolgende_termijn,
                       eerstvolgende_soort = excluded.eerstvolgende_soort, laatste_contact = excluded.laatste_contact,
                       volgende_contact = excluded.volgende_contact, contact_uiterlijk = excluded.contact_uiterlijk""")
            .param("traject", t.id().value())
            .param("huishouden", h.id().value())
            .param("gemeente", t.gemeenteId())
            .param("uitvoerder", t.uitvoerderId())
            .param("team", t.teamId())
            .param("status", t.status().name())
            .param("fase", t.faseCode())
            .param("faseNaam", s.faseNaam())
            .param("naam", h.naam())
            .param("zoeknaam", h.zoeknaam())
            .param("personen", h.personen().size())
            .param("medewerkers", medewerkers)
            .param("namen", namen)
            .param("termijnen", datums)
            .param("eerst", eerst.map(Termijn::uiterlijk).orElse(null))
            .param("soort", eerst.map(x -> x.soort().name()).orElse(null))
            .param("laatste", contact.laatsteContact())
            .param("volgende", contact.volgendeContact())
            .param("uiterlijk", contact.contactUiterlijk())
            .update();
    }
}

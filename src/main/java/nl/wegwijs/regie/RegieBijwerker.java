package nl.wegwijs.regie;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.Huishouden;
import nl.wegwijs.huishouden.HuishoudenGeanonimiseerd;
import nl.wegwijs.huishouden.HuishoudenGewijzigd;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.intake.BredeIntakeVastgelegd;
import nl.wegwijs.ontzorgen.OntzorgenGewijzigd;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.pip.PipGewijzigd;
import nl.wegwijs.signaal.SignaalStandGewijzigd;
import nl.wegwijs.traject.Termijn;
import nl.wegwijs.traject.TermijnSoort;
import nl.wegwijs.traject.TermijnStatus;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectGewijzigd;
import nl.wegwijs.traject.TrajectId;
import nl.wegwijs.traject.TrajectService;

/**
 * Keeps the overview's read model ({@code regie_huishouden}, {@code regie_persoon}) current: plain
 * {@link EventListener}s, so the rows change in the writer's transaction and the overview is never stale after a
 * write. Idempotent: a trajectory or household event recomputes the household's rows from the trajectory (status,
 * phase, the persons' BRP dates, PIP deadlines and recorded PIP dates); intake, PIP, ontzorgen and signal events set
 * their own columns, which the recomputation leaves alone.
 */
@Component
class RegieBijwerker {

    private final JdbcClient jdbc;
    private final TrajectService trajecten;
    private final HuishoudenService huishoudens;
    private final OrganisatieService organisaties;
    private final Clock clock;

    RegieBijwerker(JdbcClient jdbc, TrajectService trajecten, HuishoudenService huishoudens,
            OrganisatieService organisaties, Clock clock) {
        this.jdbc = jdbc;
        this.trajecten = trajecten;
        this.huishoudens = huishoudens;
        this.organisaties = organisaties;
        this.clock = clock;
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
    void on(BredeIntakeVastgelegd intake) {
        jdbc.sql("update regie_persoon set intake_op = ? where persoon_id = ?")
            .params(intake.gehoudenOp(), intake.persoonId()).update();
    }

    /**
     * The first language lesson comes from the PIP only; the PIP date is the trajectory's recorded fact (the PIP
     * module records it there too), so the event's date only fills it while the trajectory has none.
     */
    @EventListener
    void on(PipGewijzigd pip) {
        jdbc.sql("""
                update regie_persoon set eerste_taalles_op = ?, pip_op = coalesce(pip_op, ?)
                 where persoon_id = ?""")
            .params(pip.eersteTaallesOp(), pip.vastgesteldOp(), pip.persoonId()).update();
    }

    @EventListener
    void on(OntzorgenGewijzigd ontzorgen) {
        jdbc.sql("""
                update regie_huishouden set ontzorgen_start = ?, ontzorgen_einde = ?, overgang_geregeld = ?
                 where huishouden_id = ?""")
            .params(ontzorgen.start(), ontzorgen.einde(), ontzorgen.overgangGeregeld(),
                    ontzorgen.huishouden().value())
            .update();
    }

    @EventListener
    void on(SignaalStandGewijzigd stand) {
        jdbc.sql("update regie_huishouden set signalen_open = ? where huishouden_id = ?")
            .params(stand.open(), stand.huishouden().value()).update();
    }

    /** The name goes; the rows with their dates stay, so the figures stay right. */
    @EventListener
    void on(HuishoudenGeanonimiseerd gebeurtenis) {
        jdbc.sql("update regie_huishouden set naam = ? where huishouden_id = ?")
            .params(HuishoudenGeanonimiseerd.TEKST, gebeurtenis.huishouden().value()).update();
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
        boolean open = !t.status().isAfgesloten();
        boolean fase1Voorbij = open && t.faseCode() != null && !eersteFasen(t.contractId()).contains(t.faseCode());
        jdbc.sql("""
                insert into regie_huishouden (traject_id, huishouden_id, gemeente_id, uitvoerder_id, status, fase_code,
                       fase_naam, fase1_voorbij, naam, aangemeld_op)
                values (:traject, :huishouden, :gemeente, :uitvoerder, :status, :fase, :faseNaam, :voorbij, :naam,
                        :aangemeld)
                on conflict (traject_id) do update set gemeente_id = excluded.gemeente_id,
                       uitvoerder_id = excluded.uitvoerder_id, status = excluded.status, fase_code = excluded.fase_code,
                       fase_naam = excluded.fase_naam, fase1_voorbij = excluded.fase1_voorbij, naam = excluded.naam,
                       aangemeld_op = excluded.aangemeld_op""")
            .param("traject", t.id().value())
            .param("huishouden", h.id().value())
            .param("gemeente", t.gemeenteId())
            .param("uitvoerder", t.uitvoerderId())
            .param("status", t.status().name())
            .param("fase", t.faseCode())
            .param("faseNaam", s.faseNaam())
            .param("voorbij", fase1Voorbij)
            .param("naam", h.naam())
            .param("aangemeld", t.aangemeldOp())
            .update();
        LocalDate vandaag = LocalDate.now(clock);
        int n = h.personen().size();
        UUID[] ids = new UUID[n];
        Boolean[] plichtig = new Boolean[n], klaar = new Boolean[n];
        String[] brp = new String[n], uiterlijk = new String[n], pip = new String[n];
        for (int i = 0; i < n; i++) {
            Persoon p = h.personen().get(i);
            ids[i] = p.id();
            plichtig[i] = p.inburgeringsplichtig(p.brpDatum() != null ? p.brpDatum() : vandaag);
            brp[i] = p.brpDatum() == null ? null : p.brpDatum().toString();
            Optional<Termijn> pipTermijn = termijn(s, TermijnSoort.PIP, p.id());
            uiterlijk[i] = pipTermijn.map(Termijn::uiterlijk).map(LocalDate::toString).orElse(null);
            pip[i] = pipTermijn.map(Termijn::afgerondOp).map(LocalDate::toString).orElse(null);
            klaar[i] = termijn(s, TermijnSoort.INBURGERINGSTERMIJN, p.id())
                .map(x -> x.status() == TermijnStatus.AFGEROND).orElse(false);
        }
        // a person removed from the household (or moved to another) leaves the overview of this trajectory
        jdbc.sql("delete from regie_persoon where traject_id = :traject and persoon_id <> all(:ids)")
            .param("traject", t.id().value()).param("ids", ids).update();
        jdbc.sql("""
                insert into regie_persoon (persoon_id, traject_id, huishouden_id, gemeente_id, uitvoerder_id,
                       inburgeringsplichtig, open, fase1_voorbij, inburgering_klaar, brp_datum, pip_uiterlijk, pip_op)
                select r.id, :traject, :huishouden, :gemeente, :uitvoerder, r.plichtig, :open, :voorbij, r.klaar,
                       r.brp, r.uiterlijk, r.pip
                  from unnest(:ids::uuid[], :plichtig::boolean[], :klaar::boolean[], :brp::date[], :uiterlijk::date[],
                              :pip::date[]) as r(id, plichtig, klaar, brp, uiterlijk, pip)
                on conflict (persoon_id) do update set traject_id = excluded.traject_id,
                       huishouden_id = excluded.huishouden_id, gemeente_id = excluded.gemeente_id,
                       uitvoerder_id = excluded.uitvoerder_id, inburgeringsplichtig = excluded.inburgeringsplichtig,
                       open = excluded.open, fase1_voorbij = excluded.fase1_voorbij,
                       inburgering_klaar = excluded.inburgering_klaar, brp_datum = excluded.brp_datum,
                       pip_uiterlijk = excluded.pip_uiterlijk, pip_op = excluded.pip_op""")
            .param("traject", t.id().value())
            .param("huishouden", h.id().value())
            .param("gemeente", t.gemeenteId())
            .param("uitvoerder", t.uitvoerderId())
            .param("open", open)
            .param("voorbij", fase1Voorbij)
            .param("ids", ids)
            .param("plichtig", plichtig)
            .param("klaar", klaar)
            .param("brp", brp)
            .param("uiterlijk", uiterlijk)
            .param("pip", pip)
            .update();
    }

    private static Optional<Termijn> termijn(TrajectService.Samenvatting s, TermijnSoort soort, UUID persoon) {
        return s.termijnen().stream().filter(x -> x.soort() == soort && persoon.equals(x.persoonId())).findFirst();
    }

    /** The codes of the first phase of every version of the contract's conditions. */
    private Set<String> eersteFasen(UUID contractId) {
        return organisaties.regime(contractId).voorwaarden().stream()
            .filter(v -> !v.fasen().isEmpty())
            .map(v -> v.fasen().get(0).code())
            .collect(Collectors.toSet());
    }
}

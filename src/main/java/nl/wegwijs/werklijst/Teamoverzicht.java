package nl.wegwijs.werklijst;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wegwijs.contact.Uren;
import nl.wegwijs.contact.UrenService;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.MedewerkerOverzicht;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.verwerkingslog.Verwerkingslog;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.organisatie.Team;
import nl.wegwijs.system.NietGevonden;

/**
 * The teamleider's start: the inbox of new registrations (aangemeld and not yet accepted, or accepted and nobody
 * assigned yet), oldest first, and the caseload per guide of their teams with the hours of the last four weeks. A
 * fixed handful of statements whatever the number of households or guides, each backed by an index of
 * {@code werklijst_regel} (V22 for the inbox, the GIN index on {@code medewerkers} for the caseload).
 */
@Service
@Transactional(readOnly = true)
public class Teamoverzicht {

    /** The inbox shows at most this many; more is said in words with a link to the worklist. */
    public static final int INBOX_MAX = 50;

    /** The period of the hours in the caseload: the last four weeks, today included. */
    public static final int UREN_DAGEN = 28;

    /** A registration waiting for the teamleider: to accept ({@code AANGEMELD}) or to assign a guide. */
    public record Aanmelding(UUID trajectId, UUID huishoudenId, String naam, int aantalPersonen, String status,
            LocalDate aangemeldOp, String gemeente) {

        public boolean teAccepteren() {
            return "AANGEMELD".equals(status);
        }
    }

    /**
     * One guide: households assigned (running trajectories), how many of them need attention (their next thing is
     * past: the worklist's "te laat"), and the minutes of contacts and group sessions in the last four weeks.
     */
    public record Begeleider(UUID id, String naam, Rol rol, @Nullable String teams, int huishoudens, int aandacht,
            int minuten) {

        public String uren() {
            return Uren.tekst(minuten);
        }
    }

    private static final String INBOX = "(w.status = 'AANGEMELD' or (w.status in ('INTAKE', 'ACTIEF', 'VERLENGD')"
            + " and w.medewerkers = '{}'))";

    private final JdbcClient jdbc;
    private final OrganisatieService organisaties;
    private final UrenService uren;
    private final Clock clock;
    private final Verwerkingslog log;

    Teamoverzicht(JdbcClient jdbc, OrganisatieService organisaties, UrenService uren, Clock clock,
            Verwerkingslog log) {
        this.jdbc = jdbc;
        this.log = log;
        this.organisaties = organisaties;
        this.uren = uren;
        this.clock = clock;
    }

    /** New registrations of the teamleider's uitvoerder, oldest first, at most {@value #INBOX_MAX} + 1. */
    @Transactional
    public List<Aanmelding> inbox(Medewerker ik) {
        UUID uitvoerder = vereisTeamleider(ik);
        Map<UUID, String> gemeenten = organisaties.contractenVanUitvoerder(uitvoerder).stream()
            .collect(Collectors.toMap(c -> c.gemeenteId(), c -> c.gemeenteNaam(), (a, b) -> a));
        List<Aanmelding> inbox = jdbc.sql("""
                select w.traject_id, w.huishouden_id, w.naam, w.aantal_personen, w.status, t.aangemeld_op,
                       w.gemeente_id
                  from werklijst_regel w join traject t on t.id = w.traject_id
                 where w.uitvoerder_id = :org and\s""" + INBOX + """

                 order by t.aangemeld_op, w.traject_id
                 limit :aantal""")
            .param("org", uitvoerder)
            .param("aantal", INBOX_MAX + 1)
            .query((rs, i) -> new Aanmelding(rs.getObject("traject_id", UUID.class),
                    rs.getObject("huishouden_id", UUID.class), rs.getString("naam"), rs.getInt("aantal_personen"),
                    rs.getString("status"), rs.getObject("aangemeld_op", LocalDate.class),
                    gemeenten.getOrDefault(rs.getObject("gemeente_id", UUID.class), "")))
            .list();
        // the inbox shows the household's name (the hoofdpersoon's) of the first INBOX_MAX: one log row each
        log.legLijst(ik.id(), ik.organisatieId(), ik.rol().doel(), Verwerkingslog.Getoond.HOOFDPERSOON,
                inbox.stream().limit(INBOX_MAX)
                    .map(a -> new Verwerkingslog.Lijstregel(a.huishoudenId(), "teamoverzicht", a.trajectId()))
                    .toList());
        return inbox;
    }

    /**
     * The guides (begeleiders, vrijwilligers, teamleiders) of the teamleider's own teams, by name, with their
     * caseload and hours. Statements: the teams, the staff (twice, once inside the hours), the hours, the caseload.
     */
    public List<Begeleider> caseload(Medewerker ik) {
        UUID uitvoerder = vereisTeamleider(ik);
        Set<String> mijnTeams = organisaties.teamsVan(ik.id()).stream().map(Team::naam).collect(Collectors.toSet());
        LocalDate vandaag = LocalDate.now(clock);
        Map<UUID, Uren.Medewerker> urenPerId = uren.teamUren(ik, vandaag.minusDays(UREN_DAGEN - 1L), vandaag).stream()
            .collect(Collectors.toMap(Uren.Medewerker::medewerkerId, u -> u, (a, b) -> a));
        List<MedewerkerOverzicht> staf = organisaties.medewerkersVoorToewijzing(ik, uitvoerder).stream()
            .filter(m -> mijnTeams.isEmpty() || Arrays.stream(m.teams().split(", ")).anyMatch(mijnTeams::contains))
            .toList();
        Map<UUID, int[]> aantallen = new HashMap<>();
        if (!staf.isEmpty()) {
            jdbc.sql("""
                    select m.id, count(*) as huishoudens, count(*) filter (where w.urgentie < :vandaag) as aandacht
                      from werklijst_regel w cross join unnest(w.medewerkers) as m(id)
                     where w.uitvoerder_id = :org and w.medewerkers && :ids and m.id = any(:ids)
                       and w.status in ('AANGEMELD', 'INTAKE', 'ACTIEF', 'VERLENGD')
                     group by m.id""")
                .param("org", uitvoerder)
                .param("ids", staf.stream().map(MedewerkerOverzicht::id).toArray(UUID[]::new))
                .param("vandaag", vandaag)
                .query(rs -> {
                    aantallen.put(rs.getObject("id", UUID.class),
                            new int[] { rs.getInt("huishoudens"), rs.getInt("aandacht") });
                });
        }
        return staf.stream().map(m -> {
            int[] a = aantallen.getOrDefault(m.id(), new int[2]);
            Uren.Medewerker u = urenPerId.get(m.id());
            return new Begeleider(m.id(), m.naam(), m.rol(), m.teams(), a[0], a[1],
                    u == null ? 0 : u.totaalMinuten());
        }).sorted(Comparator.comparing(Begeleider::naam)).toList();
    }

    private static UUID vereisTeamleider(Medewerker ik) {
        if (!ik.heeftRol(Rol.TEAMLEIDER) || ik.uitvoerderId() == null) {
            throw new NietGevonden();
        }
        return Objects.requireNonNull(ik.uitvoerderId());
    }
}

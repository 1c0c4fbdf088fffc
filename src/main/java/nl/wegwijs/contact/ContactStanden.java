package nl.wegwijs.contact;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.traject.TrajectStatus;

/**
 * Where households stand with their contacts, for any number of households in one statement, and the
 * {@link ContactStandGewijzigd} events after a write. To count the norm from the start of guidance when there has been
 * no contact yet, and to know the contract's norm, it reads the household's trajectory row (contract, practical start,
 * aanmelding, status) in the same statement, as the visibility filter of module traject does in every query.
 */
@Component
class ContactStanden {

    private static final String STAND = """
            select s.*,
                   (select min(c.volgend_contact) from contactmoment c
                     where c.huishouden_id = s.huishouden_id and c.verwijderd_op is null
                       and c.volgend_contact is not null and (s.laatste is null or c.volgend_contact > s.laatste))
                       as volgende
              from (select h.id as huishouden_id,%1$s
                           greatest((select max(c.datum) from contactmoment c
                                      where c.huishouden_id = h.id and c.verwijderd_op is null),
                                    (select max(d.datum) from groepsdeelname d where d.huishouden_id = h.id))
                               as laatste,
                           t.praktische_start, t.aangemeld_op, t.status, coalesce(n.weken, :standaard) as weken
                      from %2$s
                      left join traject t on t.huishouden_id = h.id
                      left join contact_norm n on n.contract_id = t.contract_id) s""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ContactStanden(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    Map<HuishoudenId, ContactStand> voor(Collection<HuishoudenId> huishoudens) {
        Map<HuishoudenId, ContactStand> standen = new LinkedHashMap<>();
        if (huishoudens.isEmpty()) {
            return standen;
        }
        jdbc.sql(STAND.formatted("", "unnest(cast(:ids as uuid[])) as h(id)"))
            .param("ids", huishoudens.stream().map(HuishoudenId::value).distinct().toArray(UUID[]::new))
            .param("standaard", Contactnorm.STANDAARD_WEKEN)
            .query(rs -> {
                ContactStand s = stand(rs);
                standen.put(s.huishouden(), s);
            });
        return standen;
    }

    /** The households with a running trajectory under a contract, e.g. after its norm changed. */
    List<ContactStand> onderContract(UUID contract) {
        return jdbc.sql(STAND.formatted("", """
                (select huishouden_id as id from traject where contract_id = :contract
                    and status not in ('AFGEROND', 'OVERGEDRAGEN', 'BEEINDIGD')) as h"""))
            .param("contract", contract).param("standaard", Contactnorm.STANDAARD_WEKEN)
            .query((rs, n) -> stand(rs)).list();
    }

    /**
     * One household's stand with its hours since {@code sinds} (for the household file): the staff-minutes of its
     * contacts and the group sessions its members attended. One statement.
     */
    DossierCijfers dossier(HuishoudenId huishouden, LocalDate sinds) {
        return jdbc.sql(STAND.formatted("""

                           (select coalesce(sum(m.minuten), 0) from contactmoment_medewerker m
                             where m.huishouden_id = h.id and m.datum >= :sinds) as medewerker_minuten,
                           (select count(*) from contactmoment c
                             where c.huishouden_id = h.id and c.verwijderd_op is null and c.datum >= :sinds)
                               as contacten,
                           (select count(*) from (select distinct d.groepsbijeenkomst_id from groepsdeelname d
                                                    where d.huishouden_id = h.id and d.datum >= :sinds) x) as groepen,
                           (select coalesce(sum(x.minuten), 0)
                              from (select distinct d.groepsbijeenkomst_id, d.minuten from groepsdeelname d
                                     where d.huishouden_id = h.id and d.datum >= :sinds) x) as groep_minuten,""",
                "(select cast(:huishouden as uuid) as id) as h"))
            .param("huishouden", huishouden.value()).param("sinds", sinds)
            .param("standaard", Contactnorm.STANDAARD_WEKEN)
            .query((rs, n) -> new DossierCijfers(stand(rs), rs.getInt("medewerker_minuten"), rs.getInt("contacten"),
                    rs.getInt("groepen"), rs.getInt("groep_minuten")))
            .single();
    }

    /** A household's stand and its hours over a period. */
    record DossierCijfers(ContactStand stand, int medewerkerMinuten, int contacten, int groepen, int groepMinuten) {
    }

    /** Tells read models (the worklist) where these households now stand; in the writer's transaction. */
    void publiceer(Collection<HuishoudenId> huishoudens) {
        voor(huishoudens).values().forEach(s -> events.publishEvent(s.alsGebeurtenis()));
    }

    void publiceer(List<ContactStand> standen) {
        standen.forEach(s -> events.publishEvent(s.alsGebeurtenis()));
    }

    private static ContactStand stand(java.sql.ResultSet rs) throws java.sql.SQLException {
        LocalDate laatste = rs.getObject("laatste", LocalDate.class);
        String status = rs.getString("status");
        boolean afgesloten = status == null || TrajectStatus.valueOf(status).isAfgesloten();
        int weken = rs.getInt("weken");
        LocalDate uiterlijk = afgesloten ? null
                : Contactnorm.uiterlijk(laatste, rs.getObject("praktische_start", LocalDate.class),
                        rs.getObject("aangemeld_op", LocalDate.class), weken);
        return new ContactStand(new HuishoudenId(rs.getObject("huishouden_id", UUID.class)), laatste,
                rs.getObject("volgende", LocalDate.class), uiterlijk, weken);
    }
}

package nl.wegwijs.zelfredzaamheid;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.traject.Persoonsgegevens;

import static nl.wegwijs.traject.Persoonsgegevens.rij;

/**
 * Self-reliance for the inzage report: the measurements of the person and of their whole household (kind, instrument,
 * note), the score on every item, the begeleidingsplan's actions made after those measurements, and the corrections
 * of a measurement with their reason. Four statements.
 */
@Component
class ZelfredzaamheidPersoonsgegevens implements Persoonsgegevens {

    private static final String L = "zelfredzaamheid.inzage.";

    /** The person's and the household's measurements. */
    private static final String METINGEN = " m.huishouden_id = :h and (m.persoon_id is null or m.persoon_id = :p)";

    private final JdbcClient jdbc;

    ZelfredzaamheidPersoonsgegevens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int volgorde() {
        return 25;
    }

    @Override
    public Onderdeel gegevens(UUID persoonId, HuishoudenId huishouden) {
        UUID h = huishouden.value();
        List<Map<String, @Nullable Object>> metingen = jdbc.sql("""
                select m.gemeten_op, m.soort, m.persoon_id, i.naam as instrument, m.notitie
                  from zr_meting m join zr_instrument i on i.id = m.instrument_id
                 where""" + METINGEN + " order by m.gemeten_op desc, m.id")
            .param("h", h).param("p", persoonId)
            .query((rs, n) -> rij("gemetenOp", rs.getObject("gemeten_op", LocalDate.class), "soort",
                    Code.van("zelfredzaamheid.soort", rs.getString("soort")), "voor", voor(rs.getObject("persoon_id")),
                    "instrument", rs.getString("instrument"), "notitie", rs.getString("notitie")))
            .list();
        List<Map<String, @Nullable Object>> scores = jdbc.sql("""
                select m.gemeten_op, d.naam as domein, o.naam as onderdeel, s.status, s.niveau, s.wijze
                  from zr_meting m join zr_score s on s.meting_id = m.id
                  left join zr_onderdeel o on o.id = s.item_id
                  join zr_domein d on d.id = coalesce(o.domein_id, s.item_id)
                 where""" + METINGEN + " order by m.gemeten_op desc, m.id, d.volgorde, o.volgorde nulls first")
            .param("h", h).param("p", persoonId)
            .query((rs, n) -> {
                String status = rs.getString("status");
                return rij("gemetenOp", rs.getObject("gemeten_op", LocalDate.class), "domein", rs.getString("domein"),
                        "onderdeel", rs.getString("onderdeel"), "niveau",
                        "NIVEAU".equals(status) ? rs.getObject("niveau") : Code.van(L + "status", status), "wijze",
                        Code.van("zelfredzaamheid.wijze", rs.getString("wijze")));
            })
            .list();
        List<Map<String, @Nullable Object>> acties = jdbc.sql("""
                select m.gemeten_op, d.naam as domein, a.omschrijving, a.uitvoerder, a.partner, a.prioriteit,
                       a.afgerond_op
                  from zr_actie a join zr_meting m on m.id = a.meting_id join zr_domein d on d.id = a.domein_id
                 where""" + METINGEN + " order by m.gemeten_op desc, d.volgorde, a.aangemaakt_op, a.id")
            .param("h", h).param("p", persoonId)
            .query((rs, n) -> rij("gemetenOp", rs.getObject("gemeten_op", LocalDate.class), "domein",
                    rs.getString("domein"), "omschrijving", rs.getString("omschrijving"), "uitvoerder",
                    Code.van("zelfredzaamheid.uitvoerder", rs.getString("uitvoerder")), "partner",
                    rs.getString("partner"), "prioriteit",
                    Code.van("zelfredzaamheid.prioriteit", rs.getString("prioriteit")), "afgerondOp",
                    rs.getObject("afgerond_op", LocalDate.class)))
            .list();
        List<Map<String, @Nullable Object>> correcties = jdbc.sql("""
                select m.gemeten_op, c.gecorrigeerd_op, c.vorige_datum, c.reden
                  from zr_meting_correctie c join zr_meting m on m.id = c.meting_id
                 where""" + METINGEN + " order by c.gecorrigeerd_op desc, c.id")
            .param("h", h).param("p", persoonId)
            .query((rs, n) -> rij("gemetenOp", rs.getObject("gemeten_op", LocalDate.class), "gecorrigeerdOp",
                    rs.getTimestamp("gecorrigeerd_op").toInstant(), "vorigeDatum",
                    rs.getObject("vorige_datum", LocalDate.class), "reden", rs.getString("reden")))
            .list();
        return new Onderdeel("zelfredzaamheid", "zelfredzaamheid.inzage", List.of(), List.of(
                new Tabel("metingen", L + "metingen",
                        List.of(new Kolom("gemetenOp", L + "gemeten"), new Kolom("soort", L + "soort"),
                                new Kolom("voor", L + "voor"), new Kolom("instrument", L + "instrument"),
                                new Kolom("notitie", L + "notitie")),
                        metingen),
                new Tabel("scores", L + "scores",
                        List.of(new Kolom("gemetenOp", L + "gemeten"), new Kolom("domein", L + "domein"),
                                new Kolom("onderdeel", L + "onderdeel"), new Kolom("niveau", L + "niveau"),
                                new Kolom("wijze", L + "wijze")),
                        scores),
                new Tabel("acties", L + "acties",
                        List.of(new Kolom("gemetenOp", L + "na-meting"), new Kolom("domein", L + "domein"),
                                new Kolom("omschrijving", L + "omschrijving"),
                                new Kolom("uitvoerder", L + "uitvoerder"),
                                new Kolom("partner", L + "partner"), new Kolom("prioriteit", L + "prioriteit"),
                                new Kolom("afgerondOp", L + "afgerond")),
                        acties),
                new Tabel("metingcorrecties", L + "correcties",
                        List.of(new Kolom("gemetenOp", L + "gemeten"), new Kolom("gecorrigeerdOp", L + "gecorrigeerd"),
                                new Kolom("vorigeDatum", L + "vorige-datum"), new Kolom("reden", L + "reden")),
                        correcties)));
    }

    private static Code voor(@Nullable Object persoon) {
        return persoon == null ? new Code(L + "voor.HUISHOUDEN", "HUISHOUDEN")
                : new Code(L + "voor.PERSOON", "PERSOON");
    }
}

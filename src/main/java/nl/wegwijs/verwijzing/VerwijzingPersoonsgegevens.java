package nl.wegwijs.verwijzing;

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
 * Referrals for the inzage report: every referral of the person or of their whole household, with the service, the
 * reason, each step's date, the answer or outcome and a withdrawal, and how the consent was given. One statement.
 */
@Component
class VerwijzingPersoonsgegevens implements Persoonsgegevens {

    private final JdbcClient jdbc;

    VerwijzingPersoonsgegevens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int volgorde() {
        return 55;
    }

    @Override
    public Onderdeel gegevens(UUID persoonId, HuishoudenId huishouden) {
        String l = "verwijzing.inzage.";
        List<Map<String, @Nullable Object>> rijen = jdbc.sql("""
                select v.aangemaakt_op, d.naam as dienst, v.persoon_id, v.reden, v.warm, v.status,
                       v.verstuurd_op, v.beantwoord_op, v.afgerond_op, v.antwoord, v.uitkomst,
                       v.ingetrokken_op, v.intrekking_reden, v.toestemming_wijze,
                       cardinality(v.toestemming_ids) as toestemmingen
                  from verwijzing v join dienst d on d.id = v.dienst_id
                 where v.huishouden_id = :h and (v.persoon_id is null or v.persoon_id = :p)
                 order by v.aangemaakt_tijd desc, v.id desc""")
            .param("h", huishouden.value()).param("p", persoonId)
            .query((rs, n) -> {
                String wijze = rs.getString("toestemming_wijze");
                @Nullable Object toestemming = wijze != null ? Code.van("verwijzing.toestemming.wijze", wijze)
                        : rs.getInt("toestemmingen") > 0 ? new Code(l + "toestemming.register", "REGISTER") : null;
                return rij("aangemaaktOp", rs.getObject("aangemaakt_op", LocalDate.class), "dienst",
                        rs.getString("dienst"), "voor",
                        rs.getObject("persoon_id") == null ? new Code(l + "voor.HUISHOUDEN", "HUISHOUDEN")
                                : new Code(l + "voor.PERSOON", "PERSOON"),
                        "reden", rs.getString("reden"), "warm", rs.getBoolean("warm"), "status",
                        Code.van("verwijzing.status", rs.getString("status")), "verstuurdOp",
                        rs.getObject("verstuurd_op", LocalDate.class), "beantwoordOp",
                        rs.getObject("beantwoord_op", LocalDate.class), "antwoord",
                        rs.getString("antwoord"), "afgerondOp", rs.getObject("afgerond_op", LocalDate.class),
                        "uitkomst", rs.getString("uitkomst"), "ingetrokkenOp",
                        rs.getObject("ingetrokken_op", LocalDate.class), "intrekkingReden",
                        rs.getString("intrekking_reden"), "toestemming", toestemming);
            })
            .list();
        List<Kolom> kolommen = List.of(new Kolom("aangemaaktOp", l + "aangemaakt"), new Kolom("dienst", l + "dienst"),
                new Kolom("voor", l + "voor"), new Kolom("reden", l + "reden"),
                new Kolom("warm", l + "warm"), new Kolom("status", l + "status"),
                new Kolom("verstuurdOp", l + "verstuurd"),
                new Kolom("beantwoordOp", l + "beantwoord"), new Kolom("antwoord", l + "antwoord"),
                new Kolom("afgerondOp", l + "afgerond"), new Kolom("uitkomst", l + "uitkomst"),
                new Kolom("ingetrokkenOp", l + "ingetrokken"), new Kolom("intrekkingReden", l + "intrekking-reden"),
                new Kolom("toestemming", l + "toestemming"));
        return new Onderdeel("verwijzingen", "verwijzing.inzage",
                List.of(), List.of(new Tabel("verwijzingen", l + "verwijzingen", kolommen, rijen)));
    }
}

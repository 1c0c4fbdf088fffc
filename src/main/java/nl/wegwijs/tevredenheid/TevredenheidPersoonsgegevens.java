package nl.wegwijs.tevredenheid;

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
 * The satisfaction questionnaires for the inzage report: when and for which moment the household took one and who
 * filled it in. Not the answers nor the comment: the household was told nobody sees them apart, and this report is
 * produced by its guide or teamleider; the report says they are kept for the totals only. One statement.
 */
@Component
class TevredenheidPersoonsgegevens implements Persoonsgegevens {

    private static final String L = "tevredenheid.inzage.";

    private final JdbcClient jdbc;

    TevredenheidPersoonsgegevens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int volgorde() {
        return 80;
    }

    @Override
    public Onderdeel gegevens(UUID persoonId, HuishoudenId huishouden) {
        List<Map<String, @Nullable Object>> rijen = jdbc.sql("""
                select afgenomen_op, moment, wijze from tevredenheid where huishouden_id = ?
                 order by afgenomen_op, id""")
            .param(huishouden.value())
            .query((rs, n) -> rij("afgenomenOp", rs.getObject("afgenomen_op", LocalDate.class), "moment",
                    Code.van("tevredenheid.moment", rs.getString("moment")), "wijze",
                    Code.van("tevredenheid.wijze", rs.getString("wijze")), "antwoorden",
                    new Code(L + "antwoorden.TOTALEN", "TOTALEN")))
            .list();
        return new Onderdeel("tevredenheid", "tevredenheid.inzage", List.of(), List.of(new Tabel("vragenlijsten",
                L + "vragenlijsten", List.of(new Kolom("afgenomenOp", L + "afgenomen"),
                        new Kolom("moment", L + "moment"), new Kolom("wijze", L + "wijze"),
                        new Kolom("antwoorden", L + "antwoorden")),
                rijen)));
    }
}

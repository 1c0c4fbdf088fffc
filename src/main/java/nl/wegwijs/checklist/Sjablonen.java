package nl.wegwijs.checklist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.wegwijs.system.GelijktijdigGewijzigd;

/** Checklist templates and their items, by hand-written SQL. */
@Repository
class Sjablonen {

    /** The default template shipped with Wegwijs (see V8__checklist.sql). */
    static final UUID STANDAARD = UUID.fromString("00000000-0000-4000-8000-00000000c4ec");

    private static final String ITEM = """
            select id, code, volgorde, titel, thema, categorie, reikwijdte, leeftijd_van, leeftijd_tot, referentie,
                   termijn_dagen, jaarlijks, uitvoerende, doelgroep, hulptekst, vervallen
              from checklist_sjabloon_item""";

    private final JdbcClient jdbc;

    Sjablonen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The items of the template a contract uses (its own, or else the default), in order, in one statement. */
    List<SjabloonItem> itemsVoor(UUID contract) {
        return jdbc.sql(ITEM + " " + """
                 where sjabloon_id = coalesce((select id from checklist_sjabloon where contract_id = :contract),
                                              cast(:standaard as uuid))
                 order by volgorde, code""")
            .param("contract", contract).param("standaard", STANDAARD).query(Sjablonen::item).list();
    }

    record Kop(UUID id, long versie) {
    }

    /** The contract's own template, if it has one. */
    Optional<Kop> eigen(UUID contract) {
        return jdbc.sql("select id, versie from checklist_sjabloon where contract_id = ?").param(contract)
            .query((rs, n) -> new Kop(rs.getObject("id", UUID.class), rs.getLong("versie"))).optional();
    }

    List<SjabloonItem> items(UUID sjabloon) {
        return jdbc.sql(ITEM + " where sjabloon_id = ? order by volgorde, code").param(sjabloon)
            .query(Sjablonen::item).list();
    }

    /**
     * A contract gets its own copy of the default template (codes kept); fails when it has one already. Touches no
     * household's items: each follows the copy from its next synchronisation on (see
     * {@link ChecklistItems#koppelAanSjabloon}); until then the default's items it points at say the same.
     */
    UUID kopieer(UUID contract) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into checklist_sjabloon (id, contract_id, versie) values (?, ?, 1)").params(id, contract)
            .update();
        jdbc.sql("""
                insert into checklist_sjabloon_item (id, sjabloon_id, code, volgorde, titel, thema, categorie,
                       reikwijdte, leeftijd_van, leeftijd_tot, referentie, termijn_dagen, jaarlijks, uitvoerende,
                       doelgroep, hulptekst, vervallen)
                select gen_random_uuid(), :nieuw, code, volgorde, titel, thema, categorie, reikwijdte, leeftijd_van,
                       leeftijd_tot, referentie, termijn_dagen, jaarlijks, uitvoerende, doelgroep, hulptekst, vervallen
                  from checklist_sjabloon_item where sjabloon_id = :standaard""")
            .param("nieuw", id).param("standaard", STANDAARD).update();
        return id;
    }

    /** Claims the next version of a template; someone else's change since {@code versie} refuses it. */
    void verhoogVersie(UUID sjabloon, long versie) {
        int n = jdbc.sql("update checklist_sjabloon set versie = versie + 1 where id = ? and versie = ?")
            .params(sjabloon, versie).update();
        if (n == 0) {
            throw new GelijktijdigGewijzigd();
        }
    }

    void voegToe(UUID sjabloon, String code, NieuwSjabloonItem i) {
        jdbc.sql("""
                insert into checklist_sjabloon_item (id, sjabloon_id, code, volgorde, titel, thema, categorie,
                       reikwijdte, leeftijd_van, leeftijd_tot, referentie, termijn_dagen, jaarlijks, uitvoerende,
                       doelgroep, hulptekst, vervallen)
                select :id, :sjabloon, :code,
                       coalesce((select max(volgorde) from checklist_sjabloon_item where sjabloon_id = :sjabloon), 0) + 10,
                       :titel, :thema, :categorie, :reikwijdte, :van, :tot, :referentie, :dagen, :jaarlijks,
                       :uitvoerende, :doelgroep, :hulptekst, false""")
            .param("id", UUID.randomUUID()).param("sjabloon", sjabloon).param("code", code)
            .param("titel", i.titel()).param("thema", i.thema().name()).param("categorie", naam(i.categorie()))
            .param("reikwijdte", i.reikwijdte().name()).param("van", i.leeftijdVan()).param("tot", i.leeftijdTot())
            .param("referentie", i.referentie().name()).param("dagen", i.termijnDagen())
            .param("jaarlijks", i.jaarlijks()).param("uitvoerende", i.uitvoerende().name())
            .param("doelgroep", naam(i.doelgroep())).param("hulptekst", i.hulptekst())
            .update();
    }

    void zetVolgorde(UUID item, int volgorde) {
        jdbc.sql("update checklist_sjabloon_item set volgorde = ? where id = ?").params(volgorde, item).update();
    }

    void zetVervallen(UUID item, boolean vervallen) {
        jdbc.sql("update checklist_sjabloon_item set vervallen = ? where id = ?").params(vervallen, item).update();
    }

    private static @Nullable String naam(@Nullable Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static SjabloonItem item(ResultSet rs, int n) throws SQLException {
        String categorie = rs.getString("categorie");
        String doelgroep = rs.getString("doelgroep");
        return new SjabloonItem(rs.getObject("id", UUID.class), rs.getString("code"), rs.getInt("volgorde"),
                rs.getString("titel"), Thema.valueOf(rs.getString("thema")),
                categorie == null ? null : Categorie.valueOf(categorie), Reikwijdte.valueOf(rs.getString("reikwijdte")),
                rs.getObject("leeftijd_van", Integer.class), rs.getObject("leeftijd_tot", Integer.class),
                Referentie.valueOf(rs.getString("referentie")), rs.getInt("termijn_dagen"), rs.getBoolean("jaarlijks"),
                Uitvoerende.valueOf(rs.getString("uitvoerende")),
                doelgroep == null ? null : Doelgroep.valueOf(doelgroep), rs.getString("hulptekst"),
                rs.getBoolean("vervallen"));
    }
}

package nl.wegwijs.checklist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.traject.Verhuisbijdrage;

/**
 * The checklist in a moving household's file: each item's title, theme, person, status, who did it and when (no
 * notes: they stay with the guidance that wrote them).
 */
@Component
class ChecklistVerhuisbijdrage implements Verhuisbijdrage {

    private final JdbcClient jdbc;

    ChecklistVerhuisbijdrage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String sleutel() {
        return "checklist";
    }

    @Override
    public List<Map<String, Object>> gegevens(HuishoudenId huishouden) {
        return jdbc.sql("""
                select ci.code, si.titel, si.thema, ci.persoon_id, ci.jaar, ci.status, ci.wie_deed_het, ci.datum
                  from checklist_item ci join checklist_sjabloon_item si on si.id = ci.sjabloon_item_id
                 where ci.huishouden_id = ? order by si.thema, si.volgorde, ci.jaar nulls first, ci.id""")
            .param(huishouden.value())
            .query((rs, n) -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("code", rs.getString("code"));
                m.put("titel", rs.getString("titel"));
                m.put("thema", rs.getString("thema"));
                m.put("persoon", rs.getString("persoon_id"));
                m.put("jaar", rs.getObject("jaar", Integer.class));
                m.put("status", rs.getString("status"));
                m.put("wieDeedHet", rs.getString("wie_deed_het"));
                m.put("datum", rs.getObject("datum", java.time.LocalDate.class));
                return m;
            })
            .list();
    }
}

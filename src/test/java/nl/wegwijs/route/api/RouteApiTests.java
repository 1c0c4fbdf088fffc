package nl.wegwijs.route.api;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.socialekaart.Dienst;
import nl.wegwijs.socialekaart.DienstGegevens;
import nl.wegwijs.socialekaart.Dienstsoort;
import nl.wegwijs.socialekaart.SocialeKaart;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The route card API: the card's data (route, agreements, partners), recording the agreements (new card 201, change
 * 200), partners from the sociale kaart, and the refusals as problem+json (404 for another organisation's household,
 * 409 on a stale version, 422 for a role that does not guide and for bad input, nothing written).
 */
@IntegrationTest
class RouteApiTests {

    static final LocalDate VANDAAG = LocalDate.now();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    SocialeKaart kaart;

    @Autowired
    JdbcClient jdbc;

    ApiFixture api;
    TestData.Wereld w;
    Traject t;
    Medewerker begeleider;
    Dienst schuldhulp;
    String pad;

    @BeforeEach
    void wereld() {
        api = new ApiFixture(mvc);
        w = data.wereld();
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        begeleider = w.als(Rol.BEGELEIDER);
        t = data.aanmelding(w, VANDAAG.minusMonths(4));
        trajecten.accepteer(tl, t.id(), 1, w.teamA().id());
        trajecten.start(tl, t.id(), 2, VANDAAG.minusMonths(3));
        schuldhulp = kaart.voegToe(tl, w.gemeente().id(), new DienstGegevens("Schuldhulp Testdorp",
                Dienstsoort.SCHULDHULP, "070 555 0123", "info@schuldhulp.example", null, null,
                List.of("Nederlands", "Arabisch"), 3, "Bellen", null));
        pad = "/api/v1/huishoudens/" + t.huishouden() + "/route";
    }

    private long kaarten() {
        return jdbc.sql("select count(*) from routekaart where huishouden_id = ?").param(t.huishouden().value())
            .query(Long.class).single();
    }

    @Test
    void theCardIsRecordedChangedAndReadAsData() throws Exception {
        api.als(begeleider, get(pad))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.huishouden").value(t.huishouden().value().toString()))
            .andExpect(jsonPath("$.taal").value("AR"))
            .andExpect(jsonPath("$.rechtsNaarLinks").value(true))
            .andExpect(jsonPath("$.route.maandenGeweest").value(3))
            .andExpect(jsonPath("$.route.maandenTeGaan").isNumber())
            .andExpect(jsonPath("$.route.stappen[0].soort").value("START"))
            .andExpect(jsonPath("$.afspraken.dagen.length()").value(0))
            .andExpect(jsonPath("$.magWijzigen").value(true))
            .andExpect(jsonPath("$.versie").doesNotExist());

        // bad input: 422, nothing written
        api.schrijf(begeleider, put(pad), """
                {"taal": "AR", "van": "09:00"}""")
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("route.tijd.beide"));
        api.schrijf(begeleider, put(pad), """
                {"taal": "AR", "van": "9 uur", "tot": "12:00"}""")
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("route.tijd.ongeldig"));
        assertThat(kaarten()).isZero();

        api.schrijf(begeleider, put(pad), """
                {"taal": "TI", "dagen": ["WO", "MA"], "van": "09:00", "tot": "12:00", "kanalen": ["WHATSAPP"],
                 "telefoon": "06 12345678", "ontmoeting": "TWEEWEKELIJKS", "zelf": ["POST_OPENEN"],
                 "notitie": "Bel liever na de lunch."}""")
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", endsWith(pad)))
            .andExpect(jsonPath("$.taal").value("TI"))
            .andExpect(jsonPath("$.afspraken.dagen[0]").value("MA"))
            .andExpect(jsonPath("$.afspraken.van").value("09:00"))
            .andExpect(jsonPath("$.afspraken.ontmoeting").value("TWEEWEKELIJKS"))
            .andExpect(jsonPath("$.versie").value(1));
        // a second "new" card: 409
        api.schrijf(begeleider, put(pad), """
                {"taal": "AR"}""").andExpect(status().isConflict());
        api.schrijf(begeleider, put(pad), """
                {"versie": 1, "taal": "EN", "kanalen": ["TELEFOON"], "telefoon": "06 12345678"}""")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.taal").value("EN"))
            .andExpect(jsonPath("$.afspraken.dagen.length()").value(0))
            .andExpect(jsonPath("$.versie").value(2));
        api.schrijf(begeleider, put(pad), """
                {"versie": 1, "taal": "NL"}""").andExpect(status().isConflict());

        // partners from the sociale kaart
        api.schrijf(begeleider, post(pad + "/partners"), """
                {"versie": 2, "dienst": "%s", "wat": "Helpt met de betalingsregeling."}""".formatted(schuldhulp.id()))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.partners[0].naam").value("Schuldhulp Testdorp"))
            .andExpect(jsonPath("$.partners[0].wat").value("Helpt met de betalingsregeling."))
            .andExpect(jsonPath("$.versie").value(3));
        api.schrijf(begeleider, post(pad + "/partners"), """
                {"versie": 3, "dienst": "%s"}""".formatted(schuldhulp.id()))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("route.partner.al"));
        api.als(begeleider, delete(pad + "/partners/{d}", schuldhulp.id()).param("versie", "2").with(csrf()))
            .andExpect(status().isConflict());
        api.als(begeleider, delete(pad + "/partners/{d}", schuldhulp.id()).param("versie", "3").with(csrf()))
            .andExpect(status().isNoContent());
        api.als(w.als(Rol.REGIEVOERDER), get(pad))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.partners.length()").value(0))
            .andExpect(jsonPath("$.magWijzigen").value(false));
    }

    @Test
    void refusesWhoMayNotSeeOrNotChangeIt() throws Exception {
        TestData.Wereld ander = data.wereld();
        ApiFixture.nietGevonden(api.als(ander.als(Rol.TEAMLEIDER), get(pad)));
        ApiFixture.nietGevonden(api.schrijf(ander.als(Rol.BEGELEIDER), put(pad), """
                {"taal": "AR"}"""));
        // the regievoerder sees the card but does not change it: 422
        api.schrijf(w.als(Rol.REGIEVOERDER), put(pad), """
                {"taal": "AR"}""")
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("route.niet-toegestaan"));
        // without a language: 400
        api.schrijf(begeleider, put(pad), """
                {"dagen": ["MA"]}""").andExpect(status().isBadRequest());
        assertThat(kaarten()).isZero();
        // a partner before the card exists: 409
        api.schrijf(begeleider, post(pad + "/partners"), """
                {"versie": 1, "dienst": "%s"}""".formatted(schuldhulp.id())).andExpect(status().isConflict());
    }
}

package nl.wegwijs.huishouden.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.ToewijzingRol;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the API tests of huishouden and traject share: a world with two households in two teams, and requests as a
 * medewerker that check what every /api/v1 response carries. (Traject's API tests use it too: traject may depend on
 * huishouden, not the other way round.)
 */
public final class ApiFixture {

    public static final String API_VERSIE = "1.2.0";

    private final MockMvc mvc;

    public ApiFixture(MockMvc mvc) {
        this.mvc = mvc;
    }

    /**
     * Trajectory A in team A with the vrijwilliger assigned from today (versie 3), trajectory B in team B (versie 2);
     * both registered by the regievoerder with BRP date {@code brp} (B a month earlier).
     */
    public record TweeTeams(TestData.Wereld w, Traject a, Traject b) {

        public static TweeTeams maak(TestData data, TrajectService trajecten, LocalDate brp) {
            TestData.Wereld w = data.wereld();
            Medewerker tl = w.als(Rol.TEAMLEIDER);
            Traject a = data.aanmelding(w, brp);
            trajecten.accepteer(tl, a.id(), 1, w.teamA().id());
            trajecten.wijsToe(tl, a.id(), 2, w.als(Rol.VRIJWILLIGER).id(), ToewijzingRol.VRIJWILLIGER,
                    LocalDate.now());
            Traject b = trajecten.meldAan(w.als(Rol.REGIEVOERDER), data.aanmeldingVoor(w, brp.minusMonths(1), "Karimi"));
            trajecten.accepteer(tl, b.id(), 1, w.teamB().id());
            return new TweeTeams(w, a, b);
        }

        /** Who sees which of the two ({@code a} and {@code b} stand for A and B, as the test names them). */
        public <T> Map<Medewerker, List<T>> zichtbaar(T a, T b) {
            return Map.of(w.als(Rol.VRIJWILLIGER), List.of(a), w.vrijwilliger2(), List.of(),
                    w.als(Rol.BEGELEIDER), List.of(a), w.begeleiderB(), List.of(b),
                    w.als(Rol.TEAMLEIDER), List.of(a, b), w.als(Rol.REGIEVOERDER), List.of(a, b),
                    w.als(Rol.BUDGETCOACH), List.of(a, b), w.als(Rol.WIJKTEAM), List.of(),
                    w.als(Rol.BELEID), List.of(), w.als(Rol.BEHEERDER), List.of());
        }
    }

    /** Performs a request as this medewerker; every /api/v1 response carries the API-Version header. */
    public ResultActions als(Medewerker wie, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(TestData.als(wie))).andExpect(header().string("API-Version", API_VERSIE));
    }

    /** Sends JSON as this medewerker, with a CSRF token. */
    public ResultActions schrijf(Medewerker wie, MockHttpServletRequestBuilder request, String json)
            throws Exception {
        return als(wie, request.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    /** The ids on the first page of a list. */
    public List<String> ids(Medewerker wie, String pad) {
        try {
            String json = als(wie, get(pad).param("aantal", "100")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
            return JsonPath.read(json, "$.items[*].id");
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Not found and not allowed look the same: 404 problem+json with the Dutch detail. */
    public static void nietGevonden(ResultActions resultaat) throws Exception {
        resultaat.andExpect(status().isNotFound())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value("Dit bestaat niet of u heeft er geen toegang toe."));
    }
}

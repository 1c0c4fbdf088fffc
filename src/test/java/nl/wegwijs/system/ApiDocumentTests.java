package nl.wegwijs.system;

import io.swagger.v3.oas.models.Operation;
import org.junit.jupiter.api.Test;
import org.springframework.web.method.HandlerMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Operation ids: from controller and method, and two methods that would share one stop the document. */
class ApiDocumentTests {

    static class HuishoudenApiController {
        public void wijzig() {
        }

        public void pagina() {
        }

        @io.swagger.v3.oas.annotations.Operation(operationId = "huishoudensVanMij")
        public void mijn() {
        }
    }

    static class HuishoudenController {
        public void wijzig() {
        }
    }

    @Test
    void theIdIsTheControllerWithoutApiControllerFollowedByTheMethod() {
        assertThat(ApiDocument.operatieId(HuishoudenApiController.class, "wijzig")).isEqualTo("huishoudenWijzig");
        assertThat(ApiDocument.operatieId(HuishoudenController.class, "pagina")).isEqualTo("huishoudenPagina");
    }

    @Test
    void theCustomizerSetsTheIdAndKeepsItForTheSameMethod() throws Exception {
        var ids = new ApiDocument.OperatieIds();
        var methode = new HandlerMethod(new HuishoudenApiController(),
                HuishoudenApiController.class.getMethod("wijzig"));
        assertThat(ids.customize(new Operation().operationId("wijzig_1"), methode).getOperationId())
            .isEqualTo("huishoudenWijzig");
        assertThat(ids.customize(new Operation(), methode).getOperationId()).isEqualTo("huishoudenWijzig");
    }

    @Test
    void anIdGivenInTheAnnotationStays() throws Exception {
        var methode = new HandlerMethod(new HuishoudenApiController(), HuishoudenApiController.class.getMethod("mijn"));
        assertThat(new ApiDocument.OperatieIds().customize(new Operation().operationId("mijn"), methode)
            .getOperationId()).isEqualTo("huishoudensVanMij");
    }

    @Test
    void twoMethodsWithTheSameIdAreRefused() throws Exception {
        var ids = new ApiDocument.OperatieIds();
        ids.customize(new Operation(), new HandlerMethod(new HuishoudenApiController(),
                HuishoudenApiController.class.getMethod("wijzig")));
        assertThatIllegalStateException().isThrownBy(() -> ids.customize(new Operation(), new HandlerMethod(
                new HuishoudenController(), HuishoudenController.class.getMethod("wijzig"))))
            .withMessageContaining("huishoudenWijzig");
    }
}

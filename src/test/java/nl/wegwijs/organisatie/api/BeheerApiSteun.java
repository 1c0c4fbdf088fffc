package nl.wegwijs.organisatie.api;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Small helpers of the beheer API tests. */
final class BeheerApiSteun {

    private BeheerApiSteun() {
    }

    /** A request without a body that still changes something (DELETE): with a CSRF token. */
    static MockHttpServletRequestBuilder metCsrf(MockHttpServletRequestBuilder request) {
        return request.with(csrf());
    }
}

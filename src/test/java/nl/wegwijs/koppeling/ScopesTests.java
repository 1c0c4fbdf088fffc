package nl.wegwijs.koppeling;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which scope a request needs: the part of the API from its path, read for GET and HEAD, write otherwise. */
class ScopesTests {

    @Test
    void readForGetAndHeadWriteForTheRest() {
        assertThat(Scopes.nodig("GET", "/api/v1/huishoudens")).isEqualTo("huishoudens.lezen");
        assertThat(Scopes.nodig("HEAD", "/api/v1/huishoudens/1")).isEqualTo("huishoudens.lezen");
        assertThat(Scopes.nodig("PUT", "/api/v1/huishoudens/1")).isEqualTo("huishoudens.schrijven");
        assertThat(Scopes.nodig("DELETE", "/api/v1/contactmomenten/1")).isEqualTo("contact.schrijven");
        assertThat(Scopes.nodig("PATCH", "/api/v1/checklist-items/1")).isEqualTo("checklist.schrijven");
    }

    @Test
    void aHouseholdsSubResourceBelongsToItsOwnPart() {
        assertThat(Scopes.nodig("GET", "/api/v1/huishoudens/1/personen/2")).isEqualTo("huishoudens.lezen");
        assertThat(Scopes.nodig("GET", "/api/v1/huishoudens/1/checklist-items")).isEqualTo("checklist.lezen");
        assertThat(Scopes.nodig("POST", "/api/v1/huishoudens/1/signalen")).isEqualTo("signalen.schrijven");
        assertThat(Scopes.nodig("PUT", "/api/v1/huishoudens/1/pip/personen/3/concept")).isEqualTo("pip.schrijven");
        assertThat(Scopes.nodig("GET", "/api/v1/huishoudens/1/piezo-fasen")).isEqualTo("participatie.lezen");
        assertThat(Scopes.nodig("GET", "/api/v1/trajecten/1/personen/2/tijdlijn")).isEqualTo("trajecten.lezen");
    }

    @Test
    void aPathOfNoPartNeedsAScopeNobodyHas() {
        assertThat(Scopes.nodig("GET", "/api/v1/bestaat-niet")).isNull();
        assertThat(Scopes.nodig("GET", "/api/v1/huishoudens/1/bestaat-niet")).isNull();
        assertThat(Scopes.nodig("GET", "/api/v2/huishoudens")).isNull();
        assertThat(Scopes.toegestaan(Set.copyOf(Scopes.alle()), "GET", "/api/v1/bestaat-niet")).isFalse();
    }

    @Test
    void grantedScopesDecide() {
        Set<String> lezen = Set.of("huishoudens.lezen");
        assertThat(Scopes.toegestaan(lezen, "GET", "/api/v1/huishoudens/1")).isTrue();
        assertThat(Scopes.toegestaan(lezen, "PUT", "/api/v1/huishoudens/1")).isFalse();
        assertThat(Scopes.toegestaan(lezen, "GET", "/api/v1/huishoudens/1/brieven")).isFalse();
        assertThat(Scopes.alle()).contains("huishoudens.lezen", "huishoudens.schrijven", "beheer.schrijven")
            .doesNotHaveDuplicates();
    }
}

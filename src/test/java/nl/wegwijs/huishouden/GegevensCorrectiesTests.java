package nl.wegwijs.huishouden;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rectification trail's comparison: every changed field once, with old and new value; nothing when equal. */
class GegevensCorrectiesTests {

    static Persoon persoon(UUID id, String achternaam, String bsn) {
        return new Persoon(id, PersoonRol.HOOFDPERSOON, "Samira", achternaam, LocalDate.of(1990, 3, 1), Geslacht.VROUW,
                "Syrië", List.of("Arabisch"), true, "Arabisch", Geletterdheid.GELETTERD, null, bsn, null,
                LocalDate.of(2026, 1, 1), Verblijfsstatus.ASIELSTATUSHOUDER);
    }

    static Huishouden huishouden(HuishoudenId id, String postcode, LocalDate regeldag, Persoon... personen) {
        return new Huishouden(id, UUID.randomUUID(), new Huishouden.Adres("Dorpsstraat", "1", postcode, "Testdorp"),
                new Huishouden.HuishoudenDatums(null, null, regeldag, null), null, List.of(personen), 1);
    }

    @Test
    void elkGewijzigdVeldMetOudeEnNieuweWaarde() {
        HuishoudenId id = HuishoudenId.nieuw();
        UUID p = UUID.randomUUID();
        Huishouden oud = huishouden(id, "1234 AB", LocalDate.of(2026, 1, 5), persoon(p, "Haddad", null));
        Huishouden nieuw = huishouden(id, "1234 AC", LocalDate.of(2026, 1, 5), persoon(p, "Hadad", "123456782"));

        assertThat(GegevensCorrecties.verschillen(oud, nieuw)).containsExactly(
                new GegevensCorrecties.Verschil(null, "postcode", "1234 AB", "1234 AC"),
                new GegevensCorrecties.Verschil(p, "achternaam", "Haddad", "Hadad"),
                new GegevensCorrecties.Verschil(p, "bsn", null, "123456782"));
    }

    @Test
    void nietsAndersIsGeenSpoor() {
        HuishoudenId id = HuishoudenId.nieuw();
        UUID p = UUID.randomUUID();
        Huishouden h = huishouden(id, "1234 AB", LocalDate.of(2026, 1, 5), persoon(p, "Haddad", null));
        assertThat(GegevensCorrecties.verschillen(h, huishouden(id, "1234 AB", LocalDate.of(2026, 1, 5),
                persoon(p, "Haddad", null)))).isEmpty();
    }
}

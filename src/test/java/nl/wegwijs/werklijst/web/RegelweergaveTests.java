package nl.wegwijs.werklijst.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import nl.wegwijs.system.Meldingen;
import nl.wegwijs.werklijst.WerklijstRegel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * What a worklist row shows, prepared in Java (issue 21): which message with which values, which date, which badge
 * state. Messages are rendered as {@code code[arguments]} so the test sees the choice, not the wording.
 */
class RegelweergaveTests {

    static final LocalDate VANDAAG = LocalDate.of(2026, 11, 23);
    static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.forLanguageTag("nl"));
    static final DateTimeFormatter KORT = DateTimeFormatter.ofPattern("d MMM", Locale.forLanguageTag("nl"));

    private final Meldingen meldingen = mock(Meldingen.class);

    @BeforeEach
    void teksten() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nl"));
        when(meldingen.tekst(anyString(), any(Object[].class))).thenAnswer(a -> {
            Object[] alles = a.getArguments();
            String argumenten = Arrays.stream(alles, 1, alles.length).map(String::valueOf)
                .collect(Collectors.joining(","));
            return alles[0] + (argumenten.isEmpty() ? "" : "[" + argumenten + "]");
        });
    }

    @AfterEach
    void opruimen() {
        LocaleContextHolder.resetLocaleContext();
    }

    /** A running trajectory whose next thing is a legal deadline on {@code termijn}, nothing else open. */
    private static WerklijstRegel termijn(LocalDate termijn, String status) {
        return regel(status, termijn, termijn, 0, null, 0, null, "Anna de Vries", null, null);
    }

    private static WerklijstRegel regel(String status, @Nullable LocalDate termijn, LocalDate urgentie, int checklistOpen,
            @Nullable LocalDate checklistVroegste, int postOpen, @Nullable LocalDate postVroegste, String namen,
            @Nullable LocalDate laatsteContact, @Nullable LocalDate volgendeContact) {
        return new WerklijstRegel(UUID.fromString("00000000-0000-0000-0000-000000000001"),
                UUID.fromString("00000000-0000-0000-0000-0000000000aa"), "Haddad, Samira", 3, status, null, "Opstart",
                termijn, termijn == null ? null : "PIP", 0, namen, urgentie, checklistOpen, checklistVroegste, postOpen,
                postVroegste, 0, false, laatsteContact, volgendeContact, null, null, true, true);
    }

    private Regelweergave weergave(WerklijstRegel r) {
        return Regelweergave.van(List.of(r), VANDAAG, meldingen).get(0);
    }

    @Test
    void anOverdueDeadlineIsShownAsLateSinceItsDate() {
        Regelweergave w = weergave(termijn(VANDAAG.minusDays(3), "ACTIEF"));
        assertThat(w.volgende()).isEqualTo("werklijst.volgende.termijn.PIP");
        assertThat(w.termijn()).isEqualTo("werklijst.volgende.te-laat[" + DATUM.format(VANDAAG.minusDays(3)) + "]");
        assertThat(w.termijnKlasse()).isEqualTo("termijn-verlopen");
        assertThat(w.href()).isEqualTo("/huishoudens/00000000-0000-0000-0000-0000000000aa");
        assertThat(w.contactHref()).isEqualTo("/huishoudens/00000000-0000-0000-0000-0000000000aa/contactmomenten/nieuw");
        assertThat(w.personen()).isEqualTo("werklijst.personen[3]");
        assertThat(w.status()).isEqualTo("traject.status.ACTIEF");
        assertThat(w.faseNaam()).isEqualTo("Opstart");
        assertThat(w.begeleiders()).isEqualTo("Anna de Vries");
    }

    @Test
    void aDeadlineTodayIsTodayAndSoonOneWithinTheWindowIsSoonLaterIsOnTime() {
        Regelweergave vandaag = weergave(termijn(VANDAAG, "ACTIEF"));
        assertThat(vandaag.termijn()).isEqualTo("werklijst.volgende.vandaag");
        assertThat(vandaag.termijnKlasse()).isEqualTo("termijn-binnenkort");

        Regelweergave straks = weergave(termijn(VANDAAG.plusDays(3), "ACTIEF"));
        assertThat(straks.termijn()).isEqualTo("werklijst.volgende.voor[" + DATUM.format(VANDAAG.plusDays(3)) + "]");
        assertThat(straks.termijnKlasse()).isEqualTo("termijn-binnenkort");

        Regelweergave later = weergave(termijn(VANDAAG.plusDays(60), "ACTIEF"));
        assertThat(later.termijnKlasse()).isEqualTo("termijn-op-tijd");
    }

    @Test
    void aClosedTrajectoryHasNothingDatedAndSaysSo() {
        Regelweergave w = weergave(regel("AFGEROND", null, LocalDate.of(9999, 12, 31), 0, null, 0, null, "", null,
                null));
        assertThat(w.volgende()).isEqualTo("werklijst.volgende.afgesloten");
        assertThat(w.termijn()).isNull();
        assertThat(w.begeleiders()).isEqualTo("werklijst.niemand");
    }

    @Test
    void overdueChecklistItemsAndLettersCarryTheirCountAndOldestDate() {
        LocalDate checklist = VANDAAG.minusDays(10);
        LocalDate post = VANDAAG.minusDays(2);
        Regelweergave w = weergave(regel("ACTIEF", null, checklist, 5, checklist, 1, post, "Anna de Vries", null,
                null));
        assertThat(w.volgende()).isEqualTo("werklijst.volgende.CHECKLIST[5]");
        assertThat(w.checklist()).isEqualTo("werklijst.checklist.open[5]");
        assertThat(w.checklistKlasse()).isEqualTo("termijn-binnenkort");
        assertThat(w.checklistTeLaat()).isEqualTo("werklijst.checklist.te-laat[5," + KORT.format(checklist) + "]");
        assertThat(w.post()).isEqualTo("werklijst.post.open[1]");
        assertThat(w.postTeLaat()).isEqualTo("werklijst.post.te-laat[1," + KORT.format(post) + "]");
        assertThat(w.signalen()).isNull();
        assertThat(w.nietsOpen()).isFalse();
    }

    @Test
    void nothingOpenAndTheContactColumn() {
        LocalDate laatste = VANDAAG.minusDays(20);
        LocalDate volgende = VANDAAG.plusDays(5);
        Regelweergave w = weergave(regel("ACTIEF", VANDAAG.plusDays(40), VANDAAG.plusDays(40), 0, null, 0, null,
                "Anna de Vries", laatste, volgende));
        assertThat(w.nietsOpen()).isTrue();
        assertThat(w.checklist()).isNull();
        assertThat(w.post()).isNull();
        assertThat(w.laatsteContact()).isEqualTo("werklijst.contact.laatste[" + DATUM.format(laatste) + "]");
        assertThat(w.volgendeContact()).isEqualTo("werklijst.contact.volgende[" + DATUM.format(volgende) + "]");

        Regelweergave nooit = weergave(termijn(VANDAAG.plusDays(40), "ACTIEF"));
        assertThat(nooit.laatsteContact()).isEqualTo("werklijst.contact.geen");
        assertThat(nooit.volgendeContact()).isNull();
        assertThat(nooit.contactTeLaat()).isTrue();
    }
}

package nl.wegwijs.werklijst.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;

import nl.wegwijs.system.Meldingen;
import nl.wegwijs.werklijst.Volgende;
import nl.wegwijs.werklijst.WerklijstRegel;

/**
 * One worklist row as the page shows it: every text resolved in the user's language, every date formatted and every
 * badge's class chosen here, once per row, so the template only prints values (issue 21: the rows' messages, dates,
 * links and conditions were most of the worklist's rendering time). A text that is not shown is null.
 *
 * @param href the household file
 * @param naam the household's name in the list
 * @param personen "3 personen"
 * @param volgende what is next ("PIP vaststellen", "Brief: reageren (2 open)", "Niets met een datum", ...)
 * @param termijn when, as a badge ("vóór 12 dec 2026", "vandaag", "te laat, sinds 3 nov 2026"); null without a date
 * @param termijnKlasse the badge's state: termijn-verlopen, termijn-binnenkort or termijn-op-tijd
 * @param gepland the contact planned before the norm's date, when the contact norm is next
 * @param signalen open signals as a badge, with {@code signaalKlasse}
 * @param checklist open checklist items as a badge, with {@code checklistKlasse}; {@code checklistTeLaat} since when
 * @param post open letters as a badge, with {@code postKlasse}; {@code postTeLaat} since when
 * @param zelfredzaamheid the self-reliance badge, when it needs attention
 * @param nietsOpen "Niets open" is shown (nothing open in a list whose reader sees progress and letters)
 * @param voortgang the reader sees contacts (the contact column's texts)
 * @param contactTeLaat the contact norm is exceeded
 * @param laatsteContact "Laatste contact 3 nov 2026", or "Nog geen contact"
 * @param volgendeContact "Volgende 17 nov 2026"
 * @param contactHref where to record a contact
 * @param status the trajectory's status; {@code faseNaam} its phase
 * @param begeleiders the names of the assigned medewerkers, or "Nog niemand toegewezen"
 */
public record Regelweergave(String href, String naam, String personen, String volgende, @Nullable String termijn,
        String termijnKlasse, @Nullable String gepland, @Nullable String signalen, String signaalKlasse,
        @Nullable String checklist, String checklistKlasse, @Nullable String checklistTeLaat, @Nullable String post,
        String postKlasse, @Nullable String postTeLaat, @Nullable String zelfredzaamheid, boolean nietsOpen,
        boolean voortgang, boolean contactTeLaat, String laatsteContact, @Nullable String volgendeContact,
        String contactHref, String status, @Nullable String faseNaam, String begeleiders) {

    private static final String VERLOPEN = "termijn-verlopen";
    private static final String BINNENKORT = "termijn-binnenkort";
    private static final String OP_TIJD = "termijn-op-tijd";

    /** The rows of one page, in the language of the request. */
    static List<Regelweergave> van(List<WerklijstRegel> regels, LocalDate vandaag, Meldingen meldingen) {
        Locale taal = LocaleContextHolder.getLocale();
        Teksten t = new Teksten(meldingen, DateTimeFormatter.ofPattern("d MMM yyyy", taal),
                DateTimeFormatter.ofPattern("d MMM", taal));
        return regels.stream().map(r -> van(r, vandaag, t)).toList();
    }

    private record Teksten(Meldingen meldingen, DateTimeFormatter datum, DateTimeFormatter kort) {
        String tekst(String code, Object... argumenten) {
            return meldingen.tekst(code, argumenten);
        }
    }

    private static Regelweergave van(WerklijstRegel r, LocalDate vandaag, Teksten t) {
        Volgende v = r.volgende();
        String volgende = switch (v.soort()) {
            case "TERMIJN" -> t.tekst("werklijst.volgende.termijn." + v.termijnSoort());
            case "NIETS" -> t.tekst(r.afgesloten() ? "werklijst.volgende.afgesloten" : "werklijst.volgende.NIETS");
            default -> t.tekst("werklijst.volgende." + v.soort(), v.aantal());
        };
        LocalDate datum = v.datum();
        String termijn = null;
        String termijnKlasse = OP_TIJD;
        if (datum != null) {
            if (v.teLaat(vandaag)) {
                termijn = t.tekst("werklijst.volgende.te-laat", t.datum().format(datum));
                termijnKlasse = VERLOPEN;
            }
            else {
                termijn = datum.equals(vandaag) ? t.tekst("werklijst.volgende.vandaag")
                        : t.tekst("werklijst.volgende.voor", t.datum().format(datum));
                termijnKlasse = v.binnenkort(vandaag) ? BINNENKORT : OP_TIJD;
            }
        }
        LocalDate gepland = r.geplandContact();
        boolean checklistTeLaat = r.checklistTeLaat(vandaag);
        boolean postTeLaat = r.postTeLaat(vandaag);
        return new Regelweergave(
                "/huishoudens/" + r.huishoudenId(),
                r.naam(),
                t.tekst("werklijst.personen", r.aantalPersonen()),
                volgende, termijn, termijnKlasse,
                "CONTACT".equals(v.soort()) && gepland != null
                        ? t.tekst("werklijst.volgende.gepland", t.datum().format(gepland)) : null,
                r.signalenOpen() > 0 ? t.tekst("werklijst.signalen", r.signalenOpen()) : null,
                r.signaalUrgent() ? VERLOPEN : BINNENKORT,
                r.checklistOpen() > 0 ? t.tekst("werklijst.checklist.open", r.checklistOpen()) : null,
                checklistTeLaat ? BINNENKORT : OP_TIJD,
                checklistTeLaat ? t.tekst("werklijst.checklist.te-laat", r.checklistOpen(),
                        t.kort().format(r.checklistVroegste())) : null,
                r.postOpen() > 0 ? t.tekst("werklijst.post.open", r.postOpen()) : null,
                postTeLaat ? BINNENKORT : OP_TIJD,
                postTeLaat ? t.tekst("werklijst.post.te-laat", r.postOpen(), t.kort().format(r.postVroegste())) : null,
                zelfredzaamheid(r, vandaag, t),
                r.voortgang() && r.brieven() && r.signalenOpen() == 0 && r.checklistOpen() == 0 && r.postOpen() == 0,
                r.voortgang(),
                r.contactTeLaat(vandaag),
                r.laatsteContact() != null
                        ? t.tekst("werklijst.contact.laatste", t.datum().format(r.laatsteContact()))
                        : t.tekst("werklijst.contact.geen"),
                r.volgendeContact() != null
                        ? t.tekst("werklijst.contact.volgende", t.datum().format(r.volgendeContact())) : null,
                "/huishoudens/" + r.huishoudenId() + "/contactmomenten/nieuw",
                t.tekst("traject.status." + r.status()),
                r.faseNaam(),
                r.medewerkerNamen().isEmpty() ? t.tekst("werklijst.niemand") : r.medewerkerNamen());
    }

    private static @Nullable String zelfredzaamheid(WerklijstRegel r, LocalDate vandaag, Teksten t) {
        if (!r.zelfredzaamheidAandacht(vandaag)) {
            return null;
        }
        LocalDate volgende = r.zelfredzaamheidVolgende();
        if (volgende != null && volgende.isBefore(vandaag)) {
            return t.tekst("zelfredzaamheid.werklijst.te-laat", t.kort().format(volgende));
        }
        return t.tekst(r.zelfredzaamheidLaagste() ? "zelfredzaamheid.werklijst.laagste"
                : "zelfredzaamheid.werklijst.stagnatie");
    }
}

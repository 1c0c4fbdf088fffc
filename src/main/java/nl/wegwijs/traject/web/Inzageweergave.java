package nl.wegwijs.traject.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

import nl.wegwijs.traject.InzagerapportService.Rapport;
import nl.wegwijs.traject.InzagerapportService.Verwerkingsregel;
import nl.wegwijs.traject.Persoonsgegevens;

/**
 * The inzage report made readable (labels resolved, dates and codes in words) for the page and the PDF, and made
 * machine-readable (stable names, ISO dates, raw codes) for the JSON export described in {@code docs/inzage.md}.
 */
public final class Inzageweergave {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** The readable report. */
    public record Weergave(String persoon, String gemaaktOp, String gemaaktDoor, String sinds, List<Sectie> secties,
            List<String> logKolommen, List<List<String>> log, boolean afgekapt) {
    }

    public record Sectie(String titel, List<List<String>> velden, List<Tab> tabellen, boolean leeg) {
    }

    public record Tab(String titel, List<String> kolommen, List<List<String>> rijen) {
    }

    private final MessageSource messages;
    private final Locale locale;
    private final DateTimeFormatter datum;
    private final DateTimeFormatter tijd;

    public Inzageweergave(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        this.datum = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        this.tijd = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale).withZone(ZONE);
    }

    String tekst(String code) {
        return messages.getMessage(code, null, code, locale);
    }

    /** A value in words: dates as "3 maart 2026", codes by their message, yes/no, empty as a dash. */
    String tekst(@Nullable Object waarde) {
        if (waarde == null) {
            return "–";
        }
        if (waarde instanceof LocalDate d) {
            return datum.format(d);
        }
        if (waarde instanceof Instant i) {
            return tijd.format(i);
        }
        if (waarde instanceof Persoonsgegevens.Code c) {
            return messages.getMessage(c.code(), null, c.waarde(), locale);
        }
        if (waarde instanceof Boolean b) {
            return tekst(b ? "traject.inzage.ja" : "traject.inzage.nee");
        }
        String s = waarde.toString();
        return s.isBlank() ? "–" : s;
    }

    Weergave leesbaar(Rapport r) {
        List<Sectie> secties = new ArrayList<>();
        for (Persoonsgegevens.Onderdeel o : r.onderdelen()) {
            List<List<String>> velden = o.velden().stream().map(v -> List.of(tekst(v.label()), tekst(v.waarde())))
                .toList();
            List<Tab> tabellen = o.tabellen().stream().map(t -> new Tab(tekst(t.titel()),
                    t.kolommen().stream().map(k -> tekst(k.label())).toList(),
                    t.rijen().stream().map(rij -> t.kolommen().stream().map(k -> tekst(rij.get(k.naam()))).toList())
                        .toList()))
                .toList();
            secties.add(new Sectie(tekst(o.titel()), velden, tabellen, o.isLeeg()));
        }
        List<String> kolommen = List.of(tekst("traject.inzage.log.tijdstip"), tekst("traject.inzage.log.wie"),
                tekst("traject.inzage.log.rol"), tekst("traject.inzage.log.organisatie"),
                tekst("traject.inzage.log.actie"), tekst("traject.inzage.log.doel"),
                tekst("traject.inzage.log.gegevens"));
        List<List<String>> log = r.verwerkingen().stream().map(v -> List.of(tekst(v.tijdstip()), v.medewerker(),
                v.rol() == null ? "–" : tekst("rol." + v.rol().name()), tekst((Object) v.organisatie()),
                messages.getMessage("traject.inzage.actie." + v.actie().name(), null, v.actie().name(), locale),
                messages.getMessage("traject.inzage.doel." + v.doel(), null, v.doel(), locale),
                messages.getMessage("traject.inzage.soort." + v.recordSoort(), null, v.recordSoort(), locale)))
            .toList();
        String door = r.gemaaktDoor().naam() + " ("
                + messages.getMessage("rol." + r.gemaaktDoor().rol().name(), null,
                        r.gemaaktDoor().rol().name(), locale)
                + (r.gemaaktDoor().organisatie() == null ? "" : ", " + r.gemaaktDoor().organisatie()) + ")";
        return new Weergave(r.persoonNaam(), tijd.format(r.gemaaktOp()), door, datum.format(r.sinds()), secties,
                kolommen, log, r.afgekapt());
    }

    /** The JSON export: stable names and raw values (see docs/inzage.md); titles and labels in the user's language. */
    public Map<String, Object> json(Rapport r) {
        Map<String, Object> uit = new LinkedHashMap<>();
        uit.put("formaat", "wegwijs-inzage/1");
        uit.put("persoon", Map.of("id", r.persoonId().toString(), "naam", r.persoonNaam()));
        uit.put("huishouden", r.huishouden().toString());
        uit.put("gemaaktOp", r.gemaaktOp().toString());
        Map<String, Object> door = new LinkedHashMap<>();
        door.put("naam", r.gemaaktDoor().naam());
        door.put("rol", r.gemaaktDoor().rol().name());
        door.put("organisatie", r.gemaaktDoor().organisatie());
        uit.put("gemaaktDoor", door);
        List<Object> onderdelen = new ArrayList<>();
        for (Persoonsgegevens.Onderdeel o : r.onderdelen()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("naam", o.naam());
            m.put("titel", tekst(o.titel()));
            m.put("velden", o.velden().stream().map(v -> {
                Map<String, @Nullable Object> veld = new LinkedHashMap<>();
                veld.put("naam", v.naam());
                veld.put("label", tekst(v.label()));
                veld.put("waarde", json(v.waarde()));
                return veld;
            }).toList());
            m.put("tabellen", o.tabellen().stream().map(t -> {
                Map<String, Object> tab = new LinkedHashMap<>();
                tab.put("naam", t.naam());
                tab.put("titel", tekst(t.titel()));
                tab.put("kolommen", t.kolommen().stream()
                    .map(k -> Map.of("naam", k.naam(), "label", tekst(k.label()))).toList());
                tab.put("rijen", t.rijen().stream().map(rij -> {
                    Map<String, @Nullable Object> regel = new LinkedHashMap<>();
                    t.kolommen().forEach(k -> regel.put(k.naam(), json(rij.get(k.naam()))));
                    return regel;
                }).toList());
                return tab;
            }).toList());
            onderdelen.add(m);
        }
        uit.put("onderdelen", onderdelen);
        Map<String, Object> verwerkingen = new LinkedHashMap<>();
        verwerkingen.put("sinds", r.sinds().toString());
        verwerkingen.put("afgekapt", r.afgekapt());
        verwerkingen.put("regels", r.verwerkingen().stream().map(Inzageweergave::json).toList());
        uit.put("verwerkingen", verwerkingen);
        return uit;
    }

    private static Map<String, @Nullable Object> json(Verwerkingsregel v) {
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        m.put("tijdstip", v.tijdstip().toString());
        m.put("actie", v.actie().name());
        m.put("doel", v.doel());
        m.put("gegevens", v.recordSoort());
        m.put("medewerker", v.medewerker());
        m.put("rol", v.rol() == null ? null : v.rol().name());
        m.put("organisatie", v.organisatie());
        return m;
    }

    private static @Nullable Object json(@Nullable Object waarde) {
        if (waarde instanceof TemporalAccessor) {
            return waarde.toString();
        }
        if (waarde instanceof Persoonsgegevens.Code c) {
            return c.waarde();
        }
        return waarde;
    }
}

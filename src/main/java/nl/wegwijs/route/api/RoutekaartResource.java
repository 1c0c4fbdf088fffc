package nl.wegwijs.route.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.route.Afspraken;
import nl.wegwijs.route.Dag;
import nl.wegwijs.route.Kanaal;
import nl.wegwijs.route.Ontmoeting;
import nl.wegwijs.route.Route;
import nl.wegwijs.route.RouteService;
import nl.wegwijs.route.Taal;
import nl.wegwijs.route.ZelfTaak;
import nl.wegwijs.socialekaart.Dienst;
import nl.wegwijs.socialekaart.Dienstsoort;

/**
 * A household's route card as data: its language, the route (start, planned end, months behind and ahead, the
 * steps), the agreements with the guide and the partners from the sociale kaart. {@code versie} is null while no card
 * was recorded; a change sends it back.
 */
@Schema(description = "De routekaart (praatplaat) van een huishouden")
record RoutekaartResource(
        @Schema(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d") UUID huishouden,
        @Schema(description = "naam van het huishouden", example = "Haddad, Samira") String naam,
        @Schema(description = "de taal van de kaart naast het Nederlands: NL, EN, AR of TI (uit de vastgelegde "
                + "kaart, anders uit de talen van het huishouden)", example = "AR") Taal taal,
        @Schema(description = "de taal wordt van rechts naar links geschreven", example = "true") boolean rechtsNaarLinks,
        @Schema(description = "de route van de begeleiding") RouteVerloopResource route,
        @Schema(description = "de afspraken tussen begeleider en huishouden") RouteAfsprakenResource afspraken,
        @Schema(description = "de partners van de sociale kaart op de kaart, in volgorde") List<RoutePartnerResource> partners,
        @Schema(description = "naam van de begeleider of vrijwilliger", example = "Kofi Mensah", nullable = true)
        @Nullable String begeleider,
        @Schema(description = "u mag de kaart wijzigen", example = "true") boolean magWijzigen,
        @Schema(description = "versie van de kaart: stuur deze mee bij een wijziging; leeg zolang er geen kaart is "
                + "vastgelegd", example = "2", nullable = true) @Nullable Long versie) {

    static RoutekaartResource from(RouteService.Kaart k) {
        Route r = k.route();
        Afspraken a = k.afspraken();
        return new RoutekaartResource(k.huishouden().value(), k.huishoudenNaam(), k.taal(), k.taal().rtl(),
                new RouteVerloopResource(r.start(), r.einde(), r.maandenGeweest(), r.maandenTeGaan(),
                        r.maandenTotaal(), r.procent(),
                        r.stappen().stream().map(s -> new RouteStapResource(s.soort(), s.nummer(), s.naam(),
                                s.vanafMaand(), s.totMaand(), s.stand())).toList()),
                new RouteAfsprakenResource(a.dagenOpVolgorde(), a.vanTekst(), a.totTekst(), a.kanalenOpVolgorde(),
                        a.telefoon(), a.ontmoeting(), a.zelfOpVolgorde(), a.notitie()),
                k.partners().stream().map(p -> RoutePartnerResource.from(p.dienst(), p.wat())).toList(),
                k.begeleider(), k.magWijzigen(), k.versie());
    }

    @Schema(description = "De route: begin, gepland einde, maanden geweest en te gaan, en de stappen")
    record RouteVerloopResource(
            @Schema(description = "praktische start; leeg zolang de begeleiding niet begon", example = "2025-12-01",
                    nullable = true) @Nullable LocalDate start,
            @Schema(description = "gepland einde (met verlengingen); leeg zonder formeel einde",
                    example = "2026-12-01", nullable = true) @Nullable LocalDate einde,
            @Schema(description = "hele maanden sinds de start", example = "9") int maandenGeweest,
            @Schema(description = "maanden tot het geplande einde; leeg zonder formeel einde", example = "3",
                    nullable = true) @Nullable Integer maandenTeGaan,
            @Schema(description = "maanden van start tot einde; leeg zonder start of formeel einde", example = "12",
                    nullable = true) @Nullable Integer maandenTotaal,
            @Schema(description = "deel van de route dat achter de rug is, 0 tot en met 100", example = "75")
            int procent,
            @Schema(description = "de stappen: start, de fasen van het contract, einde") List<RouteStapResource> stappen) {
    }

    @Schema(description = "Eén stap van de route")
    record RouteStapResource(
            @Schema(description = "START, FASE of EINDE", example = "FASE") Route.Soort soort,
            @Schema(description = "volgnummer", example = "2") int nummer,
            @Schema(description = "naam van de fase zoals het contract haar noemt", example = "Fase 2: meedoen",
                    nullable = true) @Nullable String naam,
            @Schema(description = "begint in deze maand (vanaf de start, indicatief)", example = "3") int vanafMaand,
            @Schema(description = "eindigt in deze maand; leeg als open", example = "12", nullable = true)
            @Nullable Integer totMaand,
            @Schema(description = "GEWEEST, NU of STRAKS", example = "NU") Route.Stand stand) {
    }

    @Schema(description = "De afspraken tussen begeleider en huishouden")
    record RouteAfsprakenResource(
            @Schema(description = "dagen waarop de begeleider bereikbaar is: MA, DI, WO, DO, VR, ZA, ZO",
                    example = "[\"MA\", \"WO\"]") List<Dag> dagen,
            @Schema(description = "bereikbaar van (uu:mm)", example = "09:00", nullable = true) @Nullable String van,
            @Schema(description = "bereikbaar tot (uu:mm)", example = "12:00", nullable = true) @Nullable String tot,
            @Schema(description = "hoe: TELEFOON, WHATSAPP, EMAIL, SPREEKUUR", example = "[\"TELEFOON\", "
                    + "\"WHATSAPP\"]") List<Kanaal> kanalen,
            @Schema(description = "telefoonnummer van de begeleider", example = "06 12345678", nullable = true)
            @Nullable String telefoon,
            @Schema(description = "hoe vaak ze elkaar zien: WEKELIJKS, TWEEWEKELIJKS, DRIEWEKELIJKS, MAANDELIJKS, "
                    + "ZESWEKELIJKS", example = "TWEEWEKELIJKS", nullable = true) @Nullable Ontmoeting ontmoeting,
            @Schema(description = "wat het huishouden zelf doet: POST_OPENEN, AFSPRAKEN_MAKEN, REKENINGEN_BETALEN, "
                    + "DIGID_GEBRUIKEN, HUISARTS_BELLEN, SCHOOL_KINDEREN, OV_REIZEN, TAALLES",
                    example = "[\"POST_OPENEN\"]") List<ZelfTaak> zelf,
            @Schema(description = "notitie in de eigen woorden van de begeleider", example = "Bel liever na de lunch.",
                    nullable = true) @Nullable String notitie) {
    }

    @Schema(description = "Een partner op de kaart: een dienst van de sociale kaart")
    record RoutePartnerResource(
            @Schema(description = "id van de dienst", example = "4c5d6e7f-8091-4a2b-8c3d-4e5f6a7b8c9d") UUID dienst,
            @Schema(description = "naam", example = "Schuldhulp Den Haag") String naam,
            @Schema(description = "soort dienst", example = "SCHULDHULP") Dienstsoort soort,
            @Schema(description = "telefoon", example = "070 555 0123", nullable = true) @Nullable String telefoon,
            @Schema(description = "e-mail", example = "info@schuldhulp.example", nullable = true) @Nullable String email,
            @Schema(description = "adres", example = "Spui 70, Den Haag", nullable = true) @Nullable String adres,
            @Schema(description = "website", example = "https://schuldhulp.example", nullable = true)
            @Nullable String website,
            @Schema(description = "talen die er gesproken worden", example = "[\"Arabisch\"]") List<String> talen,
            @Schema(description = "wat de dienst voor dit huishouden doet, in de woorden van de begeleider; leeg: "
                    + "de standaardregel van de soort", example = "Helpt met de betalingsregeling.", nullable = true)
            @Nullable String wat) {

        static RoutePartnerResource from(Dienst d, @Nullable String wat) {
            return new RoutePartnerResource(d.id(), d.naam(), d.soort(), d.telefoon(), d.email(), d.adres(),
                    d.website(), d.talen(), wat);
        }
    }
}

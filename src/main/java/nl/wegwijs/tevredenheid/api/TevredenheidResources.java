package nl.wegwijs.tevredenheid.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.system.Meldingen;
import nl.wegwijs.tevredenheid.Moment;
import nl.wegwijs.tevredenheid.Peiling;
import nl.wegwijs.tevredenheid.TevredenheidService;
import nl.wegwijs.tevredenheid.Tevredenheidsregels;
import nl.wegwijs.tevredenheid.Vraag;

/** The response bodies of the satisfaction API, mapped by hand from the service's records. */
final class TevredenheidResources {

    private TevredenheidResources() {
    }

    /** Where a household's questionnaire stands. */
    enum TevredenheidStand {
        NIET_GESTART, NOG_NIET_OPEN, OPEN, TE_LAAT, AFGENOMEN
    }

    @Schema(name = "TevredenheidResource", description = "De tevredenheidsvragen van een huishouden: wanneer ze aan "
            + "de beurt zijn, of ze nu ingevuld kunnen worden en of dat al gebeurde. Nooit de antwoorden: die tellen "
            + "alleen mee in het rapport.")
    record TevredenheidResource(
            @Schema(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
            UUID huishoudenId,
            @Schema(description = "NIET_GESTART (de begeleiding is nog niet begonnen), NOG_NIET_OPEN (het moment "
                    + "komt nog), OPEN (kan nu worden ingevuld), TE_LAAT (open, en meer dan 8 weken na het moment) "
                    + "of AFGENOMEN (ingevuld)", example = "OPEN")
            TevredenheidStand stand,
            @Schema(description = "het moment: EERSTE_JAAR (na het eerste jaar) of EINDE (aan het einde, als de "
                    + "begeleiding korter is dan een jaar); leeg zolang de begeleiding niet begon",
                    example = "EERSTE_JAAR")
            @Nullable Moment moment,
            @Schema(description = "de dag van het moment", example = "2026-11-02") @Nullable LocalDate op,
            @Schema(description = "vanaf deze dag kan het worden ingevuld (6 weken voor het moment)",
                    example = "2026-09-21")
            @Nullable LocalDate opentOp,
            @Schema(description = "wanneer het werd ingevuld; leeg als dat nog niet gebeurde", example = "2026-11-20")
            @Nullable LocalDate afgenomenOp,
            @Schema(description = "of het nu ingevuld kan worden (open en nog niet ingevuld)", example = "true")
            boolean open,
            @Schema(description = "of u het nu mag vastleggen (de begeleiding van het huishouden aan de kant van de "
                    + "uitvoerder, niet na de afsluiting)", example = "true")
            boolean magAfnemen) {

        static TevredenheidResource van(TevredenheidService.Stand s) {
            Peiling p = s.peiling();
            TevredenheidStand stand = p == null ? TevredenheidStand.NIET_GESTART
                    : s.afgenomenOp() != null ? TevredenheidStand.AFGENOMEN
                    : !p.isOpen(s.vandaag()) ? TevredenheidStand.NOG_NIET_OPEN
                    : s.isTeLaat() ? TevredenheidStand.TE_LAAT : TevredenheidStand.OPEN;
            return new TevredenheidResource(s.huishouden().value(), stand, p == null ? null : p.moment(),
                    p == null ? null : p.op(), p == null ? null : p.opentOp(), s.afgenomenOp(), s.isOpen(),
                    s.magAfnemen());
        }
    }

    @Schema(name = "TevredenheidVragenlijstResource", description = "De tevredenheidsvragen in de taal van het "
            + "verzoek, met de schaal")
    record TevredenheidVragenlijstResource(
            @Schema(description = "de vragen, in volgorde") List<TevredenheidVraagtekstResource> vragen,
            @Schema(description = "de schaal van 1 (helemaal niet) tot en met 5 (ja, helemaal)")
            List<TevredenheidSchaalResource> schaal,
            @Schema(description = "zoveel weken voor het moment kan de vragenlijst worden ingevuld", example = "6")
            int openWekenVoor,
            @Schema(description = "het rapport toont geen groep met minder antwoorden dan dit", example = "5")
            int minimaleGroep) {

        static TevredenheidVragenlijstResource van(Meldingen meldingen) {
            List<TevredenheidVraagtekstResource> vragen = new ArrayList<>();
            for (Vraag v : Vraag.values()) {
                vragen.add(new TevredenheidVraagtekstResource(v, v.nummer(),
                        meldingen.tekst("tevredenheid.vraag." + v.name())));
            }
            List<TevredenheidSchaalResource> schaal = new ArrayList<>();
            for (int w = 1; w <= Vraag.SCHAAL; w++) {
                schaal.add(new TevredenheidSchaalResource(w, meldingen.tekst("tevredenheid.schaal." + w)));
            }
            return new TevredenheidVragenlijstResource(vragen, schaal, Tevredenheidsregels.OPEN_WEKEN_VOOR,
                    Tevredenheidsregels.MIN_GROEP);
        }
    }

    @Schema(name = "TevredenheidVraagtekstResource", description = "Eén vraag")
    record TevredenheidVraagtekstResource(
            @Schema(description = "code van de vraag", example = "V1") Vraag vraag,
            @Schema(description = "nummer van de vraag", example = "1") int nummer,
            @Schema(description = "de vraag in gewone taal", example = "Ik weet waar ik heen kan met een vraag.")
            String tekst) {
    }

    @Schema(name = "TevredenheidSchaalResource", description = "Eén waarde van de schaal")
    record TevredenheidSchaalResource(
            @Schema(description = "de waarde", example = "4") int waarde,
            @Schema(description = "wat de waarde zegt", example = "Ja") String tekst) {
    }

    @Schema(name = "TevredenheidRapportResource", description = "Het rapport van één jaar, alleen met totalen. "
            + "Precies als het scherm: het aantal ingevulde vragenlijsten altijd; de rest alleen als dat er "
            + "minstens 5 zijn, en ook dan elke groep (een vraag, een kwartaal) met minder dan 5 antwoorden zonder "
            + "cijfers.")
    record TevredenheidRapportResource(
            @Schema(description = "het jaar", example = "2026") int jaar,
            @Schema(description = "alleen dit moment; leeg: alle momenten", example = "EERSTE_JAAR")
            @Nullable Moment moment,
            @Schema(description = "UITVOERDER (alle huishoudens die uw organisatie begeleidt, voor de teamleider) "
                    + "of GEMEENTE (alle huishoudens in uw gemeente, voor regievoerder en beleid)",
                    example = "UITVOERDER")
            String niveau,
            @Schema(description = "ingevulde vragenlijsten in het jaar", example = "12") long aantal,
            @Schema(description = "of er genoeg zijn om cijfers te tonen (minstens 5)", example = "true")
            boolean toonbaar,
            @Schema(description = "per kwartaal het aantal ingevulde vragenlijsten; leeg als het jaar niet "
                    + "toonbaar is")
            List<TevredenheidKwartaalResource> kwartalen,
            @Schema(description = "per vraag de verdeling over het jaar en het gemiddelde per kwartaal; leeg als het "
                    + "jaar niet toonbaar is")
            List<TevredenheidRapportVraagResource> vragen,
            @Schema(description = "de opmerkingen, zonder naam of datum, op alfabet (ten hoogste 50); leeg als het "
                    + "jaar niet toonbaar is")
            List<String> opmerkingen) {

        static TevredenheidRapportResource van(TevredenheidService.Rapport r, Meldingen meldingen) {
            List<TevredenheidKwartaalResource> kwartalen = new ArrayList<>();
            List<TevredenheidRapportVraagResource> vragen = new ArrayList<>();
            if (r.toonbaar()) {
                for (TevredenheidService.Kwartaal k : r.kwartalen()) {
                    kwartalen.add(new TevredenheidKwartaalResource(k.kwartaal(), k.aantal(), k.toonbaar()));
                }
                for (TevredenheidService.VraagRegel v : r.vragen()) {
                    List<TevredenheidKwartaalGemiddeldeResource> perKwartaal = new ArrayList<>();
                    for (TevredenheidService.KwartaalCel c : v.kwartalen()) {
                        perKwartaal.add(new TevredenheidKwartaalGemiddeldeResource(c.kwartaal(),
                                c.verdeling().onderdrukt(), c.verdeling().gemiddelde()));
                    }
                    vragen.add(new TevredenheidRapportVraagResource(v.vraag(), v.vraag().nummer(),
                            meldingen.tekst("tevredenheid.vraag." + v.vraag().name()),
                            TevredenheidVerdelingResource.van(v.jaar()), perKwartaal));
                }
            }
            return new TevredenheidRapportResource(r.jaar(), r.moment(), r.perUitvoerder() ? "UITVOERDER"
                    : "GEMEENTE", r.aantal(), r.toonbaar(), kwartalen, vragen,
                    r.toonbaar() ? r.opmerkingen() : List.of());
        }
    }

    @Schema(name = "TevredenheidKwartaalResource", description = "Eén kwartaal van het jaar")
    record TevredenheidKwartaalResource(
            @Schema(description = "het kwartaal, 1 tot en met 4", example = "2") int kwartaal,
            @Schema(description = "ingevulde vragenlijsten in het kwartaal", example = "7") long aantal,
            @Schema(description = "of het kwartaal genoeg antwoorden heeft voor cijfers (minstens 5)",
                    example = "true")
            boolean toonbaar) {
    }

    @Schema(name = "TevredenheidRapportVraagResource", description = "De antwoorden op één vraag")
    record TevredenheidRapportVraagResource(
            @Schema(description = "code van de vraag", example = "V1") Vraag vraag,
            @Schema(description = "nummer van de vraag", example = "1") int nummer,
            @Schema(description = "de vraag", example = "Ik weet waar ik heen kan met een vraag.") String tekst,
            @Schema(description = "de verdeling over het hele jaar") TevredenheidVerdelingResource jaar,
            @Schema(description = "het gemiddelde per kwartaal (1 tot en met 4)")
            List<TevredenheidKwartaalGemiddeldeResource> kwartalen) {
    }

    @Schema(name = "TevredenheidVerdelingResource", description = "Hoe vaak elk antwoord werd gegeven. Onderdrukt "
            + "(zonder cijfers, ook zonder het aantal) als minder dan 5 personen de vraag beantwoordden.")
    record TevredenheidVerdelingResource(
            @Schema(description = "minder dan 5 antwoorden: geen cijfers", example = "false") boolean onderdrukt,
            @Schema(description = "hoeveel personen de vraag beantwoordden; leeg als onderdrukt", example = "12")
            @Nullable Long totaal,
            @Schema(description = "aantal per antwoord 1 tot en met 5; leeg als onderdrukt",
                    example = "[0, 1, 2, 5, 4]")
            @Nullable List<Long> aantallen,
            @Schema(description = "deel per antwoord 1 tot en met 5 in procenten, afgerond; leeg als onderdrukt",
                    example = "[0, 8, 17, 42, 33]")
            @Nullable List<Integer> procenten,
            @Schema(description = "gemiddelde op de schaal van 1 tot en met 5, op één decimaal; leeg als onderdrukt",
                    example = "4.0")
            @Nullable Double gemiddelde) {

        static TevredenheidVerdelingResource van(Tevredenheidsregels.Verdeling v) {
            if (v.onderdrukt()) {
                return new TevredenheidVerdelingResource(true, null, null, null, null);
            }
            List<Integer> procenten = new ArrayList<>();
            for (int w = 1; w <= Vraag.SCHAAL; w++) {
                procenten.add(v.procent(w));
            }
            return new TevredenheidVerdelingResource(false, v.totaal(), v.aantallen(), procenten, v.gemiddelde());
        }
    }

    @Schema(name = "TevredenheidKwartaalGemiddeldeResource", description = "Het gemiddelde van één vraag in één "
            + "kwartaal")
    record TevredenheidKwartaalGemiddeldeResource(
            @Schema(description = "het kwartaal, 1 tot en met 4", example = "2") int kwartaal,
            @Schema(description = "minder dan 5 antwoorden in dit kwartaal: geen gemiddelde", example = "false")
            boolean onderdrukt,
            @Schema(description = "gemiddelde van 1 tot en met 5; leeg als onderdrukt", example = "4.2")
            @Nullable Double gemiddelde) {
    }
}

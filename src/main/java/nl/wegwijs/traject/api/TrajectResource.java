package nl.wegwijs.traject.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.traject.Dossier;
import nl.wegwijs.traject.EindeReden;
import nl.wegwijs.traject.Inzage;
import nl.wegwijs.traject.Termijn;
import nl.wegwijs.traject.TermijnSoort;
import nl.wegwijs.traject.TermijnStatus;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectStatus;
import nl.wegwijs.traject.Veldbeleid;
import nl.wegwijs.traject.Verlenging;

/**
 * A trajectory with its assignments, extensions and legal timeline, as of today. {@code versie} is what a change
 * must send back. {@code uitersteEinde}: the latest possible end with the contract's maximum extension;
 * {@code feiten}: per person what was recorded of their legal timeline (PIP, end of inburgering); null when
 * inburgering is not the reader's to see. Fields the reader may not see are null (see {@code Veldbeleid}).
 */
@Schema(description = "Een traject met toewijzingen, verlengingen en wettelijke termijnen, zoals u het mag zien")
record TrajectResource(
        @Schema(description = "id van het traject", example = "1f2e3d4c-5b6a-4978-8a6b-5c4d3e2f1a0b") UUID id,
        @Schema(description = "id van het "
                + "huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d") UUID huishoudenId,
        @Schema(description = "naam van het huishouden", example = "Tesfaye") String huishoudenNaam,
        @Schema(description = "id van het contract", example = "6d7e8f9a-0b1c-4d2e-8f3a-4b5c6d7e8f9a") UUID contractId,
        @Schema(description = "naam van de gemeente", example = "Gemeente Zwolle") String gemeente,
        @Schema(description = "naam van de uitvoerder", example = "Stichting Nieuwe Buren") String uitvoerder,
        @Schema(description = "id van het team", example = "2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b", nullable = true)
        @Nullable UUID teamId,
        @Schema(description = "status: AANGEMELD, INTAKE, ACTIEF, VERLENGD, AFGEROND, OVERGEDRAGEN of "
                + "BEEINDIGD", example = "ACTIEF") TrajectStatus status,
        @Schema(description = "code van de huidige fase; leeg zonder zicht op de voortgang", example = "FASE2",
                nullable = true)
        @Nullable String faseCode,
        @Schema(description = "begin van de huidige fase", example = "2026-06-01", nullable = true)
        @Nullable LocalDate faseStart,
        @Schema(description = "aangemeld op", example = "2026-01-12") LocalDate aangemeldOp,
        @Schema(description = "wie aanmeldde", example = "Fatima El Amrani") String aangemeldDoor,
        @Schema(description = "praktische "
                + "start", example = "2026-02-16", nullable = true) @Nullable LocalDate praktischeStart,
        @Schema(description = "einddatum", example = "2027-02-15", nullable = true) @Nullable LocalDate eindeDatum,
        @Schema(description = "reden: DUUR_VERSTREKEN, DOELEN_BEREIKT, WARME_OVERDRACHT, VERHUISD, AFGEZIEN (de "
                + "statushouder zag af), GEEN_RECHT of "
                + "OVERLEDEN", example = "DOELEN_BEREIKT", nullable = true) @Nullable EindeReden eindeReden,
        @Schema(description = "toelichting bij het einde; leeg zonder zicht op de voortgang",
                example = "Gezin redt zich; contact met wijkteam gelegd.", nullable = true)
        @Nullable String eindeToelichting,
        @Schema(description = "de toewijzingen") List<ToewijzingResource> toewijzingen,
        @Schema(description = "de verlengingen") List<VerlengingResource> verlengingen,
        @Schema(description = "de wettelijke termijnen die u mag zien") List<TermijnResource> termijnen,
        @Schema(description = "het laatst mogelijke einde met de maximale verlenging van het contract",
                example = "2027-08-15", nullable = true)
        @Nullable LocalDate uitersteEinde,
        @Schema(description = "per persoon wat van de tijdlijn is vastgelegd; leeg zonder zicht op inburgering",
                nullable = true)
        @Nullable List<PersoonFeitenResource> feiten,
        @Schema(description = "versie voor optimistische vergrendeling: stuur deze mee bij elke stap", example = "3")
        long versie) {

    /**
     * Reads a trajectory through the one access point (404 when not visible): the Inzage decides the fields and logs
     * the read, one row per person.
     */
    static TrajectResource lees(nl.wegwijs.traject.TrajectService trajecten, nl.wegwijs.organisatie.Medewerker ik,
            nl.wegwijs.traject.TrajectId id) {
        Inzage inzage = trajecten.inzage(ik, id);
        return from(trajecten.dossier(inzage), inzage);
    }

    /**
     * The trajectory as this reader may see it ({@link Veldbeleid}): without the persons' PIP and inburgering
     * deadlines and facts ({@code feiten} null) when inburgering is not theirs to see; without phase, extension
     * reasons and the explanation of the end when the progress of the guidance is not.
     */
    static TrajectResource from(Dossier d, Inzage inzage) {
        Traject t = d.traject();
        boolean voortgang = Veldbeleid.voortgangZichtbaar(inzage);
        return new TrajectResource(t.id().value(), t.huishouden().value(), d.huishouden().naam(), t.contractId(),
                d.contract().gemeenteNaam(), d.contract().uitvoerderNaam(), t.teamId(), t.status(),
                voortgang ? t.faseCode() : null, voortgang ? t.faseStart() : null, t.aangemeldOp(),
                d.naam(t.aangemeldDoor()), t.praktischeStart(), t.eindeDatum(), t.eindeReden(),
                voortgang ? t.eindeToelichting() : null,
                t.toewijzingen().stream().map(w -> ToewijzingResource.from(w, d)).toList(),
                t.verlengingen().stream().map(v -> VerlengingResource.from(v, voortgang)).toList(),
                d.termijnen().stream().filter(x -> Veldbeleid.termijnZichtbaar(inzage, x)).map(TermijnResource::from)
                    .toList(),
                d.uitersteEinde(),
                !Veldbeleid.inburgeringZichtbaar(inzage) ? null : d.huishouden().personen().stream()
                    .map(p -> PersoonFeitenResource.from(d.feiten(p.id()), d::naam)).toList(),
                t.versie());
    }

    /** An extension: how many months, decided when, by whom (name), why (null: not the reader's to see). */
    @Schema(description = "Een verlenging van de begeleiding")
    record VerlengingResource(
            @Schema(description = "id van de verlenging", example = "4b5c6d7e-8f9a-4b0c-9d1e-2f3a4b5c6d7e") UUID id,
            @Schema(description = "hoeveel maanden", example = "6") int maanden,
            @Schema(description = "besloten op", example = "2026-12-01") LocalDate besluitOp,
            @Schema(description = "door wie", example = "Fatima El Amrani") String beslotenDoor,
            @Schema(description = "waarom; leeg zonder zicht op de voortgang",
                    example = "Taalniveau nog te laag voor zelfstandig regelen.", nullable = true)
            @Nullable String reden) {

        static VerlengingResource from(Verlenging v, boolean reden) {
            return new VerlengingResource(v.id(), v.maanden(), v.besluitOp(), v.beslotenDoor(),
                    reden ? v.reden() : null);
        }
    }

    /**
     * One deadline. {@code persoonId} is set for a personal deadline (PIP, inburgeringstermijn); {@code ontbreekt}
     * names the missing date when the status is ONBEKEND ({@code brp-inschrijving}, {@code koppeling},
     * {@code huisvesting}, {@code verhuizing}, {@code fase-start}).
     */
    @Schema(description = "Een wettelijke termijn")
    record TermijnResource(
            @Schema(description = "soort: PIP, INBURGERINGSTERMIJN (beide per persoon), ONTZORGEN, EINDE_BEGELEIDING, "
                    + "AFSLUITING of FASE", example = "PIP")
            TermijnSoort soort,
            @Schema(description = "de persoon bij een persoonlijke "
                    + "termijn", example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d",
                    nullable = true)
            @Nullable UUID persoonId,
            @Schema(description = "uiterlijk", example = "2026-08-02", nullable = true) @Nullable LocalDate uiterlijk,
            @Schema(description = "stand: OP_TIJD, BINNENKORT, VERLOPEN, AFGEROND, GEEN_EINDE of ONBEKEND (een datum "
                    + "ontbreekt)", example = "OP_TIJD")
            TermijnStatus status,
            @Schema(description = "welke datum ontbreekt bij ONBEKEND: brp-inschrijving, koppeling, huisvesting, "
                    + "verhuizing of fase-start", example = "brp-inschrijving", nullable = true)
            @Nullable String ontbreekt,
            @Schema(description = "afgerond "
                    + "op", example = "2026-03-16", nullable = true) @Nullable LocalDate afgerondOp) {

        static TermijnResource from(Termijn t) {
            String ontbreekt = t.ontbreekt();
            return new TermijnResource(t.soort(), t.persoonId(), t.uiterlijk(), t.status(),
                    ontbreekt == null ? null : ontbreekt.substring(ontbreekt.lastIndexOf('.') + 1), t.afgerondOp());
        }
    }
}

package nl.wegwijs.traject.api;

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
record TrajectResource(UUID id, UUID huishoudenId, String huishoudenNaam, UUID contractId, String gemeente,
        String uitvoerder, @Nullable UUID teamId, TrajectStatus status, @Nullable String faseCode,
        @Nullable LocalDate faseStart, LocalDate aangemeldOp, String aangemeldDoor, @Nullable LocalDate praktischeStart,
        @Nullable LocalDate eindeDatum, @Nullable EindeReden eindeReden, @Nullable String eindeToelichting,
        List<ToewijzingResource> toewijzingen, List<VerlengingResource> verlengingen,
        List<TermijnResource> termijnen, @Nullable LocalDate uitersteEinde,
        @Nullable List<PersoonFeitenResource> feiten,
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
    record VerlengingResource(UUID id, int maanden, LocalDate besluitOp, String beslotenDoor,
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
    record TermijnResource(TermijnSoort soort, @Nullable UUID persoonId, @Nullable LocalDate uiterlijk,
            TermijnStatus status, @Nullable String ontbreekt, @Nullable LocalDate afgerondOp) {

        static TermijnResource from(Termijn t) {
            String ontbreekt = t.ontbreekt();
            return new TermijnResource(t.soort(), t.persoonId(), t.uiterlijk(), t.status(),
                    ontbreekt == null ? null : ontbreekt.substring(ontbreekt.lastIndexOf('.') + 1), t.afgerondOp());
        }
    }
}

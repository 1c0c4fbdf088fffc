package nl.wegwijs.traject.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.traject.Dossier;
import nl.wegwijs.traject.EindeReden;
import nl.wegwijs.traject.Termijn;
import nl.wegwijs.traject.TermijnSoort;
import nl.wegwijs.traject.TermijnStatus;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectStatus;
import nl.wegwijs.traject.Verlenging;

/**
 * A trajectory with its assignments, extensions and legal timeline, as of today. {@code versie} is what a change
 * must send back. {@code uitersteEinde}: the latest possible end with the contract's maximum extension;
 * {@code feiten}: per person what was recorded of their legal timeline (PIP, end of inburgering).
 */
record TrajectResource(UUID id, UUID huishoudenId, String huishoudenNaam, UUID contractId, String gemeente,
        String uitvoerder, @Nullable UUID teamId, TrajectStatus status, @Nullable String faseCode,
        @Nullable LocalDate faseStart, LocalDate aangemeldOp, String aangemeldDoor, @Nullable LocalDate praktischeStart,
        @Nullable LocalDate eindeDatum, @Nullable EindeReden eindeReden, @Nullable String eindeToelichting,
        List<ToewijzingResource> toewijzingen, List<VerlengingResource> verlengingen,
        List<TermijnResource> termijnen, @Nullable LocalDate uitersteEinde, List<PersoonFeitenResource> feiten,
        long versie) {

    static TrajectResource from(Dossier d) {
        Traject t = d.traject();
        return new TrajectResource(t.id().value(), t.huishouden().value(), d.huishouden().naam(), t.contractId(),
                d.contract().gemeenteNaam(), d.contract().uitvoerderNaam(), t.teamId(), t.status(), t.faseCode(),
                t.faseStart(), t.aangemeldOp(), d.naam(t.aangemeldDoor()), t.praktischeStart(), t.eindeDatum(),
                t.eindeReden(), t.eindeToelichting(),
                t.toewijzingen().stream().map(w -> ToewijzingResource.from(w, d)).toList(),
                t.verlengingen().stream().map(VerlengingResource::from).toList(),
                d.termijnen().stream().map(TermijnResource::from).toList(), d.uitersteEinde(),
                d.huishouden().personen().stream().map(p -> PersoonFeitenResource.from(d.feiten(p.id()), d::naam))
                    .toList(),
                t.versie());
    }

    /** An extension: how many months, decided when, by whom (name), why. */
    record VerlengingResource(UUID id, int maanden, LocalDate besluitOp, String beslotenDoor, String reden) {

        static VerlengingResource from(Verlenging v) {
            return new VerlengingResource(v.id(), v.maanden(), v.besluitOp(), v.beslotenDoor(), v.reden());
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

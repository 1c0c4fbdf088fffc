package nl.wegwijs.afsluiting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A warm handover of one household to a receiving organisation (the sociaal wijkteam). Its changes are
 * package-private, checked by {@link Overdrachtregels}, and made only by {@link OverdrachtService}.
 *
 * @param driegesprekVereist the contract's practice when it was made: a driegesprek when there is a need
 * @param samenvatting the generated summary (once shared: only the blocks the consent allows)
 * @param aanvullingen the guide's short additions per block
 * @param gedeeldeBlokken the blocks shared (empty while a concept)
 * @param toestemmingen the consents the sharing rests on
 * @param afwijzingReden why the receiving wijkteam refused it (with {@code afgewezenDoor/-Naam/-Op}), else null
 */
public record Overdracht(UUID id, UUID huishoudenId, UUID trajectId, UUID gemeenteId, UUID ontvangerOrganisatieId,
        String ontvangerNaam, OverdrachtStatus status, boolean hulpvraag, boolean driegesprekVereist, Samenvatting samenvatting,
        Map<Blok, String> aanvullingen, Set<Blok> gedeeldeBlokken, List<UUID> toestemmingen,
        @Nullable LocalDate driegesprekOp, @Nullable String driegesprekDeelnemers, UUID aangemaaktDoor,
        String aangemaaktDoorNaam, Instant aangemaaktOp, @Nullable UUID gedeeldDoor, @Nullable Instant gedeeldOp,
        @Nullable UUID geaccepteerdDoor, @Nullable String geaccepteerdDoorNaam, @Nullable Instant geaccepteerdOp,
        @Nullable Instant teruggetrokkenOp, @Nullable String terugtrekkingReden, @Nullable UUID afgewezenDoor,
        @Nullable String afgewezenDoorNaam, @Nullable Instant afgewezenOp, @Nullable String afwijzingReden,
        long versie) {

    /** The day the wijkteam accepted it (Dutch time), or null. */
    public @Nullable LocalDate geaccepteerdOpDatum() {
        return geaccepteerdOp == null ? null
                : LocalDate.ofInstant(geaccepteerdOp, java.time.ZoneId.of("Europe/Amsterdam"));
    }

    /** The day the wijkteam refused it (Dutch time), or null. */
    public @Nullable LocalDate afgewezenOpDatum() {
        return afgewezenOp == null ? null : LocalDate.ofInstant(afgewezenOp, java.time.ZoneId.of("Europe/Amsterdam"));
    }

    public @Nullable String aanvulling(Blok blok) {
        return aanvullingen.get(blok);
    }

    public boolean gedeeld(Blok blok) {
        return status == OverdrachtStatus.CONCEPT || gedeeldeBlokken.contains(blok);
    }

    Overdracht metConcept(Samenvatting s, boolean hulp, Map<Blok, String> aanvulling) {
        return new Overdracht(id, huishoudenId, trajectId, gemeenteId, ontvangerOrganisatieId, ontvangerNaam, status,
                hulp, driegesprekVereist, s, aanvulling, gedeeldeBlokken, toestemmingen, driegesprekOp, driegesprekDeelnemers,
                aangemaaktDoor, aangemaaktDoorNaam, aangemaaktOp, gedeeldDoor, gedeeldOp, geaccepteerdDoor,
                geaccepteerdDoorNaam, geaccepteerdOp, teruggetrokkenOp, terugtrekkingReden, afgewezenDoor, afgewezenDoorNaam,
                afgewezenOp, afwijzingReden, versie);
    }

    Overdracht gedeeld(Set<Blok> blokken, List<UUID> op, UUID door, Instant nu) {
        return new Overdracht(id, huishoudenId, trajectId, gemeenteId, ontvangerOrganisatieId, ontvangerNaam,
                OverdrachtStatus.GEDEELD, hulpvraag, driegesprekVereist, samenvatting.alleen(blokken), aanvullingenVan(blokken), blokken,
                op, driegesprekOp, driegesprekDeelnemers, aangemaaktDoor, aangemaaktDoorNaam, aangemaaktOp, door, nu,
                null, null, null, null, null, null, null, null, null, versie);
    }

    private Map<Blok, String> aanvullingenVan(Set<Blok> blokken) {
        Map<Blok, String> m = new java.util.EnumMap<>(Blok.class);
        aanvullingen.forEach((b, t) -> {
            if (blokken.contains(b)) {
                m.put(b, t);
            }
        });
        return m;
    }

    Overdracht driegesprek(LocalDate op, String deelnemers) {
        return new Overdracht(id, huishoudenId, trajectId, gemeenteId, ontvangerOrganisatieId, ontvangerNaam,
                OverdrachtStatus.DRIEGESPREK_GEPLAND, hulpvraag, driegesprekVereist, samenvatting, aanvullingen, gedeeldeBlokken,
                toestemmingen, op, deelnemers, aangemaaktDoor, aangemaaktDoorNaam, aangemaaktOp, gedeeldDoor,
                gedeeldOp, null, null, null, null, null, null, null, null, null, versie);
    }

    Overdracht geaccepteerd(UUID door, String naam, Instant nu) {
        return new Overdracht(id, huishoudenId, trajectId, gemeenteId, ontvangerOrganisatieId, ontvangerNaam,
                OverdrachtStatus.GEACCEPTEERD, hulpvraag, driegesprekVereist, samenvatting, aanvullingen, gedeeldeBlokken, toestemmingen,
                driegesprekOp, driegesprekDeelnemers, aangemaaktDoor, aangemaaktDoorNaam, aangemaaktOp, gedeeldDoor,
                gedeeldOp, door, naam, nu, null, null, null, null, null, null, versie);
    }

    Overdracht teruggetrokken(String reden, Instant nu) {
        return new Overdracht(id, huishoudenId, trajectId, gemeenteId, ontvangerOrganisatieId, ontvangerNaam,
                OverdrachtStatus.TERUGGETROKKEN, hulpvraag, driegesprekVereist, samenvatting, aanvullingen, gedeeldeBlokken,
                toestemmingen, driegesprekOp, driegesprekDeelnemers, aangemaaktDoor, aangemaaktDoorNaam,
                aangemaaktOp, gedeeldDoor, gedeeldOp, null, null, null, nu, reden, null, null, null, null, versie);
    }

    Overdracht afgewezen(UUID door, String naam, String reden, Instant nu) {
        return new Overdracht(id, huishoudenId, trajectId, gemeenteId, ontvangerOrganisatieId, ontvangerNaam,
                OverdrachtStatus.AFGEWEZEN, hulpvraag, driegesprekVereist, samenvatting, aanvullingen, gedeeldeBlokken,
                toestemmingen, driegesprekOp, driegesprekDeelnemers, aangemaaktDoor, aangemaaktDoorNaam,
                aangemaaktOp, gedeeldDoor, gedeeldOp, null, null, null, null, null, door, naam, nu, reden, versie);
    }
}

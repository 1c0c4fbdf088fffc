package nl.wegwijs.huishouden.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.huishouden.Huishouden;
import nl.wegwijs.huishouden.Huishouden.Adres;
import nl.wegwijs.huishouden.Huishouden.HuishoudenDatums;

/**
 * A household as the API shows it. {@code versie} is what a change must send back; {@code brpDatum} is the
 * household's legal start (the earliest BRP registration of a person who is not a nareiziger).
 */
record HuishoudenResource(UUID id, UUID gemeenteId, String naam, Adres adres, HuishoudenDatums datums,
        @Nullable String herkomstLocatie, @Nullable LocalDate brpDatum, List<PersoonResource> personen, long versie) {

    static HuishoudenResource from(Huishouden h) {
        return new HuishoudenResource(h.id().value(), h.gemeenteId(), h.naam(), h.adres(), h.datums(),
                h.herkomstLocatie(), h.brpDatum(), h.personen().stream().map(PersoonResource::from).toList(),
                h.versie());
    }
}

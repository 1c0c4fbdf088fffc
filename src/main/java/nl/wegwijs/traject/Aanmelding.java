package nl.wegwijs.traject;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.huishouden.Huishouden.Adres;
import nl.wegwijs.huishouden.Huishouden.HuishoudenDatums;
import nl.wegwijs.huishouden.NieuwePersoon;

/** What the gemeente or uitvoerder registers: a household for guidance under a contract. */
public record Aanmelding(UUID contractId, Adres adres, HuishoudenDatums datums, @Nullable String herkomstLocatie,
        List<NieuwePersoon> personen) {
}

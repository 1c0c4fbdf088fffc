package nl.wegwijs.traject;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.huishouden.Huishouden.Adres;
import nl.wegwijs.huishouden.Huishouden.HuishoudenDatums;
import nl.wegwijs.huishouden.NieuwePersoon;

/**
 * What the gemeente or uitvoerder registers: a household for guidance under a contract. {@code aangemeldOp} is the
 * day of the aanmelding when it is entered later (never in the future); null means today.
 */
public record Aanmelding(UUID contractId, Adres adres, HuishoudenDatums datums, @Nullable String herkomstLocatie,
        List<NieuwePersoon> personen, @Nullable LocalDate aangemeldOp) {

    public Aanmelding(UUID contractId, Adres adres, HuishoudenDatums datums, @Nullable String herkomstLocatie,
            List<NieuwePersoon> personen) {
        this(contractId, adres, datums, herkomstLocatie, personen, null);
    }
}

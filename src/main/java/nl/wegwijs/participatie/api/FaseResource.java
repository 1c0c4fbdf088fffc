package nl.wegwijs.participatie.api;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.participatie.FasePeriode;
import nl.wegwijs.participatie.PiezoFase;

/** A phase period as the API shows it; {@code loopt} when it runs today. */
record FaseResource(UUID id, UUID huishoudenId, UUID persoonId, PiezoFase fase, int faseNummer, LocalDate van,
        @Nullable LocalDate tot, boolean loopt, @Nullable String notitie, long versie) {

    static FaseResource from(FasePeriode f, LocalDate vandaag) {
        return new FaseResource(f.id().value(), f.huishouden().value(), f.persoonId(), f.fase(), f.fase().nummer(),
                f.van(), f.tot(), f.loopt(vandaag), f.notitie(), f.versie());
    }
}

package nl.wegwijs.participatie.api;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.participatie.EindeReden;
import nl.wegwijs.participatie.Plaatsing;
import nl.wegwijs.participatie.PlaatsingGegevens;
import nl.wegwijs.participatie.PlaatsingSoort;
import nl.wegwijs.participatie.Taalniveau;

/** A placement as the API shows it; {@code loopt} when it runs today. */
record PlaatsingResource(UUID id, UUID huishoudenId, UUID persoonId, PlaatsingSoort soort, String organisatie,
        @Nullable String contactpersoon, int urenPerWeek, LocalDate start, @Nullable LocalDate geplandEinde,
        @Nullable LocalDate einde, @Nullable EindeReden eindeReden, @Nullable String eindeToelichting,
        @Nullable Taalniveau taalniveau, boolean taalniveauAkkoord, boolean werkAangepast, @Nullable String notitie,
        boolean loopt, long versie) {

    static PlaatsingResource from(Plaatsing p, LocalDate vandaag) {
        PlaatsingGegevens g = p.gegevens();
        return new PlaatsingResource(p.id().value(), p.huishouden().value(), p.persoonId(), g.soort(),
                g.organisatie(), g.contactpersoon(), g.urenPerWeek(), g.start(), g.geplandEinde(), p.einde(),
                p.eindeReden(), p.eindeToelichting(), g.taalniveau(), g.taalniveauAkkoord(), g.werkAangepast(),
                g.notitie(), p.loopt(vandaag), p.versie());
    }
}

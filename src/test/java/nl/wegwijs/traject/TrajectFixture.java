package nl.wegwijs.traject;

import java.time.LocalDate;
import java.util.UUID;

import nl.wegwijs.huishouden.HuishoudenId;

/** Trajectories in a given state, built through the real transitions. */
final class TrajectFixture {

    static final UUID CONTRACT = UUID.randomUUID();
    static final UUID GEMEENTE = UUID.randomUUID();
    static final UUID UITVOERDER = UUID.randomUUID();
    static final UUID TEAM = UUID.randomUUID();
    static final UUID REGIEVOERDER = UUID.randomUUID();
    static final UUID BEGELEIDER = UUID.randomUUID();
    static final UUID VRIJWILLIGER = UUID.randomUUID();

    private TrajectFixture() {
    }

    static Traject aangemeld(LocalDate op) {
        return Traject.meldAan(new HuishoudenId(UUID.randomUUID()), CONTRACT, GEMEENTE, UITVOERDER, op, REGIEVOERDER);
    }

    static Traject actief(LocalDate op) {
        Traject t = aangemeld(op);
        t.accepteer(TEAM, op);
        t.start(op.plusDays(7), "FASE1");
        return t;
    }

    static Traject afgerond(LocalDate op) {
        Traject t = actief(op);
        t.sluitAf(TrajectStatus.AFGEROND, EindeReden.DUUR_VERSTREKEN, op.plusMonths(12), null);
        return t;
    }
}

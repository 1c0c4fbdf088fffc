-- Correcting a past self-reliance measurement (module zelfredzaamheid): every correction keeps its required reason,
-- who made it and when, and what the measurement was before it (date and scores), so a corrected level stays
-- traceable. The measurement itself carries the corrected values (zr_meting.gewijzigd_door/op, versie).
create table zr_meting_correctie (
    id                uuid primary key,
    meting_id         uuid        not null references zr_meting (id),
    huishouden_id     uuid        not null references huishouden (id),
    -- the version of the measurement this correction produced
    versie            bigint      not null,
    reden             text        not null check (length(btrim(reden)) between 1 and 500),
    vorige_datum      date        not null,
    -- the scores before the correction: [{"item": uuid, "status": …, "niveau": n|null, "wijze": …|null}]
    vorige_scores     jsonb       not null,
    gecorrigeerd_door uuid        not null,
    gecorrigeerd_op   timestamptz not null,
    unique (meting_id, versie)
);
create index zr_meting_correctie_huishouden on zr_meting_correctie (huishouden_id, meting_id, versie);

-- issue 18: the consent screens.
-- "Do you still agree?": the current consents whose check is due, by date then id (keyset page and count).
create index toestemming_controle on toestemming (controle_op, id) where ingetrokken_op is null and controle_op is not null;

-- an emergency override acknowledged ("gezien") by the teamleider or the privacy officer: who and when
create table doorbraak_gezien (
    doorbraak_id  uuid        not null references doorbraak (id),
    medewerker_id uuid        not null references medewerker (id),
    op            timestamptz not null,
    primary key (doorbraak_id, medewerker_id)
);

-- verzoek: the teamleider's advice to the gemeente, with the client's agreement, to extend guidance (VERLENGING) or
-- to add a product (PRODUCT: Eurowijzer, Mindfit, ouderschapsondersteuning, or another one by name). The gemeente's
-- regievoerder decides (GOEDGEKEURD, AFGEWEZEN with a reason); the requester may withdraw it (INGETROKKEN).
create table verzoek (
    id                  uuid primary key,
    huishouden_id       uuid        not null,
    traject_id          uuid        not null,
    gemeente_id         uuid        not null,
    soort               text        not null check (soort in ('VERLENGING', 'PRODUCT')),
    maanden             integer     check (maanden between 1 and 36),
    product             text        check (product in ('EUROWIJZER', 'MINDFIT', 'OUDERSCHAPSONDERSTEUNING', 'ANDERS')),
    product_naam        text,
    gewenste_start      date,
    reden               text        not null,
    akkoord_op          date        not null,
    akkoord_wijze       text        not null,
    status              text        not null check (status in ('INGEDIEND', 'GOEDGEKEURD', 'AFGEWEZEN', 'INGETROKKEN')),
    ingediend_door      uuid        not null,
    ingediend_door_naam text        not null,
    ingediend_op        timestamptz not null,
    besloten_door       uuid,
    besloten_door_naam  text,
    besloten_op         timestamptz,
    besluit_reden       text,
    versie              bigint      not null,
    constraint verzoek_soort_velden check (
        (soort = 'VERLENGING' and maanden is not null and product is null)
        or (soort = 'PRODUCT' and maanden is null and product is not null
            and (product <> 'ANDERS' or product_naam is not null)))
);
-- the regievoerder's open requests, oldest first
create index verzoek_open_per_gemeente on verzoek (gemeente_id, ingediend_op, id) where status = 'INGEDIEND';
-- the teamleider's own requests, newest first
create index verzoek_per_indiener on verzoek (ingediend_door, ingediend_op desc, id desc);
-- a household's requests (the file's section)
create index verzoek_per_huishouden on verzoek (huishouden_id, ingediend_op desc);

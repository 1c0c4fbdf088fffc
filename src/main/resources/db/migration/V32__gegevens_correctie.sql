-- Rectification trail (issue 18, inzage): every correction of a household's or person's data, field by field, with
-- the old and the new value, who and when. Shown in the person's inzage report. It holds personal data (old values),
-- so retention and erasure treat it like the household it belongs to.
create table gegevens_correctie (
    id              uuid        primary key,
    huishouden_id   uuid        not null,
    -- null: a field of the household itself (address, dates), which concerns every person in it
    persoon_id      uuid,
    veld            text        not null,
    oude_waarde     text,
    nieuwe_waarde   text,
    medewerker_id   uuid        not null,
    organisatie_id  uuid,
    gecorrigeerd_op timestamptz not null
);
create index gegevens_correctie_huishouden on gegevens_correctie (huishouden_id, gecorrigeerd_op, id);

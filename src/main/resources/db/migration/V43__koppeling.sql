-- Issue 20: API clients with their own credentials (OAuth 2.0 client credentials, Bearer JWTs).

-- A technical account per API client: the client acts as this medewerker, so every rule of the services holds for it
-- and the processing log names it. It never logs in with the form (refused by name, its password hash is of a random
-- secret nobody knows) and it is never offered as a guide or listed among an organisation's staff.
alter table medewerker add column technisch boolean not null default false;

create table api_client (
    id              uuid primary key,
    client_id       text        not null unique,
    geheim_hash     text        not null,
    naam            text        not null,
    medewerker_id   uuid        not null unique references medewerker (id),
    scopes          text[]      not null,
    aangemaakt_op   timestamptz not null,
    aangemaakt_door uuid        not null references medewerker (id),
    ingetrokken_op  timestamptz,
    ingetrokken_door uuid references medewerker (id),
    laatst_gebruikt timestamptz,
    versie          bigint      not null default 0,
    check (char_length(naam) between 1 and 100)
);

-- The key that signs the access tokens, shared by every node: created once by whichever node starts first
-- (insert ... on conflict do nothing), then read by all. Holds the private key as a JWK (JSON).
create table oauth2_sleutel (
    id            text primary key,
    jwk           text        not null,
    aangemaakt_op timestamptz not null default now()
);

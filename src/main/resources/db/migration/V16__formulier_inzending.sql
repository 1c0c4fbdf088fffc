-- system: every HTML form carries a one-time form token; the first POST with it claims a row here (committed before
-- the handler runs, so a second or concurrent submit of the same form sees it) and records where it redirected to.
-- A repeated submit with the same content (vingerafdruk: a hash of the form fields) answers with that result instead
-- of running the handler again; other content under an old token (back button, edit, send) is processed as new.
-- Bound to the user: the key is (gebruiker, token), so a token posted by someone else is a different row. Rows are
-- removed after a day.
create table formulier_inzending (
    gebruiker     text        not null,
    token         uuid        not null,
    vingerafdruk  text        not null,
    aangemaakt_op timestamptz not null,
    uitkomst      text        not null default 'BEZIG' check (uitkomst in ('BEZIG', 'DOORVERWEZEN', 'GEEN_INHOUD')),
    locatie       text        check (length(locatie) <= 2000),
    primary key (gebruiker, token),
    check ((uitkomst = 'DOORVERWEZEN') = (locatie is not null))
);
create index formulier_inzending_aangemaakt_op on formulier_inzending (aangemaakt_op);

-- Failed logins per username, for the brake on password guessing (Inlogrem). The username is stored as a SHA-256
-- hash of its lower-case form: enough to count, nothing readable. Rows older than a day are removed as new ones come.
create table inlog_poging (
    sleutel  text        not null,
    op       timestamptz not null
);
create index inlog_poging_sleutel on inlog_poging (sleutel, op);
create index inlog_poging_op on inlog_poging (op);

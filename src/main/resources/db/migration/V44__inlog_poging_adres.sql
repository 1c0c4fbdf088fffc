-- The login brake also per network address: many failures from one address (for any usernames) refuse further
-- logins from it for a while. The address is stored as a SHA-256 hash, like the username: enough to count.
alter table inlog_poging add column adres text;
create index inlog_poging_adres on inlog_poging (adres, op) where adres is not null;

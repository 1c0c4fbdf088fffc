-- werklijst: the self-reliance state per household (module zelfredzaamheid's ZelfredzaamheidStandGewijzigd): when the
-- next planned measurement is due (overdue = before today, compared at query time, as open_termijnen), stagnation
-- between the last two measurements, and a domain at the lowest level.
alter table werklijst_regel
    add column zelfredzaamheid_volgende date,
    add column zelfredzaamheid_stagnatie boolean not null default false,
    add column zelfredzaamheid_laagste boolean not null default false;

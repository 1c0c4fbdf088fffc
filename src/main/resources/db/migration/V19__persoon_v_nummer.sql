-- The duplicate check at the aanmelding looks persons up by V-number (BSN already has its unique index).
create index persoon_v_nummer on persoon (v_nummer) where v_nummer is not null;

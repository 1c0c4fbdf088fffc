-- Issue 17, point 6: closing and reopening keep their reason in the status history (who, when, why), so nothing of
-- a closing is lost when the trajectory is reopened.
alter table traject_status add column einde_reden text;
alter table traject_status add column toelichting text;

-- (The teamleider's name search over staff uses the trigram index of V23.)

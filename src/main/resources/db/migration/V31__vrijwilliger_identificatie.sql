-- issue 18: "no BSN for volunteers" becomes a policy per uitvoerder with a recorded reason. Some uitvoerders let
-- volunteers do the administration of phase 1 (registrations, applications), which needs BSN and V-nummer.
alter table uitvoerder
    add column vrijwilliger_identificatie       boolean not null default false,
    add column vrijwilliger_identificatie_reden text,
    add column vrijwilliger_identificatie_door  uuid references medewerker (id),
    add column vrijwilliger_identificatie_op    timestamptz,
    add constraint uitvoerder_vrijwilliger_identificatie_reden
        check (not vrijwilliger_identificatie
               or (vrijwilliger_identificatie_reden is not null and btrim(vrijwilliger_identificatie_reden) <> ''));

-- every change of the policy, for the audit trail (insert only)
create table uitvoerder_identificatiebeleid (
    id            uuid primary key,
    uitvoerder_id uuid        not null references uitvoerder (id),
    toegestaan    boolean     not null,
    reden         text,
    door          uuid        not null references medewerker (id),
    op            timestamptz not null
);
create index uitvoerder_identificatiebeleid_uitvoerder on uitvoerder_identificatiebeleid (uitvoerder_id, op desc);

-- notificatie: in-app messages on the start page ("a goal of yours changed", "an agreement was made for you").
-- Addressed to one medewerker, or to a role in an organisation (every regievoerder of a gemeente); the first who
-- marks it read settles it for all. They carry a message key and short arguments, never a person's name.
create table notificatie (
    id                     uuid primary key,
    ontvanger_medewerker   uuid,
    ontvanger_organisatie  uuid,
    ontvanger_rol          text,
    huishouden_id          uuid,
    sleutel                text        not null,
    argumenten             text[]      not null default '{}',
    link                   text        not null,
    aangemaakt_op          timestamptz not null,
    gelezen_op             timestamptz,
    gelezen_door           uuid,
    constraint notificatie_een_ontvanger check (
        (ontvanger_medewerker is not null and ontvanger_organisatie is null and ontvanger_rol is null)
        or (ontvanger_medewerker is null and ontvanger_organisatie is not null and ontvanger_rol is not null))
);
create index notificatie_medewerker_ongelezen on notificatie (ontvanger_medewerker, aangemaakt_op desc, id)
    where gelezen_op is null and ontvanger_medewerker is not null;
create index notificatie_rol_ongelezen on notificatie (ontvanger_organisatie, ontvanger_rol, aangemaakt_op desc, id)
    where gelezen_op is null and ontvanger_organisatie is not null;
create index notificatie_huishouden on notificatie (huishouden_id) where huishouden_id is not null;

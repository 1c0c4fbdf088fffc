-- Facts of the legal timeline, per person under a household's trajectory (issue 17): the day the PIP was set
-- (vastgesteld) and the day inburgering was completed, or ended by ontheffing or vrijstelling. The deadlines
-- themselves are never stored: Termijnregels computes them and marks them done from these dates.
create table traject_persoon_feit (
    traject_id                  uuid        not null references traject (id),
    persoon_id                  uuid        not null,
    pip_vastgesteld_op          date,
    pip_vastgelegd_door         uuid,
    inburgering_afgerond_op     date,
    inburgering_afronding       text check (inburgering_afronding in ('AFGEROND', 'ONTHEFFING', 'VRIJSTELLING')),
    inburgering_vastgelegd_door uuid,
    gewijzigd_op                timestamptz not null default now(),
    versie                      bigint      not null default 0,
    primary key (traject_id, persoon_id),
    check ((inburgering_afgerond_op is null) = (inburgering_afronding is null))
);

-- system: scheduled jobs take a lock here (ShedLock), so each runs once across all nodes.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);

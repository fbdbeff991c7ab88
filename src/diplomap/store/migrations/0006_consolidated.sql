-- Real-world events (CONTRACTS.md `events --consolidated`): the reports of one event merged
-- (see diplomap.consolidate). Recomputed over the corpus whenever the reports or the reuse links
-- change (`consolidation_state` holds what they were computed from); each report's
-- `event_reports.event_id` points here.
CREATE TABLE events (
    event_id            VARCHAR PRIMARY KEY,
    date                VARCHAR,
    date_precision      VARCHAR,
    actors              VARCHAR NOT NULL,   -- JSON list of {code, sector, person, text}
    recipients          VARCHAR NOT NULL,
    actor_codes         VARCHAR[] NOT NULL,
    recipient_codes     VARCHAR[] NOT NULL,
    joint               BOOLEAN NOT NULL,
    cameo               VARCHAR NOT NULL,
    cameo_root          VARCHAR NOT NULL,
    quad_class          INTEGER NOT NULL,
    plover              VARCHAR,
    goldstein           DOUBLE NOT NULL,
    status              VARCHAR NOT NULL,
    historical          BOOLEAN NOT NULL,
    neutral             BOOLEAN NOT NULL,
    reports             INTEGER NOT NULL,
    independent_sources INTEGER NOT NULL,
    documents           INTEGER NOT NULL,
    report_ids          VARCHAR[] NOT NULL,
    document_ids        VARCHAR[] NOT NULL,
    sentence            VARCHAR NOT NULL
);
CREATE TABLE consolidation_state (
    fingerprint VARCHAR NOT NULL,
    version     VARCHAR NOT NULL,
    computed_at TIMESTAMP NOT NULL
);

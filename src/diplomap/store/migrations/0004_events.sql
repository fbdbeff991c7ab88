-- Event reports (CONTRACTS.md `events`): one row per sentence's claim, with its evidence.
-- Recomputed with the document's actors (same `extractions` row: text, recogniser and coder).
CREATE TABLE event_reports (
    id              VARCHAR PRIMARY KEY,
    event_id        VARCHAR,
    document_id     VARCHAR NOT NULL,
    date            VARCHAR,
    date_precision  VARCHAR,
    date_source     VARCHAR,
    actors          VARCHAR NOT NULL,   -- JSON list of {code, sector, person, text}
    recipients      VARCHAR NOT NULL,
    actor_codes     VARCHAR[] NOT NULL,
    recipient_codes VARCHAR[] NOT NULL,
    joint           BOOLEAN NOT NULL,
    cameo           VARCHAR NOT NULL,
    cameo_root      VARCHAR NOT NULL,
    quad_class      INTEGER NOT NULL,
    plover          VARCHAR,
    plover_mode     VARCHAR,
    goldstein       DOUBLE NOT NULL,
    status          VARCHAR NOT NULL,
    historical      BOOLEAN NOT NULL,
    neutral         BOOLEAN NOT NULL,
    attribution     VARCHAR,
    sentence        VARCHAR NOT NULL,
    start           INTEGER NOT NULL,
    "end"           INTEGER NOT NULL,
    trigger_start   INTEGER NOT NULL,
    trigger_end     INTEGER NOT NULL,
    rule            VARCHAR NOT NULL,
    coder_version   VARCHAR NOT NULL
);
CREATE INDEX event_reports_document ON event_reports (document_id);

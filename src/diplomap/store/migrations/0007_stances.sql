-- The author's stance toward actors, sentence by sentence (framing; diplomap.extract.stance).
-- Recomputed with the document's actors and events (same `extractions` row).
CREATE TABLE stances (
    document_id VARCHAR NOT NULL,
    code        VARCHAR NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    score       DOUBLE NOT NULL,
    words       VARCHAR[] NOT NULL
);
CREATE INDEX stances_document ON stances (document_id);

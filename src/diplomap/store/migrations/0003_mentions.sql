-- Actor mentions (CONTRACTS.md `actors`): spans of a document's cleaned text and what they name.
-- Recomputed whenever the text (text_hash) or the recogniser (its version: code + actor data +
-- the user's actor files) changes; `extractions` records what each document was last read with.
CREATE TABLE mentions (
    document_id VARCHAR NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        VARCHAR NOT NULL,
    code        VARCHAR,
    sector      VARCHAR,
    person      VARCHAR,
    role        VARCHAR,
    confidence  DOUBLE NOT NULL,
    kind        VARCHAR NOT NULL,
    date        VARCHAR,
    members     VARCHAR[] NOT NULL,
    PRIMARY KEY (document_id, start, "end")
);
CREATE TABLE extractions (
    document_id VARCHAR PRIMARY KEY,
    text_hash   VARCHAR NOT NULL,
    version     VARCHAR NOT NULL,
    mentions    INTEGER NOT NULL,
    extracted_at TIMESTAMP NOT NULL
);

-- Documents, where they were read from, what could not be stored, and the line statistics
-- that the corpus furniture step counts.
CREATE TABLE documents (
    id                  VARCHAR PRIMARY KEY,
    url                 VARCHAR,
    outlet              VARCHAR,
    title               VARCHAR,
    author              VARCHAR,
    published           VARCHAR,
    date_precision      VARCHAR,
    published_time      VARCHAR,
    published_estimate  VARCHAR,
    estimate_precision  VARCHAR,
    estimate_reason     VARCHAR,
    language            VARCHAR,
    words               INTEGER NOT NULL,
    text_hash           VARCHAR NOT NULL,
    raw_format          VARCHAR NOT NULL,
    body_kind           VARCHAR NOT NULL,
    warnings            VARCHAR[] NOT NULL,
    provenance          JSON NOT NULL,
    text                VARCHAR NOT NULL,
    salvaged            VARCHAR NOT NULL,
    dropped             JSON NOT NULL,
    furniture_applied   VARCHAR[] NOT NULL,
    first_origin        VARCHAR NOT NULL,
    stored_at           TIMESTAMP NOT NULL
);

CREATE TABLE origins (
    document_id VARCHAR NOT NULL,
    origin      VARCHAR NOT NULL,
    PRIMARY KEY (document_id, origin)
);

CREATE TABLE document_lines (
    document_id   VARCHAR NOT NULL,
    hash          VARCHAR NOT NULL,
    words         INTEGER NOT NULL,
    ends_sentence BOOLEAN NOT NULL,
    PRIMARY KEY (document_id, hash)
);

CREATE TABLE rejections (
    origin     VARCHAR PRIMARY KEY,
    reason     VARCHAR NOT NULL,
    detail     VARCHAR NOT NULL,
    first_seen TIMESTAMP NOT NULL
);

CREATE TABLE furniture (
    hash      VARCHAR NOT NULL,
    scope     VARCHAR NOT NULL,   -- 'outlet:<name>' or 'corpus'
    documents INTEGER NOT NULL,
    PRIMARY KEY (hash, scope)
);

CREATE INDEX document_lines_hash ON document_lines (hash);
CREATE INDEX documents_text_hash ON documents (text_hash);

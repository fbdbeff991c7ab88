-- Inputs already processed completely, by where they were read and what their bytes were:
-- a re-run skips an input whose bytes this diplomap version has already turned into documents.
CREATE TABLE inputs (
    origin      VARCHAR NOT NULL,
    digest      VARCHAR NOT NULL,
    version     VARCHAR NOT NULL,
    documents   INTEGER NOT NULL,
    rejections  INTEGER NOT NULL,
    PRIMARY KEY (origin, digest, version)
);

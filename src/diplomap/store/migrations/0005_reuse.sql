-- Text reuse between documents (CONTRACTS.md `reuse`): exact copies, near duplicates, copied
-- passages. Recomputed over the corpus when its documents change (`reuse_state` holds the corpus
-- fingerprint the rows were computed from). Copies are linked here, never dropped.
CREATE TABLE reuse (
    a         VARCHAR NOT NULL,
    b         VARCHAR NOT NULL,
    relation  VARCHAR NOT NULL,
    passages  VARCHAR NOT NULL,   -- JSON list of {a_start, a_end, b_start, b_end}
    share_a   DOUBLE NOT NULL,
    share_b   DOUBLE NOT NULL,
    earlier   VARCHAR,
    jaccard   DOUBLE NOT NULL,
    PRIMARY KEY (a, b)
);
CREATE TABLE reuse_state (
    fingerprint VARCHAR NOT NULL,
    version     VARCHAR NOT NULL,
    computed_at TIMESTAMP NOT NULL
);

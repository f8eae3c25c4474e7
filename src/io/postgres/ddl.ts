// The tables of an archive index on a PostgreSQL server (docs/scale.md shows this DDL). Version 2:
// version 1's tables, with the counts and the left-out postings that let `index update` change
// what changed only and a lookup learn a common fingerprint's count without reading its postings.
// Hashes are the 32-bit fingerprints of the index file, kept as signed integer (4 bytes, not 8).

/** Bumped whenever the tables change; recorded in index_meta and checked on every open. */
export const SCHEMA_VERSION = 2;
/**
 * A fingerprint or line is counted (fingerprint_counts, line_counts) once it stands at this many
 * places or more: the least boilerplate bar (boilerplate.ts), so every one that is or may become
 * boilerplate is counted, while most, at one or two places, are not (they are counted from their
 * rows, two at most).
 */
export const COUNTED_FROM = 3;
export const DEFAULT_PARTITIONS = 16;

/** The statements that create an empty index in `schema`, fingerprints split into `partitions` by hash. */
export function schemaDdl(schema: string, partitions = DEFAULT_PARTITIONS): string[] {
  const s = `"${schema}"`;
  return [
    `CREATE SCHEMA IF NOT EXISTS ${s}`,
    `CREATE TABLE ${s}.index_meta (
  id             boolean PRIMARY KEY DEFAULT true CHECK (id),  -- one row
  schema_version integer NOT NULL,                             -- these tables' version
  pack           text,                                         -- the rule pack the archive belongs to
  built          jsonb,                                        -- k, window, boilerplateShare, notice, scheme, laiyuan version
  articles       integer NOT NULL DEFAULT 0,
  files          integer NOT NULL DEFAULT 0,                   -- corpus files the articles come from
  postings       bigint  NOT NULL DEFAULT 0,                   -- fingerprints kept
  dropped        bigint  NOT NULL DEFAULT 0,                   -- fingerprints left out as boilerplate
  generation     bigint  NOT NULL DEFAULT 0,                   -- bumped by every build, update and push
  updated_at     timestamptz NOT NULL DEFAULT now()
)`,
    `CREATE TABLE ${s}.boilerplate_lines (
  line text PRIMARY KEY                                        -- normalised lines masked before matching
)`,
    `CREATE TABLE ${s}.articles (
  id           integer PRIMARY KEY,
  file         text    NOT NULL,                               -- corpus file, relative to the corpus root
  fingerprints integer NOT NULL,                               -- before boilerplate was dropped: containment's denominator
  record       bytea   NOT NULL                                -- the article, text and all, as deflated JSON
)`,
    `CREATE INDEX articles_file ON ${s}.articles (file text_pattern_ops)`,  // update finds a folder's files by prefix
    `CREATE TABLE ${s}.fingerprints (
  hash     integer NOT NULL,                                   -- the 32-bit fingerprint, as signed
  article  integer NOT NULL,                                   -- articles.id
  position integer NOT NULL                                    -- where in the article's normalised text
) PARTITION BY HASH (hash)`,
    ...Array.from({ length: partitions }, (_, i) => `CREATE TABLE ${s}.fingerprints_${i} PARTITION OF ${s}.fingerprints FOR VALUES WITH (MODULUS ${partitions}, REMAINDER ${i})`),
    fingerprintIndexDdl(schema),
    `CREATE TABLE ${s}.dropped_fingerprints (
  hash     integer NOT NULL,                                   -- a fingerprint in boilerplateShare of the articles or more:
  article  integer NOT NULL,                                   -- left out of lookups, kept for updates
  position integer NOT NULL
)`,
    `CREATE INDEX dropped_fingerprints_hash ON ${s}.dropped_fingerprints (hash, article)`,
    `CREATE TABLE ${s}.fingerprint_counts (
  hash     integer PRIMARY KEY,                                -- a fingerprint at ${COUNTED_FROM} places or more, kept or dropped
  postings integer NOT NULL,                                   -- its rows
  articles integer NOT NULL                                    -- the articles holding it (the boilerplate bar's measure)
)`,
    `CREATE INDEX fingerprint_counts_articles ON ${s}.fingerprint_counts (articles)`,
    `CREATE TABLE ${s}.article_lines (
  line    bigint  NOT NULL,                                    -- a normalised line's 53-bit key (boilerplate.ts lineKey)
  article integer NOT NULL,                                    -- an article holding it
  PRIMARY KEY (line, article)
)`,
    `CREATE TABLE ${s}.line_counts (
  line     bigint  PRIMARY KEY,                                -- a line in ${COUNTED_FROM} articles or more
  articles integer NOT NULL
)`,
    `CREATE INDEX line_counts_articles ON ${s}.line_counts (articles)`,
    `INSERT INTO ${s}.index_meta (schema_version) VALUES (${SCHEMA_VERSION})`,
  ];
}

/** The covering index a lookup reads (made again after the COPY when a write fills an empty index). */
export function fingerprintIndexDdl(schema: string): string {
  // keyed by (hash, article): an update deletes an article's postings of a hash without reading
  // the hash's others (a fingerprint in thousands of articles); a lookup reads by hash alone
  return `CREATE INDEX fingerprints_hash ON "${schema}".fingerprints (hash, article) INCLUDE (position)`;
}

/** As one script, for people (docs/scale.md, `index migrate --print`). */
export function schemaScript(schema: string, partitions = DEFAULT_PARTITIONS): string {
  return `${schemaDdl(schema, partitions).join(';\n\n')};\n`;
}

/** A 32-bit fingerprint as the signed integer the table holds, and back. */
export function toSigned(hash: number): number {
  return hash | 0;
}

export function toUnsigned(stored: number): number {
  return stored >>> 0;
}

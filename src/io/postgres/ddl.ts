// The tables of an archive index on a PostgreSQL server (docs/scale.md shows this DDL). Version 1.
// Hashes are the 32-bit fingerprints of the index file, kept as signed integer (4 bytes, not 8).

/** Bumped whenever the tables change; recorded in index_meta and checked on every open. */
export const SCHEMA_VERSION = 1;
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
    `CREATE INDEX articles_file ON ${s}.articles (file)`,
    `CREATE TABLE ${s}.fingerprints (
  hash     integer NOT NULL,                                   -- the 32-bit fingerprint, as signed
  article  integer NOT NULL,                                   -- articles.id
  position integer NOT NULL                                    -- where in the article's normalised text
) PARTITION BY HASH (hash)`,
    ...Array.from({ length: partitions }, (_, i) => `CREATE TABLE ${s}.fingerprints_${i} PARTITION OF ${s}.fingerprints FOR VALUES WITH (MODULUS ${partitions}, REMAINDER ${i})`),
    fingerprintIndexDdl(schema),
    `INSERT INTO ${s}.index_meta (schema_version) VALUES (${SCHEMA_VERSION})`,
  ];
}

/** The covering index a lookup reads (made again after the COPY when a write fills an empty index). */
export function fingerprintIndexDdl(schema: string): string {
  return `CREATE INDEX fingerprints_hash ON "${schema}".fingerprints (hash) INCLUDE (article, position)`;
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

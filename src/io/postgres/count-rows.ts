// The count rows an update changes (fingerprint_counts, line_counts) written in place: a key's row
// updated when its counts change, inserted when it reaches COUNTED_FROM, deleted when it falls
// below; a rebuild's rows, without deleting and inserting again every row the update touches.
import type pg from 'pg';
import { COUNTED_FROM } from './ddl.js';

export interface CountTable {
  /** The table, schema-qualified. */
  name: string;
  key: string;
  keyType: 'int' | 'bigint';
  /** The count columns (integer); a key has a row while the first is COUNTED_FROM or more. */
  columns: readonly string[];
}

/** A key's counts before (undefined: it had no row) and after, in the table's column order. */
export interface CountChange {
  key: number;
  was: readonly number[] | undefined;
  is: readonly number[];
}

export async function writeCounts(client: pg.ClientBase, table: CountTable, changes: Iterable<CountChange>): Promise<void> {
  const updated: CountChange[] = [];
  const inserted: CountChange[] = [];
  const deleted: number[] = [];
  for (const c of changes) {
    const counted = c.is[0] >= COUNTED_FROM;
    if (c.was === undefined) {
      if (counted) inserted.push(c);
    } else if (!counted) deleted.push(c.key);
    else if (c.is.some((n, i) => n !== c.was?.[i])) updated.push(c);
  }
  const { name, key, keyType, columns } = table;
  const rows = (list: readonly CountChange[]) => [list.map((c) => c.key), ...columns.map((_, i) => list.map((c) => c.is[i]))];
  const unnest = `unnest(${[keyType, ...columns.map(() => 'int')].map((type, i) => `$${i + 1}::${type}[]`).join(', ')}) AS u(${[key, ...columns].join(', ')})`;
  if (deleted.length > 0) await client.query(`DELETE FROM ${name} WHERE ${key} = ANY($1::${keyType}[])`, [deleted]);
  if (updated.length > 0) await client.query(`UPDATE ${name} c SET ${columns.map((col) => `${col} = u.${col}`).join(', ')} FROM ${unnest} WHERE c.${key} = u.${key}`, rows(updated));
  if (inserted.length > 0) await client.query(`INSERT INTO ${name} (${[key, ...columns].join(', ')}) SELECT * FROM ${unnest}`, rows(inserted));
}

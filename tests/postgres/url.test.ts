import { describe, expect, it } from 'vitest';
import { serverTarget } from '../../src/io/postgres/url.js';

describe('an index server URL', () => {
  it('refuses a password written in the config, naming the file', () => {
    expect(() => serverTarget('postgres://laiyuan:hunter2@db.example:5432/archive', { fromConfig: 'laiyuan.yaml', env: {} })).toThrow(
      'laiyuan.yaml: the index URL holds a password; remove it and set PGPASSWORD or LAIYUAN_INDEX_URL in the environment instead',
    );
  });

  it('borrows the password of LAIYUAN_INDEX_URL for the same server and user only, and never shows it', () => {
    const env = { LAIYUAN_INDEX_URL: 'postgres://laiyuan:hunter2@db.example:5432/archive' };
    const same = serverTarget('postgres://laiyuan@db.example:5432/archive?schema=cri', { fromConfig: 'laiyuan.yaml', env });
    expect(new URL(same.connection).password).toBe('hunter2');
    expect(same.shown).toBe('postgres://laiyuan@db.example:5432/archive?schema=cri');
    expect(same.schema).toBe('cri');
    const other = serverTarget('postgres://laiyuan@replica.example:5432/archive', { env });
    expect(new URL(other.connection).password).toBe('');
  });

  it('defaults the schema to laiyuan and refuses a schema name that is not a plain identifier', () => {
    expect(serverTarget('postgres://u@h/db', { env: {} }).schema).toBe('laiyuan');
    expect(() => serverTarget('postgres://u@h/db?schema=a";drop', { env: {} })).toThrow(/schema 'a";drop' in postgres:\/\/u@h\/db: use lower-case letters, digits and _/);
  });
});

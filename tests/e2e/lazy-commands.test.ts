// Only the command that runs is loaded: `laiyuan --version` none, `laiyuan check` only check;
// and within a check, only the parsers its files need and the format it prints.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProgram, commandsFor } from '../../src/cli/main-program.js';
import { ROOT } from '../helpers/corpus.js';
import { makeWorkspace, REPRINTS, settle } from '../cli-ci/workspace.js';

describe('commands loaded for the arguments', () => {
  it('loads one command, none for --version, all for help or a misspelt command', () => {
    expect(commandsFor(['check', 'content', '--format', 'json'])).toEqual(['check']);
    expect(commandsFor(['--no-color', 'index', 'build'])).toEqual(['index']);
    expect(commandsFor(['--version'])).toEqual([]);
    expect(commandsFor(['--help'])).toHaveLength(8);
    expect(commandsFor(['chek'])).toHaveLength(8);
  });

  it('builds a program holding just those commands', async () => {
    expect((await buildProgram(['match', 'a.txt'])).commands.map((c) => c.name())).toEqual(['match']);
    expect((await buildProgram(['help'])).commands.map((c) => c.name())).toEqual(['check', 'match', 'index', 'inspect', 'config', 'rules', 'explain', 'init']);
  });
});

/** What each file of the bundled CLI holds (scripts/bundle-cli.mjs). */
const BUNDLE = JSON.parse(readFileSync(path.join(ROOT, 'dist/cli/modules.json'), 'utf8')) as Record<string, string[]>;

/** A script that writes `LOADED <file URL>` for each file a require() call loads (Module._load, whatever require function called it). */
function requireHook(): string {
  const file = path.join(hookDir, 'list-required.cjs');
  writeFileSync(file, REQUIRE_HOOK);
  return file;
}
const hookDir = mkdtempSync(path.join(tmpdir(), 'laiyuan-hook-'));
afterAll(() => rmSync(hookDir, { recursive: true, force: true }));
const REQUIRE_HOOK = `const Module = require('node:module');
const { writeSync } = require('node:fs');
const { pathToFileURL } = require('node:url');
const load = Module._load;
Module._load = function (request, parent, isMain) {
  const file = Module.builtinModules.includes(request.replace(/^node:/, '')) ? undefined : Module._resolveFilename(request, parent, isMain);
  if (file) writeSync(2, 'LOADED ' + pathToFileURL(file).href + '\\n');
  return load.apply(this, arguments);
};
`;

/**
 * The modules the built CLI loads for these arguments: packages (by name) and laiyuan's own modules
 * (as tsc writes them under dist/, e.g. cli/version.js). The CLI is bundled (scripts/bundle-cli.mjs):
 * a resolve hook lists the files it loads, and dist/cli/modules.json the modules each file holds.
 */
function loaded(args: string[], cwd: string): { packages: Set<string>; own: Set<string>; builtins: Set<string>; stdout: string } {
  // the hooks run on a thread of their own: process.stderr there is written through the main thread
  // and loses what is left when the CLI exits (on a loaded machine, the last module or two), so
  // each line is written to fd 2 at once
  const hook = "import { writeSync } from 'node:fs'; export async function resolve(s, c, next) { const r = await next(s, c); writeSync(2, `LOADED ${r.url}\\n`); return r; }";
  const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});`;
  // a package loaded with require() (iconv-lite, string-width: loaded when first needed) passes no
  // resolve hook: Module._load is wrapped to list it too
  const run = spawnSync(process.execPath, ['--require', requireHook(), '--import', `data:text/javascript,${encodeURIComponent(register)}`, path.join(ROOT, 'dist/cli/main.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const urls = [...run.stderr.matchAll(/^LOADED (\S+)$/gmu)].map((m) => m[1]);
  const modules = urls.flatMap((u) => {
    const file = /\/dist\/cli\/([^/]+)$/u.exec(u)?.[1];
    if (file === undefined) return [u];
    const inside = BUNDLE[file];
    if (!inside) throw new Error(`dist/cli/modules.json does not list ${file}`);
    return inside;
  });
  return {
    packages: new Set(modules.flatMap((m) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//u.exec(m)?.[1] ?? [])),
    own: new Set(modules.flatMap((m) => /^dist\/(.+)$/u.exec(m)?.[1] ?? [])),
    builtins: new Set(urls.filter((u) => u.startsWith('node:'))),
    stdout: run.stdout,
  };
}

describe('what a run loads (the built CLI)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-lazy-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(path.join(dir, 'news.txt'), readFileSync(path.join(ROOT, 'fixtures/structure/c02-tianfu-top-credit.md')));
  writeFileSync(path.join(dir, 'page.html'), readFileSync(path.join(ROOT, 'fixtures/structure/c04-yangshan-credit-after-first-paragraph.html')));
  writeFileSync(path.join(dir, 'dated.md'), readFileSync(path.join(ROOT, 'fixtures/structure/d01-yangshan-dated-before.md')));

  it('--version loads nothing but the version', () => {
    const run = loaded(['--version'], dir);
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\n$/u);
    expect([...run.packages]).toEqual([]);
    expect([...run.own].sort()).toEqual(['cli/main.js', 'cli/version.js', 'io/package-root.js']);
  });

  it('a check of a text file loads no HTML or YAML parser, no PostgreSQL client and only the format it prints (names.js and lean.js say what formats read, they format nothing)', () => {
    const run = loaded(['check', 'news.txt', '--allow-no-corpus', '--format', 'json'], dir);
    expect(run.stdout).toContain('"ruleId"');
    for (const name of ['htmlparser2', 'yaml', 'pg', 'string-width']) expect(run.packages, name).not.toContain(name);
    const formatters = [...run.own].filter((f) => f.startsWith('formats/') && !/^formats\/(names|lean)\.js$/u.test(f));
    // json-pieces.js: the batches of a JSON array, which JSON shares with SARIF
    expect(formatters.sort()).toEqual(['formats/json-pieces.js', 'formats/json.js']);
  });

  it('a one-file check with no config and no corpus loads no index reader, corpus reader, cache or compiled schema code (the built-in pack was checked when laiyuan was built)', () => {
    const run = loaded(['check', 'news.txt', '--allow-no-corpus', '--format', 'json'], dir);
    expect(JSON.parse(run.stdout)).toMatchObject({ summary: { filesChecked: 1 } });
    const unused = ['io/index-file.js', 'io/posting-search.js', 'io/corpus-read.js', 'io/cache.js', 'io/index-cache.js', 'io/corpus-digests.js', 'io/run-cache.js', 'core/config/schema/compiled.js', 'core/config/schema-issues.js', 'core/config/pack.js', 'core/config/config.js', 'core/config/notice/compile.js'];
    for (const module of unused) expect(run.own, module).not.toContain(module);
    // nor the ignore package: no .gitignore or .laiyuanignore lies above the file
    expect(run.packages).not.toContain('ignore');
  });

  it('a check against an index loads the index reader; a config file, or a pack file of its own, the code that checks it', () => {
    const sub = path.join(dir, 'indexed');
    mkdirSync(path.join(sub, 'archive'), { recursive: true });
    writeFileSync(path.join(sub, 'archive/tianfu.txt'), readFileSync(path.join(dir, 'news.txt')));
    writeFileSync(path.join(sub, 'copy.txt'), readFileSync(path.join(dir, 'news.txt')));
    expect(spawnSync(process.execPath, [path.join(ROOT, 'dist/cli/main.js'), 'index', 'build', 'archive', '-o', 'archive.lyx', '--concurrency', '1'], { cwd: sub, encoding: 'utf8' }).status).toBe(0);
    const indexed = loaded(['check', 'copy.txt', '--index', 'archive.lyx', '--format', 'json'], sub);
    expect(JSON.parse(indexed.stdout)).toMatchObject({ summary: { filesChecked: 1 } });
    expect(indexed.own).toContain('io/index-file.js');
    expect(indexed.own).not.toContain('io/corpus-read.js');
    writeFileSync(path.join(sub, 'laiyuan.yaml'), 'packs: [cri]\ncorpus:\n  cri: [archive]\n');
    const configured = loaded(['check', 'copy.txt', '--format', 'json'], sub);
    expect(JSON.parse(configured.stdout)).toMatchObject({ summary: { filesChecked: 1 } });
    for (const module of ['core/config/schema/compiled.js', 'io/corpus-read.js']) expect(configured.own, module).toContain(module);
  });

  it('the terminal format loads string-width only for a text it cannot measure itself (汉字, full-width punctuation and ASCII it can)', () => {
    const plain = loaded(['check', 'news.txt', '--allow-no-corpus', '--no-color'], dir);
    expect(plain.stdout).toContain('国际在线报道');
    expect(plain.packages).not.toContain('string-width');
    // a file name with an emoji: its width is string-width's to tell
    writeFileSync(path.join(dir, '天府机场🛫.txt'), readFileSync(path.join(dir, 'news.txt')));
    const emoji = loaded(['check', '天府机场🛫.txt', '--allow-no-corpus', '--no-color'], dir);
    expect(emoji.stdout).toContain('天府机场🛫.txt');
    expect(emoji.packages).toContain('string-width');
  });

  it('an index build to a file loads no PostgreSQL client (only an index on a server needs it)', () => {
    const run = loaded(['index', 'build', 'news.txt', '-o', 'news.lyx', '--concurrency', '1'], dir);
    expect(run.stdout).toMatch(/^indexed 1 article from 1 file into news\.lyx/u);
    expect(run.packages).not.toContain('pg');
    expect(run.own).not.toContain('io/postgres/connect.js');
  });

  it('an HTML page loads the HTML parser, front matter the YAML parser', () => {
    expect(loaded(['check', 'page.html', '--allow-no-corpus', '--format', 'json'], dir).packages).toContain('htmlparser2');
    const md = loaded(['check', 'dated.md', '--allow-no-corpus', '--format', 'json'], dir);
    expect(md.packages).toContain('yaml');
    expect(md.packages).not.toContain('htmlparser2');
  });
});

describe('what a warm --cache run loads (the built CLI)', () => {
  it('loads no reader, matcher, judge or check of a file, nor the config reader, when the cache answers for every file, and reports what the cold run did', async () => {
    const ws = makeWorkspace({ licence: true, content: { 'content/a-none.txt': REPRINTS.none, 'content/b-alias.txt': REPRINTS.alias, 'content/e-wrong.html': REPRINTS.wrongHtml } });
    try {
      await settle();
      const args = ['check', 'content', '--format', 'json', '--cache'];
      const cold = loaded(args, ws.dir);
      expect(cold.own).toContain('core/judge/check-document.js');
      const warm = loaded(args, ws.dir);
      expect(warm.stdout).toBe(cold.stdout);
      expect(warm.stdout).toContain('"ruleId"');
      for (const module of ['io/check-files.js', 'io/read-file.js', 'core/read/index.js', 'core/match/narrow.js', 'core/match/corpus-index.js', 'core/judge/check-document.js', 'core/metadata/index.js', 'io/workers.js', 'io/fix.js']) {
        expect(warm.own, module).not.toContain(module);
      }
      expect(warm.packages).not.toContain('htmlparser2');
      // the config and packs are kept with the results (io/config-kept.ts): no YAML reader, no compiled schema
      expect(cold.packages).toContain('yaml');
      expect(warm.packages).not.toContain('yaml');
      for (const module of ['io/config.js', 'io/packs.js', 'core/config/schema-issues.js', 'core/config/schema/compiled.js']) expect(warm.own, module).not.toContain(module);
      // nor Node's modules that only a check or git needs (io/exec-file.ts loads node:child_process on a first git call)
      expect(cold.builtins).toContain('node:crypto');
      for (const builtin of ['node:child_process', 'node:perf_hooks', 'node:worker_threads']) expect(warm.builtins, builtin).not.toContain(builtin);
    } finally {
      rmSync(ws.dir, { recursive: true, force: true });
    }
  });
});


// The index build commands a message suggests (a stale index, a missing one, an update refused
// its --max-file-size) are run as printed: they pass on the -c and --pack the run was given (the
// config's path quoted as a shell reads it back), or the command builds another pack's index, or
// reads no config at all.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { laiyuan } from '../e2e/cli.js';
import { ROOT } from '../helpers/corpus.js';
import { freshSchema } from '../postgres/schema.js';
import { adminQuery } from '../postgres/server.js';

const CONFIG = '编辑部 配置/site.yaml';
const QIAO = '滨江新区首座跨江人行桥合龙\n2024-05-06 08:30 来源:示例日报\n示例日报讯（记者 王晓明）昨天上午，滨江新区首座跨江人行桥正式合龙。这座桥全长四百二十米，主跨二百六十米，采用钢结构斜拉设计，桥面最宽处达十二米，可同时容纳三千名行人通行。\n据项目负责人介绍，大桥建设过程中克服了江面风大、水流急等困难，施工团队创新采用整体提升工艺，将主梁吊装时间缩短了一半。\n';

let site: string;

beforeEach(() => {
  // the demo site, its config kept in a folder of its own whose name holds a space, with a second pack
  site = mkdtempSync(path.join(tmpdir(), 'laiyuan-rebuild-'));
  cpSync(path.join(ROOT, 'fixtures/demo'), site, { recursive: true });
  rmSync(path.join(site, 'laiyuan.yaml'));
  mkdirSync(path.join(site, '编辑部 配置'));
  mkdirSync(path.join(site, 'shili-corpus'));
  writeFileSync(path.join(site, 'shili-corpus/qiao.txt'), QIAO);
  copyFileSync(path.join(ROOT, 'fixtures/config/packs/shili.yaml'), path.join(site, '编辑部 配置/shili.yaml'));
  writeConfig(8);
});

afterEach(() => rmSync(site, { recursive: true, force: true }));

function writeConfig(k: number): void {
  const text = ['packs: [cri, ./shili.yaml]', 'corpus:', '  cri: [../corpus/]', '  shili: [../shili-corpus/]', 'index:', '  shili: ../shili.lyx', 'match:', `  k: ${k}`, ''].join('\n');
  writeFileSync(path.join(site, CONFIG), text);
}

const run = (args: string[]) => laiyuan(args, { cwd: site });

/** The command a message suggests, `<corpus>` filled in, split into its words as a shell reads them; `laiyuan` left out. */
function suggested(stderr: string, corpus: string): string[] {
  const command = /(?:re)?build it with '(laiyuan index build [^']+)'/u.exec(stderr)?.[1] ?? '';
  expect(command, stderr).not.toBe('');
  const line = command.replace('<corpus>', corpus);
  return execFileSync('sh', ['-c', `printf '%s\\n' ${line}`], { encoding: 'utf8' }).trimEnd().split('\n').slice(1);
}

describe('a suggested index build passes on -c and --pack', () => {
  it('a stale index file given with --index: the rebuild reads the config the check read, and the check then runs', () => {
    expect(run(['index', 'build', 'corpus', '-o', 'archive.lyx', '-c', CONFIG]).code).toBe(0);
    writeConfig(9);
    const stale = run(['check', 'content', '-c', CONFIG, '--index', 'archive.lyx']);
    expect(stale.code).toBe(2);
    expect(stale.stderr).toBe(`laiyuan: the index archive.lyx is stale: it was built with match.k 8, the config says 9; rebuild it with 'laiyuan index build corpus -o archive.lyx -c "${CONFIG}"'\n`);
    const again = run(suggested(stale.stderr, 'corpus'));
    expect(again.code, again.stderr).toBe(0);
    // the second pack's index, which the config names, built at k 9 too: the check runs, its findings its outcome
    expect(run(['index', 'build', '-c', CONFIG, '--pack', 'shili']).code).toBe(0);
    const checked = run(['check', 'content', '-c', CONFIG, '--index', 'archive.lyx']);
    expect([checked.code, checked.stderr]).toEqual([1, '']);
  });

  it('a stale index the config names for its second pack: the rebuild is for that pack', () => {
    expect(run(['index', 'build', '-c', CONFIG, '--pack', 'shili']).code).toBe(0);
    writeConfig(9);
    const stale = run(['check', 'content', '-c', CONFIG]);
    expect(stale.code).toBe(2);
    // the config names the pack's corpus beside its index: the command names it, not <corpus>
    expect(stale.stderr).toContain(`rebuild it with 'laiyuan index build shili-corpus -o shili.lyx -c "${CONFIG}" --pack shili'`);
    const again = run(suggested(stale.stderr, 'shili-corpus'));
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(run(['index', 'stats', 'shili.lyx', '--format', 'json']).stdout)).toMatchObject({ pack: 'shili', articles: 1 });
  });

  it('a missing index file, and an update refused its --max-file-size: -c and --pack as given', () => {
    const missing = run(['match', 'content/licensed/2024-01-hanchao-yujing.txt', '-c', CONFIG, '--pack', 'cri', '--index', 'none.lyx']);
    expect(missing.stderr).toContain(`build it with 'laiyuan index build corpus -o none.lyx -c "${CONFIG}" --pack cri'`);
    expect(run(['index', 'build', 'corpus', '-o', 'c.lyx', '-c', CONFIG, '--pack', 'cri']).code).toBe(0);
    const u = run(['index', 'update', 'c.lyx', 'corpus/cri-07-hanchao-chengse-yujing.txt', '-c', CONFIG, '--pack', 'cri', '--max-file-size', '20MB']);
    expect(u.code).toBe(2);
    expect(u.stderr).toContain(`rebuild it with 'laiyuan index build corpus -o c.lyx -c "${CONFIG}" --pack cri --max-file-size 20MB'`);
    const words = /rebuild it with 'laiyuan ([^']+)'/u.exec(u.stderr)?.[1] ?? '';
    const again = run(execFileSync('sh', ['-c', `printf '%s\\n' ${words}`], { encoding: 'utf8' }).trimEnd().split('\n'));
    expect(again.code, again.stderr).toBe(0);
    expect(readFileSync(path.join(site, 'c.lyx')).byteLength).toBeGreaterThan(0);
  });
});

/** Offset of a section of an index file, read off its section table (meta 0 … records 4). */
const sectionOffset = (bytes: Buffer, i: number) => bytes.readDoubleLE(32 + i * 24);

describe('an index refused as damaged or of another format: the rebuild passes on -c and --pack too', () => {
  it('a damaged index the config names beside its corpus: the rebuild names that corpus, -c and --pack, and the check then runs', () => {
    expect(run(['index', 'build', '-c', CONFIG, '--pack', 'shili']).code).toBe(0);
    const bytes = readFileSync(path.join(site, 'shili.lyx'));
    bytes[sectionOffset(bytes, 0) + 40] ^= 0x5a;
    writeFileSync(path.join(site, 'shili.lyx'), bytes);
    const damaged = run(['check', 'content', '-c', CONFIG]);
    expect(damaged.code).toBe(2);
    expect(damaged.stderr).toBe(`laiyuan: the index shili.lyx is damaged (checksum or layout does not hold): rebuild it with 'laiyuan index build shili-corpus -o shili.lyx -c "${CONFIG}" --pack shili'; index.shili in ${CONFIG} names it\n`);
    const again = run(suggested(damaged.stderr, '<corpus>'));
    expect(again.code, again.stderr).toBe(0);
    const checked = run(['check', 'content', '-c', CONFIG]);
    expect([checked.code, checked.stderr]).toEqual([1, '']);
  });

  it('an index of an older format given with --index and --pack: the rebuild builds that pack with that config', () => {
    expect(run(['index', 'build', 'corpus', '-o', 'archive.lyx', '-c', CONFIG, '--pack', 'cri']).code).toBe(0);
    const bytes = readFileSync(path.join(site, 'archive.lyx'));
    bytes.writeUInt32LE(2, 8);
    writeFileSync(path.join(site, 'archive.lyx'), bytes);
    const old = run(['match', 'content/licensed/2024-01-hanchao-yujing.txt', '-c', CONFIG, '--pack', 'cri', '--index', 'archive.lyx']);
    expect(old.code).toBe(2);
    expect(old.stderr).toContain(`has format version 2, this laiyuan reads versions 3 and 4: rebuild it with 'laiyuan index build corpus -o archive.lyx -c "${CONFIG}" --pack cri'`);
    const again = run(suggested(old.stderr, 'corpus'));
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(run(['index', 'stats', 'archive.lyx', '--format', 'json']).stdout)).toMatchObject({ pack: 'cri', formatVersion: 4 });
  });

  it('an index server schema with no index, or one made empty: the build suggested passes on the corpus and -c, and names the server', () => {
    const s = freshSchema();
    const none = run(['check', 'content', '-c', CONFIG, '--index', s.url]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(`create it with 'laiyuan index migrate --index "${s.url}"' or 'laiyuan index build corpus --index "${s.url}" -c "${CONFIG}"'`);
    expect(run(['index', 'migrate', '--index', s.url]).code).toBe(0);
    const empty = run(['check', 'content', '-c', CONFIG, '--index', s.url]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain(`fill it with 'laiyuan index build corpus --index "${s.url}" -c "${CONFIG}"' or 'laiyuan index push <file> --to "${s.url}"'`);
  });
});

/** The words of a command a message quotes (the first match of `pattern`'s group), as a shell reads them; `laiyuan` left out. */
function pasted(stderr: string, pattern: RegExp): string[] {
  const command = pattern.exec(stderr)?.[1] ?? '';
  expect(command, stderr).toMatch(/^laiyuan /u);
  return execFileSync('sh', ['-c', `printf '%s\\n' ${command}`], { encoding: 'utf8' }).trimEnd().split('\n').slice(1);
}

describe('an index server\'s commands run as printed', () => {
  it('no index in the schema: migrate and build name the server by its URL, a shell word (not <url>, a redirect); pasted, the build fills the index the check then reads', () => {
    const s = freshSchema();
    const none = run(['check', 'content', '-c', CONFIG, '--index', s.url]);
    expect(none.code).toBe(2);
    expect(none.stderr).not.toContain('<url>');
    const built = run(pasted(none.stderr, / or '(laiyuan index build [^']+)'/u));
    expect(built.code, built.stderr).toBe(0);
    expect(built.stdout).toMatch(/^indexed 15 articles from 15 files into postgres:/u);
    // the config's second pack reads its index file
    expect(run(['index', 'build', '-c', CONFIG, '--pack', 'shili']).code).toBe(0);
    const checked = run(['check', 'content', '-c', CONFIG, '--index', s.url]);
    expect([checked.code, checked.stderr]).toEqual([1, '']);
    const other = freshSchema();
    const migrated = run(pasted(run(['check', 'content', '-c', CONFIG, '--index', other.url]).stderr, /create it with '(laiyuan index migrate [^']+)'/u));
    expect(migrated.stdout).toContain(`in postgres://`);
    expect(migrated.stdout).toContain(`schema=${other.schema}`);
  });

  it('an index of an older schema version, told by index push and index stats: the build names the config\'s corpus, -c and --pack, as check\'s does', async () => {
    const s = freshSchema();
    expect(run(['index', 'migrate', '--index', s.url]).code).toBe(0);
    await adminQuery(s.server, `update "${s.schema}".index_meta set schema_version = 1`);
    const again = (pack: string) => `build it again (laiyuan index build ${pack === 'shili' ? 'shili-corpus' : 'corpus'} --index "${s.url}" -c "${CONFIG}"${pack === 'shili' ? ' --pack shili' : ''})`;
    const told = [
      run(['check', 'content', '-c', CONFIG, '--index', s.url]),
      run(['index', 'stats', s.url, '-c', CONFIG]),
    ];
    for (const r of told) expect([r.code, r.stderr]).toEqual([2, expect.stringContaining(`(laiyuan index push <file> --to "${s.url}") or ${again('cri')}`)]);
    expect(run(['index', 'build', '-c', CONFIG, '--pack', 'shili']).code).toBe(0);
    const pushed = run(['index', 'push', 'shili.lyx', '--to', s.url, '-c', CONFIG]);
    expect(pushed.code).toBe(2);
    expect(pushed.stderr).toContain(again('shili'));
    const stats = run(['index', 'stats', s.url, '-c', CONFIG, '--pack', 'shili']);
    expect([stats.code, stats.stderr]).toEqual([2, expect.stringContaining(again('shili'))]);
  });

  it('a damaged index file told by index stats: the rebuild names the config\'s corpus, -c and --pack', () => {
    expect(run(['index', 'build', '-c', CONFIG, '--pack', 'shili']).code).toBe(0);
    const bytes = readFileSync(path.join(site, 'shili.lyx'));
    bytes[sectionOffset(bytes, 0) + 40] ^= 0x5a;
    writeFileSync(path.join(site, 'shili.lyx'), bytes);
    const stats = run(['index', 'stats', 'shili.lyx', '-c', CONFIG, '--pack', 'shili']);
    expect([stats.code, stats.stdout]).toEqual([2, '']);
    expect(stats.stderr).toBe(`laiyuan: the index shili.lyx is damaged (checksum or layout does not hold): rebuild it with 'laiyuan index build shili-corpus -o shili.lyx -c "${CONFIG}" --pack shili'\n`);
  });
});

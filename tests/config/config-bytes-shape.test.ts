// A config given to -c that YAML reads, but not as a config: its keys written as a list
// (`- packs: [cri]`), or its bytes saved as GBK by a Chinese editor. One line naming the file and
// what it should be, exit 2; never the U+FFFD the GBK bytes read as in UTF-8.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { laiyuan } from '../e2e/cli.js';
import { ROOT } from '../helpers/corpus.js';

let site: string;

beforeEach(() => {
  site = mkdtempSync(path.join(tmpdir(), 'laiyuan-config-shape-'));
  cpSync(path.join(ROOT, 'fixtures/demo'), site, { recursive: true });
});

afterEach(() => rmSync(site, { recursive: true, force: true }));

const run = (args: string[]) => laiyuan(['check', 'content', ...args], { cwd: site });

/** The demo config with a comment in Chinese on top, as an editor of the site keeps it. */
function demoConfig(): string {
  return `# 示例新闻网的来源核查配置（国际在线授权转载）\n${readFileSync(path.join(site, 'laiyuan.yaml'), 'utf8')}`;
}

describe('a config that is a list', () => {
  it('its keys written as list items: one line saying a config is a mapping of keys at the start of their lines', () => {
    writeFileSync(path.join(site, 'site.yaml'), '# 站点配置\n- packs: [cri]\n  corpus:\n    cri: [corpus/]\n');
    const r = run(['-c', 'site.yaml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("laiyuan: site.yaml:2:1: expected a mapping of keys to values, got a list: a laiyuan config is a mapping (packs: [cri], corpus:, licences: …), each key at the start of its line with no '- ' before it\n");
  });
});

describe('a config not saved as UTF-8', () => {
  it('GBK (GB18030): one line naming the file and the encoding, no U+FFFD quoted', () => {
    writeFileSync(path.join(site, 'gbk.yaml'), iconv.encode(demoConfig(), 'gb18030'));
    const r = run(['-c', 'gbk.yaml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('laiyuan: gbk.yaml: not UTF-8 (looks like GB18030): save it as UTF-8\n');
  });

  it('the same config in UTF-8 checks as before', () => {
    writeFileSync(path.join(site, 'utf8.yaml'), demoConfig());
    const r = run(['-c', 'utf8.yaml']);
    expect([r.code, r.stderr]).toEqual([1, '']);
  });
});


describe('a pack file not saved as UTF-8', () => {
  const PACK = readFileSync(path.join(ROOT, 'fixtures/config/packs/shili.yaml'), 'utf8');
  const withPack = () => writeFileSync(path.join(site, 'laiyuan.yaml'), demoConfig().replace('  - cri\n', '  - cri\n  - packs/shili.yaml\n'));

  it('GBK (GB18030): one line naming the pack file, where the config names it, and the encoding; no U+FFFD quoted', () => {
    withPack();
    cpSync(path.join(ROOT, 'fixtures/config/packs'), path.join(site, 'packs'), { recursive: true });
    writeFileSync(path.join(site, 'packs/shili.yaml'), iconv.encode(PACK, 'gb18030'));
    const r = run([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('laiyuan: laiyuan.yaml:5:5: the pack file packs/shili.yaml is not UTF-8 (looks like GB18030): save it as UTF-8 (packs[1])\n');
    const shown = laiyuan(['rules', 'show', 'packs/shili.yaml'], { cwd: site });
    expect([shown.code, shown.stderr]).toEqual([2, 'laiyuan: packs/shili.yaml: the pack file packs/shili.yaml is not UTF-8 (looks like GB18030): save it as UTF-8\n']);
  });

  it('the same pack in UTF-8 loads', () => {
    withPack();
    cpSync(path.join(ROOT, 'fixtures/config/packs'), path.join(site, 'packs'), { recursive: true });
    const r = laiyuan(['rules', 'show', '--format', 'json'], { cwd: site });
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { packs: { id: string }[] }).packs.map((p) => p.id)).toEqual(['cri', 'shili']);
  });
});

import { copyFileSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findConfigFile, loadConfig } from '../../src/io/config.js';
import { REPO } from './expectations.js';

let site: string;

beforeEach(() => {
  site = realpathSync(mkdtempSync(path.join(tmpdir(), 'laiyuan-config-')));
});

afterEach(() => {
  rmSync(site, { recursive: true, force: true });
});

function write(relative: string, text: string): string {
  const file = path.join(site, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

const LICENSED = 'packs: [cri]\ncorpus:\n  cri: [archive/cri/]\nlicences:\n  - publisher: cri\n    licensee: 示例新闻网\n    actions: [转载]\n';

describe('findConfigFile', () => {
  it('walks up from a nested folder to the nearest config', () => {
    const top = write('laiyuan.yaml', LICENSED);
    const nested = path.join(site, 'content/2024/03');
    mkdirSync(nested, { recursive: true });
    expect(findConfigFile(nested)).toBe(top);
    const nearer = write('content/.laiyuan.yaml', 'packs: [cri]\n');
    expect(findConfigFile(nested)).toBe(nearer);
    expect(findConfigFile(site)).toBe(top);
  });

  it('prefers laiyuan.yaml, then laiyuan.yml, then .laiyuan.yaml in one folder', () => {
    const hidden = write('.laiyuan.yaml', '');
    expect(findConfigFile(site)).toBe(hidden);
    const yml = write('laiyuan.yml', '');
    expect(findConfigFile(site)).toBe(yml);
    const yaml = write('laiyuan.yaml', '');
    expect(findConfigFile(site)).toBe(yaml);
  });

  it('starts from the folder of a file it is given', () => {
    const top = write('laiyuan.yaml', LICENSED);
    const article = write('content/国际在线北京消息.txt', '来源：国际在线\n');
    expect(findConfigFile(article)).toBe(top);
  });

  it('stops at the filesystem root when there is none', () => {
    mkdirSync(path.join(site, 'a/b'), { recursive: true });
    expect(findConfigFile(path.join(site, 'a/b'))).toBeUndefined();
  });
});

describe('loadConfig', () => {
  it('loads the nearest config above a nested folder, with paths relative to its folder', async () => {
    write('laiyuan.yaml', LICENSED);
    mkdirSync(path.join(site, 'content/2024'), { recursive: true });
    const loaded = await loadConfig({ cwd: path.join(site, 'content/2024') });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    expect(loaded.value.config.root).toBe(site);
    expect(loaded.value.config.corpus).toEqual({ cri: ['archive/cri/'] });
    expect(loaded.value.packs.map((p) => p.id)).toEqual(['cri']);
    expect(loaded.value.config.file).toMatch(/laiyuan\.yaml$/);
    expect(loaded.value.provenance['corpus.cri']).toBe(`${loaded.value.config.file}:3`);
    expect(loaded.value.provenance['licences[0]']).toBe(`${loaded.value.config.file}:5`);
  });

  it('without any config uses the defaults and the built-in cri pack', async () => {
    const loaded = await loadConfig({ cwd: site });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    expect(loaded.value.config.file).toBeUndefined();
    expect(loaded.value.config.root).toBe(site);
    expect(loaded.value.packs.map((p) => [p.id, p.file])).toEqual([['cri', 'rules/cri.yaml']]);
    expect(loaded.value.provenance.packs).toBe('default');
  });

  it('with --config pointing nowhere is an error naming the file', async () => {
    write('laiyuan.yaml', LICENSED);
    const loaded = await loadConfig({ cwd: site, configPath: path.join(site, 'configs/laiyuan.yaml') });
    expect(loaded).toEqual({ ok: false, errors: [{ file: path.join(site, 'configs/laiyuan.yaml'), message: 'config file not found: check the path given to -c, or leave -c out to use the laiyuan.yaml found upwards' }] });
  });

  it('loads a pack named by a path relative to the config, and licences for it', async () => {
    copyFileSync(path.join(REPO, 'fixtures/config/packs/shili.yaml'), write('packs/shili.yaml', ''));
    write('laiyuan.yaml', 'packs: [cri, packs/shili.yaml]\nlicences:\n  - {publisher: shili, licensee: 示例新闻网, actions: [摘编], paths: ["content/**"]}\n');
    const loaded = await loadConfig({ cwd: path.join(site) });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    expect(loaded.value.packs.map((p) => p.id)).toEqual(['cri', 'shili']);
  });

  it('reports the mistakes of a pack file the config names, in that file', async () => {
    write('packs/shili.yaml', 'id: shili\nname: 示例日报\nnotice: [示例日报版权声明]\n');
    write('laiyuan.yaml', 'packs: [packs/shili.yaml]\n');
    const loaded = await loadConfig({ cwd: site });
    if (loaded.ok) throw new Error('expected errors');
    const file = path.join(site, 'packs/shili.yaml');
    expect(loaded.errors[0]).toEqual({ file, line: 1, column: 1, path: 'clauses', message: "missing required key 'clauses'" });
    expect(loaded.errors).toContainEqual({ file, line: 3, column: 9, path: 'notice', message: 'expected a mapping of keys to values, got a list' });
  });

  it('reports a licence for a publisher no loaded pack knows', async () => {
    write('laiyuan.yaml', 'packs: [cri]\nlicences:\n  - publisher: 新华社\n    licensee: 示例新闻网\n    actions: [转载]\n');
    const loaded = await loadConfig({ cwd: site });
    if (loaded.ok) throw new Error('expected errors');
    expect(loaded.errors).toEqual([
      { file: path.join(site, 'laiyuan.yaml'), line: 3, column: 16, path: 'licences[0].publisher', message: "unknown publisher '新华社' (the packs are cri): write one of their ids, or add its pack to packs: (a built-in pack id, a pack file or a notice text)" },
    ]);
  });
});

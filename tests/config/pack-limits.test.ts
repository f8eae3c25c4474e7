// A pack can never hang the checker: thousands of markers, very long ones and markers made of
// slots, thousands of aliases or accepted forms, very long ones, and a pack file far bigger than a
// notice needs are refused with one line each, at the place in the pack, before anything is checked.
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NAME_LIST_LIMITS } from '../../src/core/config/name-lists.js';
import { laiyuan, makeWorkspace, REPRINTS, type Workspace } from '../cli-ci/workspace.js';
import { resolvePack } from '../../src/core/config/pack.js';
import { compileMarkerPatterns, MARKER_LIMITS } from '../../src/core/config/marker-patterns.js';
import { parseYaml } from '../../src/io/yaml-errors.js';
import { findMarkers } from '../../src/core/judge/markers.js';
import { REPO } from './expectations.js';

const CRI = readFileSync(`${REPO}rules/cri.yaml`, 'utf8');

/** rules/cri.yaml with its own-content markers replaced. */
function criWithMarkers(markers: string[]): string {
  const list = markers.map((m) => `    - ${JSON.stringify(m)}`).join('\n');
  const replaced = CRI.replace(/(ownContent:\n(?:  .*\n)*?  markers:\n)(?:    - .*\n)+/u, `$1${list}\n`);
  expect(replaced).not.toBe(CRI);
  return replaced;
}

function load(text: string) {
  const parsed = parseYaml(text, 'packs/hostile.yaml');
  if (!parsed.ok) return parsed;
  return resolvePack(parsed.value.data, 'packs/hostile.yaml', parsed.value.locate);
}

function errorsOf(text: string): string[] {
  const loaded = load(text);
  if (loaded.ok) throw new Error('expected the pack to be refused');
  return loaded.errors.map((e) => `${e.line}:${e.column} ${e.message}`);
}

describe('pack marker limits', () => {
  it('rules/cri.yaml stays within them', () => {
    expect(load(CRI).ok).toBe(true);
  });

  it('2,000 markers of 20 {place} slots: one error for the list, at its line', () => {
    const started = Date.now();
    const errors = errorsOf(criWithMarkers(Array.from({ length: 2000 }, (_, i) => `国际在线${'{place}'.repeat(20)}消息${i}`)));
    expect(errors).toEqual([expect.stringMatching(/^\d+:\d+ 2000 markers is too many: at most 200/)]);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('a marker of 5,000 characters, and one of three slots: an error each, naming it', () => {
    const errors = errorsOf(criWithMarkers(['国际在线专稿', '国'.repeat(5000), '国际在线{place}{place}{place}消息']));
    expect(errors).toEqual([
      expect.stringMatching(/^\d+:\d+ '国{30}…' is 5000 characters long: a marker has at most 60$/),
      expect.stringMatching(/^\d+:\d+ '国际在线\{place\}\{place\}\{place\}消息' has 3 slots: a marker has at most 2$/),
    ]);
  });

  it('third-party words are held to the same bounds', () => {
    const text = CRI.replace(/(thirdPartyException:\n(?:  .*\n)*?  markers:\n)(?:    - .*\n)+/u, `$1    - ${'第三方'.repeat(30)}\n`);
    expect(errorsOf(text)).toEqual([expect.stringMatching(/is 90 characters long: a marker has at most 60$/)]);
  });

  it('markers at the limits still match in time linear in the text', async () => {
    const markers = Array.from({ length: MARKER_LIMITS.markers }, (_, i) => `国际在线{place}${i}{place}消息`.slice(0, MARKER_LIMITS.characters));
    const loaded = load(criWithMarkers(markers));
    if (!loaded.ok) throw new Error(loaded.errors[0].message);
    expect(compileMarkerPatterns(markers).every((m) => m.ok)).toBe(true);
    const hostile = '国际在线吉林，'.repeat(5000);
    const cost = (text: string) => {
      const start = performance.now();
      findMarkers(text, loaded.value);
      return performance.now() - start;
    };
    cost(hostile);
    const ratio = Math.min(cost(hostile + hostile + hostile + hostile), cost(hostile + hostile + hostile + hostile)) / Math.min(cost(hostile), cost(hostile));
    expect(ratio).toBeLessThan(10);
    expect(findMarkers(`${hostile}国际在线北京7长春消息`, loaded.value).map((h) => h.value)).toEqual(['国际在线北京7长春消息']);
  });
});

/** rules/cri.yaml with the list under `key` (aliases, accepted) replaced. */
function criWithList(key: 'aliases' | 'accepted', names: string[]): string {
  const list = names.map((m) => `    - ${JSON.stringify(m)}`).join('\n');
  const replaced = CRI.replace(new RegExp(`(  ${key}:\\n)(?:    - .*\\n)+`, 'u'), `$1${list}\n`);
  expect(replaced).not.toBe(CRI);
  return replaced;
}

/** The line of rules/cri.yaml where `aliases:` stands. */
const aliasesLine = CRI.split('\n').findIndex((l) => l === '  aliases:') + 1;

describe('pack name-list limits', () => {
  it('5,000 aliases (国际在线吉林频道0 …): one error for the list, at its key', () => {
    const errors = errorsOf(criWithList('aliases', Array.from({ length: 5000 }, (_, i) => `国际在线吉林频道${i}`)));
    expect(errors).toEqual([`${aliasesLine}:3 5000 aliases is too many: at most ${NAME_LIST_LIMITS.items} (keep the names the publisher is really credited by)`]);
  });

  it('an accepted form of 3,000 characters: an error naming it and the key; forms within the limit pass', () => {
    const errors = errorsOf(criWithList('accepted', ['来源：国际在线', `来源：国际在线${'网'.repeat(2993)}`]));
    expect(errors).toEqual([expect.stringMatching(/^\d+:\d+ '来源：国际在线网{23}…' is 3000 characters long: a name in attribution\.accepted has at most 60$/)]);
    const atLimits = criWithList('accepted', Array.from({ length: NAME_LIST_LIMITS.items }, (_, i) => `来源：国际在线${i}`.padEnd(NAME_LIST_LIMITS.characters, '网')));
    expect(load(atLimits).ok).toBe(true);
  });
});

describe('a hostile pack through the CLI', () => {
  let ws: Workspace;
  beforeAll(() => {
    ws = makeWorkspace({ content: { 'content/a.txt': REPRINTS.none } });
  });
  afterAll(() => rmSync(ws.dir, { recursive: true, force: true }));

  it('too many aliases: one line naming the pack file, the line and the key; exit 2, nothing checked', () => {
    ws.write('packs/hostile.yaml', criWithList('aliases', Array.from({ length: 5000 }, (_, i) => `国际在线分站${i}`)));
    ws.write('hostile.yaml', 'packs: [./packs/hostile.yaml]\ncorpus:\n  cri: [corpus/]\n');
    const run = laiyuan(ws.dir, ['check', 'content', '--config', 'hostile.yaml']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^laiyuan: packs/hostile\\.yaml:${aliasesLine}:3: 5000 aliases is too many: at most 50 .*\\(publisher\\.aliases\\)$`))]);
  });

  it('a pack file over 256 kB is not read: one line saying so', () => {
    ws.write('packs/huge.yaml', criWithList('aliases', Array.from({ length: 20000 }, (_, i) => `国际在线分站${i}`)));
    ws.write('huge.yaml', 'packs: [./packs/huge.yaml]\ncorpus:\n  cri: [corpus/]\n');
    const run = laiyuan(ws.dir, ['check', 'content', '--config', 'huge.yaml']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^laiyuan: huge\.yaml:1:\d+: the pack file .*huge\.yaml is over 256 kB, far more than a notice needs .*: not read; keep its lists to the words that matter/)]);
  });
});

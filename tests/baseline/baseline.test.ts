import { beforeAll, describe, expect, it } from 'vitest';
import { buildBaseline, newFindings, parseBaseline, pruneBaseline, serializeBaseline } from '../../src/core/suppress/baseline.js';
import type { Project } from '../../src/core/judge/check-document.js';
import { parseDocuments } from '../../src/core/read/index.js';
import type { Finding } from '../../src/core/judge/types.js';
import { fixture } from '../helpers/docs.js';
import { edited } from './edited.js';
import { criProject, engineFindings, parseOne } from '../suppressions/project.js';

const R03 = fixture('reuse/r03-dunhuang-wrong-source.html');
const R04 = fixture('reuse/r04-changbaishan-no-attribution.txt');
const R01 = fixture('reuse/r01-zhongou-banlie-dongbeiwang.txt');
const key = (file: string) => file.replace(/^\.\//u, '');

let project: Project;
let findings: Finding[];
beforeAll(async () => {
  project = await criProject();
  findings = [
    ...engineFindings([parseOne(R03, 'content/dunhuang.html', 'html')], project),
    ...engineFindings([parseOne(R04, 'content/changbaishan.txt', 'text')], project),
  ];
});

describe('baseline of real findings', () => {
  it('records each finding by file and fingerprint, in a stable order', () => {
    const baseline = buildBaseline(findings, key);
    expect(baseline.entries.map((e) => [e.file, e.ruleId, e.count])).toEqual([
      ['content/changbaishan.txt', 'unauthorized-reuse', 1],
      ['content/dunhuang.html', 'unauthorized-reuse', 1],
      ['content/dunhuang.html', 'wrong-source', 1],
    ].sort((a, b) => (`${a[0]}${a[1]}` < `${b[0]}${b[1]}` ? -1 : 1)));
    expect(buildBaseline([...findings].reverse(), key)).toEqual(baseline);
  });

  it('knows the findings again after lines moved, whitespace changed and line endings became CRLF', () => {
    const baseline = buildBaseline(findings, key);
    const moved = [
      ...engineFindings([parseOne(edited(R03), 'content/dunhuang.html', 'html')], project),
      ...engineFindings([parseOne(edited(R04), 'content/changbaishan.txt', 'text')], project),
    ];
    expect(moved.map((f) => f.line)).not.toEqual(findings.map((f) => f.line));
    expect(newFindings(moved, baseline, key)).toEqual([]);
  });

  it('reports a genuinely new violation, and the same one in another file', () => {
    const baseline = buildBaseline(findings, key);
    const added = engineFindings([parseOne(R01, 'content/zhongou.txt', 'text')], project);
    expect(added.map((f) => f.ruleId)).toEqual(['unauthorized-reuse']);
    expect(newFindings([...findings, ...added], baseline, key)).toEqual(added);
    const copied = engineFindings([parseOne(R04, 'content/changbaishan-copy.txt', 'text')], project);
    expect(newFindings(copied, baseline, key).map((f) => f.file)).toEqual(['content/changbaishan-copy.txt']);
  });

  it('counts: a second identical reuse in the same file is new until the baseline records two', () => {
    const body = R04.split('\n').slice(3).join('\n');
    const record = JSON.stringify({ title: '长白山国际滑雪节开幕', date: '2022-12-10', text: body });
    const docs = (n: number) => parseDocuments(Array(n).fill(record).join('\n'), 'content/feed.jsonl', 'jsonl').documents;
    const one = engineFindings(docs(1), project);
    const two = engineFindings(docs(2), project);
    expect(two.map((f) => f.fingerprint)).toEqual([one[0].fingerprint, one[0].fingerprint]);
    expect(newFindings(two, buildBaseline(one, key), key)).toHaveLength(1);
    expect(buildBaseline(two, key).entries).toMatchObject([{ file: 'content/feed.jsonl', count: 2 }]);
    expect(newFindings(two, buildBaseline(two, key), key)).toEqual([]);
  });

  it('prunes what no longer occurs in checked files and entries of deleted files, and keeps the rest', () => {
    const baseline = buildBaseline(findings, key);
    const dunhuangOnly = findings.filter((f) => f.file === 'content/dunhuang.html' && f.ruleId === 'unauthorized-reuse');
    const checked = new Set(['content/dunhuang.html']);
    const kept = pruneBaseline(baseline, dunhuangOnly, key, checked, () => true);
    expect(kept.removed).toBe(1);
    expect(kept.baseline.entries.map((e) => `${e.file} ${e.ruleId}`)).toEqual(['content/changbaishan.txt unauthorized-reuse', 'content/dunhuang.html unauthorized-reuse']);
    const gone = pruneBaseline(baseline, dunhuangOnly, key, checked, (file) => file !== 'content/changbaishan.txt');
    expect(gone.removed).toBe(2);
    expect(gone.baseline.entries.map((e) => e.file)).toEqual(['content/dunhuang.html']);
  });
});

describe('baseline files', () => {
  it('round-trips through its JSON, with a BOM too', () => {
    const baseline = buildBaseline(findings, key);
    const text = serializeBaseline(baseline);
    expect(JSON.parse(text)).toEqual({ version: 1, entries: baseline.entries });
    expect(parseBaseline(text, 'baseline.json')).toEqual({ ok: true, value: baseline });
    expect(parseBaseline(`\uFEFF${text}`, 'baseline.json')).toEqual({ ok: true, value: baseline });
  });

  it('says where JSON is broken, by line and column', () => {
    const text = '{\n  "version": 1,\n  "entries": [\n    {"fingerprint": "f6d0b80d23d948f1", "ruleId": "wrong-source", "file": "content/a.html", "count": 1},\n  ]\n}\n';
    const parsed = parseBaseline(text, '.laiyuan-baseline.json');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[0]).toMatchObject({ file: '.laiyuan-baseline.json', line: 5, column: 3 });
  });

  it('names each wrong key by its path', () => {
    const wrong = (data: unknown) => {
      const parsed = parseBaseline(JSON.stringify(data), 'b.json');
      return parsed.ok ? [] : parsed.errors.map((e) => `${e.path ?? ''}: ${e.message}`);
    };
    expect(wrong([])).toEqual([': expected an object with "version" and "entries"']);
    expect(wrong({ version: 2, entries: [] })).toEqual(['version: expected 1, got 2']);
    expect(wrong({ version: 1, entries: [{ fingerprint: 'f6d0b80d23d948f1', ruleId: 'wrong-source', file: '来源/文章.html', count: 0 }, 'x'] })).toEqual([
      'entries[0].count: expected a whole number of 1 or more',
      'entries[1]: expected an object with fingerprint, ruleId, file and count',
    ]);
  });
});

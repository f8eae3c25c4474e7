// One answer: `match` and `check` run the same detection with the same options. Over every
// derived fixture (reuse, scattered excerpts, paraphrase, negatives, credit position and dates), each article check judges is
// one match reports, with the same kind, coverage and passages, and every own article of the
// publisher that match reports is judged by check (no licence: a finding for it is certain).
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus.js';
import { laiyuan } from './cli.js';

interface PassageJson { line: number; column: number; endLine: number; endColumn: number; sourceLine: number; sourceColumn: number }
interface ReuseJson { kind: string; coverage: number; passages: PassageJson[] }
interface MatchJson { file: string; reuses: Array<ReuseJson & { source: { articleId: string; origin: string } }> }
interface FindingJson { file: string; ruleId: string; source: { articleId: string } | null; reuse: ReuseJson | null }

const DIRS = ['fixtures/reuse', 'fixtures/scattered', 'fixtures/paraphrase', 'fixtures/negatives', 'fixtures/structure'];
const files = DIRS.flatMap((d) => readdirSync(path.join(ROOT, d)).filter((f) => /\.(txt|md|html)$/u.test(f) && f !== 'README.md').map((f) => `${d}/${f}`));
const dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-agree-'));
const config = path.join(dir, 'laiyuan.yaml');
writeFileSync(config, `packs: [cri]\ncorpus:\n  cri: ['${path.join(ROOT, 'fixtures/corpus/cri')}', '${path.join(ROOT, 'fixtures/seed')}']\n`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const shape = (r: ReuseJson) => ({ kind: r.kind, coverage: Math.round(r.coverage * 1000) / 1000, passages: r.passages.map((p) => [p.line, p.column, p.endLine, p.endColumn, p.sourceLine, p.sourceColumn]) });

describe('match and check agree on every fixture', () => {
  const matched = JSON.parse(laiyuan(['match', ...files, '--config', config, '--format', 'json']).stdout) as MatchJson[];
  const checked = JSON.parse(laiyuan(['check', ...files, '--config', config, '--format', 'json', '--date', '2025-06-01']).stdout) as { findings: FindingJson[] };

  it('both read every file', () => {
    expect(matched.map((m) => m.file).sort()).toEqual([...files].sort());
    expect(files.length).toBeGreaterThanOrEqual(120);
  });

  it.each(files)('%s', (file) => {
    const reuses = matched.find((m) => m.file === file)?.reuses ?? [];
    const findings = checked.findings.filter((f) => f.file === file && f.source);
    for (const f of findings) {
      const same = reuses.find((r) => r.source.articleId === f.source?.articleId);
      expect(same, `${f.ruleId} on ${f.source?.articleId}: match reports that article`).toBeDefined();
      expect(shape(f.reuse!)).toEqual(shape(same!));
    }
    for (const r of reuses.filter((x) => x.source.origin === '国际在线')) {
      expect(findings.some((f) => f.source?.articleId === r.source.articleId), `check judges ${r.source.articleId}`).toBe(true);
    }
  });
});

import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fixture } from '../helpers/docs.js';
import { expectedErrors, REPO } from './expectations.js';

const MAIN = `${REPO}dist/cli/main.js`;
const DEMO = `${REPO}fixtures/demo`;

function laiyuan(args: string[], cwd = REPO) {
  const run = spawnSync(process.execPath, [MAIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LAIYUAN_DEBUG: '' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The notice's paragraphs by clause: '3、…' starts clause 3, a paragraph without a number continues it. */
function noticeClauses(): Map<number, string[]> {
  const clauses = new Map<number, string[]>();
  let current = 0;
  for (const paragraph of fixture('notices/cri.txt').split(/\n\s*\n/).slice(1)) {
    const m = /^(\d+)、/.exec(paragraph);
    if (m) current = Number(m[1]);
    clauses.set(current, [...(clauses.get(current) ?? []), paragraph.replace(/^\d+、/, '').trim()]);
  }
  return clauses;
}

describe('laiyuan config print', () => {
  it('prints the demo config as YAML, each value with its origin', () => {
    const run = laiyuan(['config', 'print'], DEMO);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines).toContain('# config: laiyuan.yaml');
    expect(lines).toContain('packs: # laiyuan.yaml:2');
    expect(lines).toContain('  cri: # laiyuan.yaml:7');
    expect(lines).toContain('  # laiyuan.yaml:11');
    expect(lines).toContain('  k: 8 # default');
    expect(lines).toContain('ignore: [] # default');
    const printed = parse(run.stdout) as Record<string, unknown>;
    expect(printed.licences).toEqual([
      { publisher: 'cri', licensee: '示例新闻网', actions: ['转载'], validFrom: '2024-01-01', validTo: '2026-12-31', paths: ['content/licensed/**'], agreement: 'CRI-2024-017' },
    ]);
  });

  it('prints JSON with the provenance of every value', () => {
    const run = laiyuan(['config', 'print', '--format', 'json'], DEMO);
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as { file: string; config: { corpus: unknown }; packs: { id: string }[]; provenance: Record<string, string> };
    expect(printed.file).toBe('laiyuan.yaml');
    expect(printed.config.corpus).toEqual({ cri: ['corpus/'] });
    expect(printed.packs.map((p) => p.id)).toEqual(['cri']);
    expect(printed.provenance).toMatchObject({ packs: 'laiyuan.yaml:2', 'corpus.cri': 'laiyuan.yaml:7', 'licences[0]': 'laiyuan.yaml:11', 'match.window': 'default', rules: 'default' });
  });

  it('reports every error of a broken config on one line each, exit code 2, no stack trace', () => {
    const file = 'fixtures/config/invalid/several.yaml';
    const run = laiyuan(['config', 'print', '--config', file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toEqual(expectedErrors(file).map((e) => `laiyuan: ${file}:${e}`));
  });

  it('tells every mistake of a licence entry in one run: its missing licensee and its unknown publisher, exit code 2', () => {
    const file = 'fixtures/config/invalid/licence-entry.yaml';
    const run = laiyuan(['check', 'fixtures/demo/content', '--config', file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toEqual(expectedErrors(file).map((e) => `laiyuan: ${file}:${e}`));
    expect(lines.map((line) => /^laiyuan: [^:]+:(\d+):(\d+): .*: (add|write) /u.test(line) || line.includes('write YYYY-MM-DD'))).toEqual([true, true, true]);
  });

  it('names a --config file that does not exist', () => {
    const run = laiyuan(['config', 'print', '--config', 'configs/不存在.yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('laiyuan: configs/不存在.yaml: config file not found: check the path given to -c, or leave -c out to use the laiyuan.yaml found upwards\n');
  });
});

describe('laiyuan rules show', () => {
  it('prints all five clauses of the 国际在线 notice word for word, with the entries resting on each', () => {
    const run = laiyuan(['rules', 'show', 'cri']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const clauses = noticeClauses();
    expect([...clauses.keys()]).toEqual([1, 2, 3, 4, 5]);
    for (const [number, paragraphs] of clauses) {
      const start = run.stdout.indexOf(`Clause ${number}\n`);
      expect(start, `clause ${number}`).toBeGreaterThanOrEqual(0);
      for (const paragraph of paragraphs) expect(run.stdout.indexOf(`  ${paragraph}\n`, start)).toBeGreaterThan(start);
    }
    expect(run.stdout).toContain('  → attribution: cite 「来源:国际在线」 (also accepted: 「来源：国际在线」, 「来源: 国际在线」), at the top: under the headline, before the body text (the pack\'s position: top; the notice does not say where)');
    expect(run.stdout).toContain('  → contact: questions about content or rights within 30 days');
  });

  it('prints JSON with each clause and the entries and rules that enforce it', () => {
    const run = laiyuan(['rules', 'show', 'cri', '--format', 'json']);
    expect(run.code).toBe(0);
    const { packs } = JSON.parse(run.stdout) as { packs: { id: string; clauses: { number: number; text: string; entries: { name: string; rules: string[] }[] }[] }[] };
    expect(packs.map((p) => p.id)).toEqual(['cri']);
    const byNumber = new Map(packs[0].clauses.map((c) => [c.number, c]));
    expect(byNumber.get(2)?.entries).toEqual([expect.objectContaining({ name: 'restricted', rules: ['unauthorized-reuse', 'predates-source'] })]);
    expect(byNumber.get(3)?.entries.map((e) => e.name)).toEqual(['attribution', 'ownContent', 'thirdPartyException', 'licensing.scope', 'licensing.agreement']);
    expect(byNumber.get(3)?.text.split('\n\n')).toEqual(noticeClauses().get(3));
  });

  it('shows the packs of the config when no pack is named', () => {
    const run = laiyuan(['rules', 'show'], DEMO);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('国际在线 (cri): 国际在线版权与信息产品内容销售的声明\n')).toBe(true);
  });

  it('suggests the nearest pack for a misspelt id, exit code 2', () => {
    const run = laiyuan(['rules', 'show', 'crl']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("laiyuan: crl: unknown pack 'crl', did you mean 'cri'?\n");
  });
});

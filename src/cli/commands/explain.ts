import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { enforcedClauses, markdownSection } from '../../core/judge/rule-docs.js';
import type { Pack, RuleSetting } from '../../core/config/types.js';
import type { RuleMeta } from '../../core/judge/types.js';
import { unknownName } from '../../core/config/validation.js';
import { loadConfig } from '../../io/config.js';
import { RULES } from '../../rules/index.js';
import { notRunning } from '../../core/judge/rule-needs.js';
import { UserError } from '../errors.js';
import { PACKAGE_ROOT } from '../../io/package-root.js';
import { configErrorLines, ruleMetas } from '../shared.js';

const DOCS = new URL('docs/rules/', PACKAGE_ROOT);

export function registerExplainCommand(program: Command): void {
  program
    .command('explain')
    .description('explain a rule: what it checks, the clauses it enforces, examples and how to fix')
    .argument('[rule]', 'rule id, e.g. wrong-source (without one: list the rules)')
    .option('-c, --config <file>', 'config whose packs to quote (default: laiyuan.yaml found from here upwards, else the built-in packs)')
    .action(async (id: string | undefined, flags: { config?: string }) => {
      process.exitCode = await runExplain(id, flags.config);
    });
}

async function runExplain(id: string | undefined, configPath: string | undefined): Promise<number> {
  const metas = ruleMetas();
  if (id === undefined) {
    process.stdout.write(ruleList(metas));
    return 0;
  }
  const meta = metas.find((m) => m.id === id);
  if (!meta) throw new UserError(unknownName('rule', id, metas.map((m) => m.id)));
  const loaded = await loadConfig({ cwd: process.cwd(), configPath });
  if (!loaded.ok) {
    process.stderr.write(configErrorLines(loaded.errors));
    return 2;
  }
  const page = await docsPage(id);
  process.stdout.write(explanation(meta, loaded.value.packs, loaded.value.config.rules[id], page));
  return 0;
}

async function docsPage(id: string): Promise<string | undefined> {
  try {
    return await readFile(fileURLToPath(new URL(`${id}.md`, DOCS)), 'utf8');
  } catch {
    return undefined;
  }
}

function ruleList(metas: readonly RuleMeta[]): string {
  const width = Math.max(...metas.map((m) => m.id.length));
  const lines = metas.map((m) => `  ${m.id.padEnd(width)}  ${m.defaultSeverity.padEnd(7)}  ${m.description}`);
  return `Rules (laiyuan explain <rule> for one of them):\n${lines.join('\n')}\n`;
}

function explanation(meta: RuleMeta, packs: readonly Pack[], setting: RuleSetting | undefined, page: string | undefined): string {
  const configured = setting && setting !== meta.defaultSeverity ? `; ${setting} in the config` : '';
  const out = [`${meta.id} (${meta.defaultSeverity} by default${configured})`, meta.description, '', 'Clauses it enforces'];
  out.push(...clauseLines(meta.id, packs), '');
  for (const heading of ['Examples', 'How to fix']) {
    const body = page && markdownSection(page, heading);
    if (body) out.push(heading, ...terminalLines(body), '');
  }
  if (!page) out.push(`(the docs page was not found beside laiyuan; read it online)`, '');
  out.push(`Docs: ${meta.docs}`);
  return `${out.join('\n')}\n`;
}

function clauseLines(id: string, packs: readonly Pack[]): string[] {
  const rule = RULES.find((r) => r.id === id);
  if (!rule) return ['  none: this rule checks laiyuan\'s own laiyuan-disable comments, not a publisher\'s notice'];
  const lines: string[] = [];
  for (const pack of packs) {
    lines.push(`  ${pack.name} (${pack.id}): ${pack.notice.title ?? `${pack.name}'s notice`}`);
    const idle = notRunning(rule, pack);
    if (idle) lines.push(`    (${idle})`);
    const clauses = enforcedClauses(pack, rule.clauseKinds);
    if (clauses.length === 0) lines.push('    (no clause of this pack is enforced by this rule)');
    for (const { clause, entries } of clauses) {
      lines.push(`    Clause ${clause.number}`);
      for (const e of entries) lines.push(`      → ${e.name}: ${e.summary}`);
      for (const text of clause.quote.split(/\r?\n/u)) if (text.trim() !== '') lines.push(`      ${text}`);
    }
  }
  return lines;
}

/** A Markdown section made readable on a terminal: fences dropped, code indented, sub-headings as labels. */
function terminalLines(markdown: string): string[] {
  const out: string[] = [];
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/u.test(line)) fenced = !fenced;
    else if (fenced) out.push(line === '' ? '' : `      ${line}`);
    else if (/^###+\s/u.test(line)) out.push(`  ${line.replace(/^#+\s*/u, '')}:`);
    else out.push(line === '' ? '' : `  ${line}`);
  }
  return out;
}

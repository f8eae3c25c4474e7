import { Command, Option } from 'commander';
import { packEntries } from '../../core/config/pack-entries.js';
import type { Pack } from '../../core/config/types.js';
import { loadConfig } from '../../io/config.js';
import { loadPack } from '../../io/packs.js';
import { RULES } from '../../rules/index.js';
import { notRunning } from '../../core/judge/rule-needs.js';
import { configErrorLines } from '../shared.js';
import { recompileHints } from '../recompile-hint.js';
import { registerCompileCommand } from './rules-compile.js';

interface ShowFlags {
  config?: string;
  format: 'text' | 'json';
}

export function registerRulesCommand(program: Command): void {
  const rules = program.command('rules').description('show the rule packs: what each publisher\'s notice says; compile a notice into one');
  registerCompileCommand(rules);
  rules
    .command('show', { isDefault: true })
    .description('print a pack\'s clauses, word for word, and the entries that enforce each (the default: `laiyuan rules`)')
    .argument('[pack]', 'built-in pack id (e.g. cri) or pack file; default: the packs of the config')
    .option('-c, --config <file>', 'config file whose packs to show when no pack is named')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (ref: string | undefined, flags: ShowFlags) => {
      const cwd = process.cwd();
      const loaded = ref ? await packOfConfigOrRef(ref, cwd, flags.config) : await loadConfig({ cwd, configPath: flags.config });
      if (!loaded.ok) {
        process.stderr.write(configErrorLines(loaded.errors));
        process.exitCode = 2;
        return;
      }
      const packs = 'packs' in loaded.value ? loaded.value.packs : [loaded.value];
      const hints = await recompileHints(packs, cwd);
      if (hints !== '') process.stderr.write(hints);
      const views = packs.map(packView);
      process.stdout.write(flags.format === 'json' ? `${JSON.stringify({ packs: views }, null, 2)}\n` : views.map(packText).join('\n'));
    });
}

/** A pack the config loads under that id (e.g. from a file), else a built-in id or a path. */
async function packOfConfigOrRef(ref: string, cwd: string, config?: string) {
  const loaded = await loadConfig({ cwd, configPath: config });
  const mine = loaded.ok ? loaded.value.packs.find((p) => p.id === ref) : undefined;
  return mine ? { ok: true as const, value: mine } : loadPack(ref, cwd);
}

interface ClauseView {
  number: number;
  text: string;
  entries: { name: string; summary: string; rules: string[] }[];
}

interface PackView {
  id: string;
  name: string;
  file: string;
  notice: string;
  clauses: ClauseView[];
  /** Rules that do not run for this pack (or not on reprinted content), and why. */
  notRunning: { rule: string; reason: string }[];
}

function packView(pack: Pack): PackView {
  const entries = packEntries(pack);
  const clauses = pack.clauses.map((clause) => ({
    number: clause.number,
    text: clause.quote,
    entries: entries
      .filter((e) => e.clause === clause.number)
      .map((e) => ({ name: e.name, summary: e.summary, rules: RULES.filter((r) => r.clauseKinds.includes(e.name)).map((r) => r.id) })),
  }));
  const idle = RULES.flatMap((rule) => {
    const reason = notRunning(rule, pack);
    return reason ? [{ rule: rule.id, reason }] : [];
  });
  return { id: pack.id, name: pack.name, file: pack.file, notice: pack.notice.title ?? `${pack.name}'s notice`, clauses, notRunning: idle };
}

function packText(view: PackView): string {
  const lines = [`${view.name} (${view.id}): ${view.notice}`, `  from ${view.file}`, ''];
  for (const clause of view.clauses) {
    lines.push(`Clause ${clause.number}`);
    for (const line of clause.text.split(/\r?\n/)) lines.push(line === '' ? '' : `  ${line}`);
    if (clause.entries.length === 0) lines.push('  (no entry of the pack rests on this clause)');
    for (const entry of clause.entries) {
      const rules = entry.rules.length > 0 ? ` [rules: ${entry.rules.join(', ')}]` : '';
      lines.push(`  → ${entry.name}: ${entry.summary}${rules}`);
    }
    lines.push('');
  }
  for (const idle of view.notRunning) lines.push(idle.reason);
  if (view.notRunning.length > 0) lines.push('');
  return `${lines.join('\n')}`;
}

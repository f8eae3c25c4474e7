// Inline suppressions: which findings a file's laiyuan-disable comments silence, and what is
// wrong with the comments themselves.
import type { Document } from '../read/types.js';
import type { Finding, RuleMeta } from '../judge/types.js';
import type { RuleSetting } from '../config/types.js';
import type { Severity } from '../shared/types.js';
import { DIRECTIVE_KINDS, parseDirectives, type Directive } from './directives.js';
import { stableHash } from '../shared/stable-hash.js';
import { documentRange } from '../read/positions.js';
import { docsUrl } from '../judge/rule.js';
import { closeName } from '../config/validation.js';

export const DIRECTIVE_RULE = 'laiyuan-directive';
export const UNUSED_DIRECTIVE_RULE = 'unused-disable-directive';

/** The rules the suppression layer reports, beside the rules of the engine. */
export const DIRECTIVE_RULES: readonly RuleMeta[] = Object.freeze([
  {
    id: DIRECTIVE_RULE,
    description: 'A laiyuan-disable comment gives no reason, or names a rule or directive that does not exist.',
    docs: docsUrl(DIRECTIVE_RULE),
    defaultSeverity: 'error',
  },
  {
    id: UNUSED_DIRECTIVE_RULE,
    description: 'A laiyuan-disable comment suppresses nothing (reported with --report-unused-disable-directives).',
    docs: docsUrl(UNUSED_DIRECTIVE_RULE),
    defaultSeverity: 'warning',
  },
]);

export interface SuppressionOptions {
  /** Rule ids a directive may name. */
  ruleIds: readonly string[];
  /** --report-unused-disable-directives */
  reportUnused: boolean;
  /** The config's rule settings, for the severity of what this layer reports. */
  settings: Readonly<Record<string, RuleSetting>>;
}

/** A set of rule ids; `all` means every rule except `ids`. */
interface RuleSet {
  all: boolean;
  ids: ReadonlySet<string>;
}

/** Lines (1-based, of the file) where a directive silences the rules of `rules`. */
interface Cover {
  doc: Document;
  directive: Directive;
  from: number;
  to: number;
  rules: RuleSet;
  /** Without a reason a directive covers lines but silences nothing. */
  valid: boolean;
}

interface Problem {
  doc: Document;
  directive: Directive;
  ruleId: string;
  message: string;
  remedy: string;
}

/**
 * The findings of one file that its directives leave standing, followed by what is wrong with the
 * directives. A finding is silenced when a directive with a reason covers its first line.
 */
export function applySuppressions(documents: readonly Document[], findings: readonly Finding[], options: SuppressionOptions): Finding[] {
  const covers: Cover[] = [];
  const problems: Problem[] = [];
  for (const doc of documents) readDirectives(doc, options.ruleIds, covers, problems);
  const touched = new Map<Directive, Finding>();
  const used = new Set<Directive>();
  const kept = findings.filter((finding) => {
    let silenced = false;
    for (const cover of covers) {
      if (finding.line < cover.from || finding.line > cover.to || !inSet(cover.rules, finding.ruleId)) continue;
      if (!touched.has(cover.directive)) touched.set(cover.directive, finding);
      if (cover.valid) {
        used.add(cover.directive);
        silenced = true;
      }
    }
    return !silenced;
  });
  if (options.reportUnused) problems.push(...unusedProblems(covers, used));
  // pushed on the findings kept, not spread with a flatMap's (holey) array: a deopt where it is read
  for (const p of problems) {
    const severity = severityOf(p.ruleId, options.settings);
    if (severity) kept.push(problemFinding(p, severity, touched.get(p.directive)?.pack ?? 'laiyuan'));
  }
  return kept;
}

function readDirectives(doc: Document, ruleIds: readonly string[], covers: Cover[], problems: Problem[]): void {
  const first = doc.lineOffset + 1;
  const last = documentRange(doc, { start: doc.raw.length, end: doc.raw.length }).line;
  let open: Cover[] = [];
  for (const directive of parseDirectives(doc)) {
    problems.push(...problemsOf(doc, directive, ruleIds));
    const rules = ruleSetOf(directive, ruleIds);
    if (directive.kind === null || !rules) continue;
    const { line, endLine } = documentRange(doc, directive.span);
    const cover = { doc, directive, rules, valid: directive.reason !== null };
    if (directive.kind === 'disable-line') covers.push({ ...cover, from: line, to: endLine });
    else if (directive.kind === 'disable-next-line') covers.push({ ...cover, from: endLine + 1, to: endLine + 1 });
    else if (directive.kind === 'disable-file') covers.push({ ...cover, from: first, to: last });
    else if (directive.kind === 'disable') open.push({ ...cover, from: line, to: last });
    else open = enable(open, rules, line, covers);
  }
  covers.push(...open);
}

/** Closes the open blocks at `line`; what `rules` does not re-enable stays open from there. */
function enable(open: readonly Cover[], rules: RuleSet, line: number, covers: Cover[]): Cover[] {
  const still: Cover[] = [];
  for (const block of open) {
    covers.push({ ...block, to: line - 1 });
    const rest = minus(block.rules, rules);
    if (rest.all || rest.ids.size > 0) still.push({ ...block, from: line, rules: rest });
  }
  return still;
}

/** The known rules a directive names; undefined when it names rules and none is known. */
function ruleSetOf(directive: Directive, ruleIds: readonly string[]): RuleSet | undefined {
  if (directive.rules.length === 0) return { all: true, ids: new Set() };
  const known = directive.rules.filter((r) => ruleIds.includes(r));
  return known.length > 0 ? { all: false, ids: new Set(known) } : undefined;
}

function inSet(set: RuleSet, id: string): boolean {
  return set.all !== set.ids.has(id);
}

function minus(a: RuleSet, b: RuleSet): RuleSet {
  const { ids: x } = a;
  const { ids: y } = b;
  if (a.all && b.all) return { all: false, ids: new Set([...y].filter((id) => !x.has(id))) };
  if (a.all) return { all: true, ids: new Set([...x, ...y]) };
  return { all: false, ids: new Set([...x].filter((id) => !inSet(b, id))) };
}

function problemsOf(doc: Document, directive: Directive, ruleIds: readonly string[]): Problem[] {
  const problem = (message: string, remedy: string): Problem => ({ doc, directive, ruleId: DIRECTIVE_RULE, message, remedy });
  if (directive.kind === null) {
    const kinds = DIRECTIVE_KINDS.map((k) => `laiyuan-${k}`);
    return [problem(`「laiyuan-${directive.word}」不是 laiyuan 的抑制指令${didYouMean(`laiyuan-${directive.word}`, kinds)}`, `改为 ${kinds.join('、')} 之一`)];
  }
  const out: Problem[] = [];
  if (directive.kind !== 'enable' && directive.reason === null) {
    out.push(problem(
      `抑制指令「${directive.text}」没有写明理由，因此不生效`,
      `在指令末尾用「 -- 」写上理由，例如「${headOf(directive)} -- 已取得书面授权，协议编号 XXX」`,
    ));
  }
  for (const id of directive.rules.filter((r) => !ruleIds.includes(r))) {
    out.push(problem(`抑制指令中的「${id}」不是 laiyuan 的规则${didYouMean(id, ruleIds)}`, `改为以下规则之一：${ruleIds.join('、')}；或删去它`));
  }
  return out;
}

function unusedProblems(covers: readonly Cover[], used: ReadonlySet<Directive>): Problem[] {
  const unused = new Map<Directive, Document>();
  for (const c of covers) if (c.valid && !used.has(c.directive)) unused.set(c.directive, c.doc);
  return [...unused].map(([directive, doc]) => ({
    doc,
    directive,
    ruleId: UNUSED_DIRECTIVE_RULE,
    message: `抑制指令「${headOf(directive)}」没有抑制任何问题`,
    remedy: '删去这条指令：它要抑制的问题已经不存在，或它没有写在问题所在的行上',
  }));
}

/** The directive without its reason, e.g. 'laiyuan-disable-next-line wrong-source'. */
function headOf(directive: Directive): string {
  return [`laiyuan-${directive.word}`, directive.rules.join(', ')].filter((s) => s !== '').join(' ');
}

function didYouMean(word: string, candidates: readonly string[]): string {
  const best = closeName(word, candidates);
  return best === undefined ? '' : `，是否想写「${best}」？`;
}

function severityOf(ruleId: string, settings: Readonly<Record<string, RuleSetting>>): Severity | undefined {
  const setting = settings[ruleId];
  if (setting === 'off') return undefined;
  return setting ?? DIRECTIVE_RULES.find((r) => r.id === ruleId)?.defaultSeverity ?? 'error';
}

function problemFinding(problem: Problem, severity: Severity, pack: string): Finding {
  const { doc, directive, ruleId, message, remedy } = problem;
  return {
    ruleId,
    severity,
    pack,
    file: doc.path,
    ...documentRange(doc, directive.span),
    message,
    clause: { number: 0, text: '' },
    source: null,
    reuse: null,
    attribution: { claimed: null, expected: null },
    remedy,
    fingerprint: stableHash([ruleId, directive.text, message].join('\u0000')),
    docs: docsUrl(ruleId),
  };
}

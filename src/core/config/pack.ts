// A pack file's data, checked and turned into a `Pack` (pack-data.ts).
import type { Loaded, Pack } from './types.js';
import { toPack, type PackData } from './pack-data.js';
import { PACK_SCHEMA, PACK_TERMS } from './schema/pack-schema.js';
import { brokenSlot, markerCountProblem, markerProblem, markerSizeProblem } from './marker-patterns.js';
import { schemaIssues } from './schema-issues.js';
import { formatKeyPath, toConfigErrors, valueAt, type Issue, type KeyPath, type Locate } from './validation.js';
import { nameListIssues } from './name-lists.js';

/** Checks a parsed pack file and returns the `Pack` it describes, or every error in it. */
export function resolvePack(raw: unknown, file: string, locate?: Locate): Loaded<Pack> {
  if (raw === null || raw === undefined) return { ok: false, errors: [{ file, line: 1, column: 1, message: 'the pack file is empty' }] };
  const issues = [...termHints(schemaIssues(PACK_SCHEMA, raw), raw), ...clauseIssues(raw), ...markerIssues(raw), ...nameListIssues(raw)];
  if (issues.length > 0) return { ok: false, errors: toConfigErrors(issues, file, locate) };
  return { ok: true, value: toPack(raw as PackData, file) };
}

/** Clause numbers are unique; every term cites one of them and quotes its words exactly. */
function clauseIssues(raw: unknown): Issue[] {
  const issues: Issue[] = [];
  const clauses = new Map<number, string>();
  const list = valueAt(raw, ['clauses']);
  (Array.isArray(list) ? list : []).forEach((clause, i) => {
    const number = valueAt(clause, ['number']);
    if (typeof number !== 'number') return;
    if (clauses.has(number)) {
      issues.push({ path: ['clauses', i, 'number'], target: 'value', message: `clause ${number} is listed twice` });
      return;
    }
    const text = valueAt(clause, ['text']);
    clauses.set(number, typeof text === 'string' ? text : '');
  });
  const known = [...clauses.keys()].sort((a, b) => a - b).join(', ') || 'none';
  for (const term of termPaths(raw)) {
    const number = valueAt(raw, [...term, 'clause']);
    const quote = valueAt(raw, [...term, 'quote']);
    if (typeof number !== 'number' || !Array.isArray(list)) continue;
    const text = clauses.get(number);
    if (text === undefined) {
      issues.push({ path: [...term, 'clause'], target: 'value', message: `clause ${number} is not in clauses (clauses: ${known})` });
    } else if (typeof quote === 'string' && quote !== '' && text !== '' && !text.includes(quote)) {
      issues.push({ path: [...term, 'quote'], target: 'value', message: `the quote is not the exact words of clause ${number}` });
    }
  }
  return issues;
}

const CITED = ['clause', 'quote'];
const GIVE: Record<string, string> = { "'clause'": 'clause: (the number of the clause in clauses that says it)', "'quote'": 'quote: (the words of that clause it rests on, copied exactly)' };

/**
 * A term written without its clause (attribution: {position: top} alone) is one error, not one a
 * key, that says what to add: the clause it rests on and the clause's words, or nothing at all.
 */
function termHints(issues: Issue[], raw: unknown): Issue[] {
  const terms = new Set(termPaths(raw).map((t) => t.join('.')));
  const missing = (issue: Issue) => {
    const key = issue.path[issue.path.length - 1];
    return issue.message === `missing required key '${String(key)}'` && CITED.includes(String(key)) && terms.has(issue.path.slice(0, -1).join('.'));
  };
  const out: Issue[] = [];
  for (const issue of issues) {
    if (!missing(issue)) {
      out.push(issue);
      continue;
    }
    const term = issue.path.slice(0, -1);
    const keys = issues.filter((i) => missing(i) && i.path.slice(0, -1).join('.') === term.join('.')).map((i) => `'${String(i.path[i.path.length - 1])}'`);
    if (keys[0] !== `'${String(issue.path[issue.path.length - 1])}'`) continue;
    const name = formatKeyPath(term);
    out.push({
      ...issue,
      message: `missing required key${keys.length > 1 ? 's' : ''} ${keys.join(' and ')}: ${name} must rest on a clause of the notice; give ${keys.map((k) => GIVE[k]).join(' and ')}, or, where the notice does not say it, leave ${name} out`,
    });
  }
  return out;
}

/** The key path of each term the pack cites a clause in: each item of a list of restrictions. */
function termPaths(raw: unknown): KeyPath[] {
  return PACK_TERMS.flatMap((term): KeyPath[] => {
    const value = valueAt(raw, term);
    return Array.isArray(value) ? value.map((_, i) => [...term, i]) : [term];
  });
}

/**
 * Own-content markers are literal text with slots, checked by compiling them as findMarkers does:
 * a broken or unknown slot, or a marker that is all slot, is an error here rather than a marker
 * that silently never matches. In third-party words, braces must pair up around a name.
 */
function markerIssues(raw: unknown): Issue[] {
  const issues: Issue[] = [];
  for (const entry of ['ownContent', 'thirdPartyException']) {
    const markers = valueAt(raw, [entry, 'markers']);
    if (!Array.isArray(markers)) continue;
    const tooMany = markerCountProblem(markers.length);
    if (tooMany) issues.push({ path: [entry, 'markers'], target: 'key', message: tooMany });
    markers.forEach((marker, i) => {
      if (typeof marker !== 'string' || tooMany) return;
      const problem =
        entry === 'ownContent' ? markerProblem(marker) : (markerSizeProblem(marker) ?? (/[{}]/.test(marker.replace(/\{[a-z]+\}/g, '')) ? brokenSlot(marker) : undefined));
      if (problem) issues.push({ path: [entry, 'markers', i], target: 'value', message: problem });
    });
  }
  return issues;
}

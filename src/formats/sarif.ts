// SARIF 2.1.0: one run, one rule descriptor per known rule, source passages (and the archive's
// other copies of the source, also in properties.source.alsoIn) and the document's reused passages
// as related locations.
import type * as Sarif from 'sarif';
import type { CheckResults, Excerpt, Finding, RuleMeta } from '../core/judge/types.js';
import type { FileError } from '../core/read/types.js';
import type { Severity } from '../core/shared/types.js';
import type { FormatOptions } from './options.js';
import { artifactUri, fileUri, pathBase, type PathBase } from './paths.js';
import { TOOL_NAME, toolUri } from './tool.js';
import { arrayPieces } from './json-pieces.js';

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const SRCROOT = '%SRCROOT%';

const LEVELS: Record<Severity, Sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', info: 'note' };

function artifact(file: string, base: PathBase): Sarif.ArtifactLocation {
  const { uri, inside } = artifactUri(file, base);
  return inside ? { uri, uriBaseId: SRCROOT } : { uri };
}

function ruleDescriptor(rule: RuleMeta): Sarif.ReportingDescriptor {
  return {
    id: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: `${rule.description} Default severity: ${rule.defaultSeverity}.` },
    help: {
      text: `${rule.description} See ${rule.docs}`,
      markdown: `${rule.description}\n\n[Documentation of ${rule.id}](${rule.docs})`,
    },
    helpUri: rule.docs,
    defaultConfiguration: { level: LEVELS[rule.defaultSeverity] },
  };
}

/**
 * The source passages, then each other archive article that holds the same text (its record's line,
 * when it is one), then the document's passages: a finding stands at one place (the credit, or the
 * first passage), and these are every line of the document the reuse takes in.
 */
function relatedLocations(finding: Finding, base: PathBase): Sarif.Location[] | undefined {
  const { reuse, source } = finding;
  if (!reuse || !source || reuse.passages.length === 0) return undefined;
  const passages: Sarif.Location[] = reuse.passages.map((p, id) => ({
    id,
    physicalLocation: {
      artifactLocation: artifact(source.file, base),
      region: { startLine: p.sourceLine, startColumn: p.sourceColumn, endLine: p.sourceEndLine, endColumn: p.sourceEndColumn },
    },
    message: { text: 'source passage' },
  }));
  const copies: Sarif.Location[] = (source.alsoIn ?? []).map((copy, i) => ({
    id: passages.length + i,
    physicalLocation: { artifactLocation: artifact(copy.file, base), ...(copy.record ? { region: { startLine: copy.record } } : {}) },
    message: { text: `same text: archive article ${copy.articleId}${copy.url ? ` (${copy.url})` : ''}` },
  }));
  const reused: Sarif.Location[] = reuse.passages.map((p, i) => ({
    id: passages.length + copies.length + i,
    physicalLocation: {
      artifactLocation: artifact(finding.file, base),
      region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn },
    },
    message: { text: `reused passage ${i + 1}/${reuse.passages.length}` },
  }));
  return [...passages, ...copies, ...reused];
}

function properties(finding: Finding): Sarif.PropertyBag {
  const { reuse } = finding;
  return {
    pack: finding.pack,
    clause: finding.clause,
    attribution: finding.attribution,
    reuse: reuse && { kind: reuse.kind, coverage: reuse.coverage, similarity: reuse.similarity, passages: reuse.passages.length },
    source: finding.source,
    remedy: finding.remedy,
  };
}

function result(finding: Finding, ruleIndex: Map<string, number>, base: PathBase): Sarif.Result {
  const index = ruleIndex.get(finding.ruleId);
  const related = relatedLocations(finding, base);
  return {
    ruleId: finding.ruleId,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: LEVELS[finding.severity],
    message: { text: finding.message },
    locations: [{
      physicalLocation: {
        artifactLocation: artifact(finding.file, base),
        region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn, ...(finding.excerpt ? { snippet: { text: finding.excerpt.snippet } } : {}) },
        ...(finding.excerpt ? { contextRegion: contextRegion(finding.excerpt.context) } : {}),
      },
    }],
    ...(related ? { relatedLocations: related } : {}),
    partialFingerprints: { 'laiyuan/v1': finding.fingerprint },
    properties: properties(finding),
  };
}

function contextRegion(context: Excerpt): Sarif.Region {
  return { startLine: context.startLine, endLine: context.endLine, snippet: { text: context.text } };
}

function notification(error: FileError, base: PathBase): Sarif.Notification {
  const region = error.line === undefined ? undefined : { startLine: error.line, ...(error.column === undefined ? {} : { startColumn: error.column }) };
  return {
    level: 'error',
    message: { text: error.message },
    locations: [{ physicalLocation: { artifactLocation: artifact(error.file, base), ...(region ? { region } : {}) } }],
  };
}

/**
 * A SARIF 2.1.0 log; columns count Unicode code points, paths are relative to %SRCROOT%: the cwd, or
 * the repository's root when options.repositoryRoot is given (GitHub code scanning reads a relative
 * URI as from the repository's root and does not read originalUriBaseIds); a file outside it is an
 * absolute file: URI.
 */
export function formatSarif(results: CheckResults, options: FormatOptions): string {
  return [...sarifChunks(results, options)].join('');
}

/** How JSON.stringify(log, null, 2) ends the log when the run's results, its last key, are empty. */
const EMPTY_RESULTS_END = '[]\n    }\n  ]\n}';

/**
 * formatSarif's text in pieces: the log around the results, then the results a batch at a time
 * (four levels in: log, runs, the run, results), then the log's end; joined, the text of one
 * JSON.stringify of the whole log.
 */
export function* sarifChunks(results: CheckResults, options: FormatOptions): Generator<string> {
  const ruleIndex = new Map(options.rules.map((rule, i) => [rule.id, i]));
  const base = pathBase(options);
  const exitCode = options.exitCode ?? (results.errors.length > 0 ? 2 : 0);
  const log: Sarif.Log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: TOOL_NAME,
          version: results.tool.version,
          semanticVersion: results.tool.version,
          informationUri: toolUri(options),
          rules: options.rules.map(ruleDescriptor),
        },
      },
      invocations: [{
        executionSuccessful: exitCode !== 2,
        toolExecutionNotifications: results.errors.map((e) => notification(e, base)),
      }],
      originalUriBaseIds: { [SRCROOT]: { uri: fileUri(base.root ?? base.cwd, true) } },
      columnKind: 'unicodeCodePoints',
      results: [],
    }],
  };
  const around = JSON.stringify(log, null, 2);
  yield around.slice(0, -EMPTY_RESULTS_END.length);
  yield* arrayPieces(results.findings, (f) => result(f, ruleIndex, base), 4);
  yield `${around.slice(2 - EMPTY_RESULTS_END.length)}\n`;
}

import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import type { Document } from '../../core/read/types.js';
import type { Located } from '../../core/shared/types.js';
import type { Pack } from '../../core/config/types.js';
import { extractMetadata } from '../../core/metadata/index.js';
import { withoutZeroWidth } from '../../core/metadata/zero-width.js';
import { claimsFor, findMarkers, thirdPartyMark } from '../../core/judge/markers.js';
import type { Metadata, SourceClaim } from '../../core/metadata/types.js';
import { documentRange } from '../../core/read/positions.js';
import { loadConfig } from '../../io/config.js';
import { shellWord } from '../../io/display-path.js';
import { readDocuments, readStdin } from '../../io/read-file.js';
import { padCells } from '../../formats/cells.js';
import { UserError } from '../errors.js';
import { configErrorLines, warningLines } from '../shared.js';

interface InspectFlags {
  format: string;
  config?: string;
  stdinFilename?: string;
}

export function registerInspectCommand(program: Command): void {
  program
    .command('inspect')
    .description('show what laiyuan reads in a file: encoding, format, 来源, 原标题, bylines, editors, dates, markers, with positions')
    .argument('<file>', 'the file ("-" reads standard input)')
    .option('-f, --format <name>', 'pretty or json', 'pretty')
    .option('-c, --config <file>', 'config file (for the packs whose markers to look for)')
    .option('--stdin-filename <name>', 'name to report for standard input')
    .action(async (file: string, flags: InspectFlags) => {
      process.exitCode = await runInspect(file, flags);
    });
}

async function runInspect(file: string, flags: InspectFlags): Promise<number> {
  if (flags.format !== 'pretty' && flags.format !== 'json') throw new UserError(`inspect prints pretty or json, not '${flags.format}'`);
  const cwd = process.cwd();
  const loaded = await loadConfig({ cwd: file === '-' ? cwd : path.resolve(cwd, file), configPath: flags.config && path.resolve(cwd, flags.config) });
  if (!loaded.ok) {
    process.stderr.write(configErrorLines(loaded.errors));
    return 2;
  }
  if (file !== '-' && (await isFolder(path.resolve(cwd, file)))) {
    process.stderr.write(configErrorLines([{ file, message: `is a folder: inspect reads one file (or - for standard input); name a file in it, or run laiyuan check ${shellWord(file)} for the whole folder` }]));
    return 2;
  }
  const name = flags.stdinFilename ?? '<stdin>';
  const read = file === '-' ? await readStdin(name) : await readDocuments(path.resolve(cwd, file), { displayPath: file, records: true, tooBig: 'split it into its articles, or leave it out' });
  if (!read.ok) {
    process.stderr.write(configErrorLines([read.error]));
    return 2;
  }
  const report = {
    file: file === '-' ? name : file,
    ...read.decoded,
    documents: read.documents.map((doc) => describe(doc, loaded.value.packs)),
    errors: read.errors,
  };
  process.stdout.write(flags.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : pretty(report));
  if (read.errors.length > 0) process.stderr.write(configErrorLines(read.errors));
  process.stderr.write(warningLines(read.warnings));
  return read.errors.length > 0 ? 2 : 0;
}

interface Where {
  value: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

function describe(doc: Document, packs: readonly Pack[]) {
  const metadata = extractMetadata(doc);
  const at = (l: Located): Where => ({ value: l.value, ...documentRange(doc, l.span) });
  return {
    format: doc.format,
    fields: doc.fields,
    sources: creditsOf(doc, metadata, packs).map((s) => ({ ...at(s), form: s.form, written: s.line.value })),
    originalTitle: metadata.originalTitle ? at(metadata.originalTitle) : null,
    authors: metadata.authors.map(at),
    editors: metadata.editors.map(at),
    dates: metadata.dates.map(at),
    markers: packs.flatMap((pack) => findMarkers(doc.text, pack).map((m) => ({ pack: m.pack, pattern: m.pattern, place: m.place ?? null, ...at(m) }))),
    thirdParty: packs.flatMap((pack) => thirdPartyMarkOf(doc, pack)),
  };
}

/** The credits the checks read, of every loaded pack: the 来源 lines, and a credit after a third-party mark (第三方版权 来源：新京报). */
function creditsOf(doc: Document, metadata: Metadata, packs: readonly Pack[]): SourceClaim[] {
  const all = [...metadata.sources];
  for (const pack of packs) {
    for (const c of claimsFor(doc, metadata, pack)) if (!all.some((s) => s.span.start === c.span.start)) all.push(c);
  }
  return all.sort((a, b) => a.line.span.start - b.line.span.start);
}

/** A pack's third-party mark in a credit (第三方版权, 非国际在线), as the checks read it. */
function thirdPartyMarkOf(doc: Document, pack: Pack) {
  const mark = thirdPartyMark(doc.text, pack);
  if (!mark) return [];
  const span = { start: mark.start, end: mark.end };
  return [{ pack: pack.id, value: withoutZeroWidth(doc.text.slice(span.start, span.end)), ...documentRange(doc, span) }];
}

type Report = { file: string; encoding: string; bom: boolean; eol: string; documents: ReturnType<typeof describe>[] };

function pretty(report: Report): string {
  const lines = [`${report.file}  ${report.encoding}${report.bom ? ' (BOM)' : ''}, line endings ${report.eol}`];
  const show = (label: string, items: Array<Where & { written?: string }>) => {
    for (const w of items) lines.push(`  ${padCells(label, 8)} ${w.value}  ${w.line}:${w.column}${w.written && w.written !== w.value ? `  「${w.written}」` : ''}`);
  };
  report.documents.forEach((d, i) => {
    lines.push(`document ${i + 1} (${d.format})${d.fields.title ? `  ${d.fields.title}` : ''}`);
    show('来源', d.sources);
    show('原标题', d.originalTitle ? [d.originalTitle] : []);
    show('作者', d.authors);
    show('责编', d.editors);
    show('日期', d.dates);
    show('标记', d.markers);
    show('第三方', d.thirdParty);
  });
  return `${lines.join('\n')}\n`;
}

async function isFolder(absolute: string): Promise<boolean> {
  return stat(absolute).then((info) => info.isDirectory(), () => false);
}

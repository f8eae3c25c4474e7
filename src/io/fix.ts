import { realpath, stat } from 'node:fs/promises';
import { readRegularFile } from './safe-read.js';
import path from 'node:path';
import type { Project } from '../core/judge/check-document.js';
import { applyEdits, inTraditional, planFixes } from '../core/fix/edits.js';
import type { TextEdit } from '../core/judge/types.js';
import { formatOf } from '../core/read/format-of.js';
import type { Decoded } from '../core/read/types.js';
import { unifiedDiff } from '../core/fix/unified-diff.js';
import { checkRead } from './check-files.js';
import type { CheckOptions, FileCheck } from './file-check.js';
import { decode, encodeExactly, unencodable } from './decode.js';
import { readTrouble } from './read-trouble.js';
import { writeTrouble } from './write-trouble.js';
import { readBytes } from './read-file.js';
import { removeStaleTemps, writeAtomic } from './write-output.js';
import { applySuppressions } from '../core/suppress/suppressions.js';

export interface FixedFile {
  file: string;
  /** How many findings the edits resolve. */
  fixed: number;
  /** `diff -u` of the file's text before and after. */
  diff: string;
  /** The bytes written (or, in a dry run, that would be). */
  bytes: Buffer;
  /** The check of the fixed text. */
  check: FileCheck;
}

export interface FixRun {
  /** Each file's check after its fixes: what remains to report. */
  checks: FileCheck[];
  files: FixedFile[];
  /** Files that could not be fixed (read or write failed, changed while checked), with why. */
  notes: string[];
}

/**
 * Applies the fix edits of each file's findings and checks the fixed text again. The text is
 * written back in the file's own encoding, BOM and line endings, atomically; files without a
 * fixable finding are never read again nor written. `write: false` is a dry run.
 */
export async function fixFiles(checks: readonly FileCheck[], project: Project, options: CheckOptions, write: boolean): Promise<FixRun> {
  const run: FixRun = { checks: [], files: [], notes: [] };
  if (write) await removeStaleTemps(checks.filter((c) => c.file !== '-').map((c) => path.dirname(path.resolve(options.cwd, c.file))));
  for (const check of checks) {
    const fixable = check.file !== '-' && check.findings.some((f) => (f.fix?.length ?? 0) > 0);
    const outcome = fixable ? await fixFile(check, project, options, write) : undefined;
    if (typeof outcome === 'string') run.notes.push(`${check.file}: ${outcome}`);
    if (outcome && typeof outcome !== 'string') run.files.push(outcome);
    run.checks.push(outcome && typeof outcome !== 'string' ? outcome.check : check);
  }
  return run;
}

/** Findings a directive in the file silences are not fixed either. */
function unsuppressed(check: FileCheck, project: Project) {
  const options = { ruleIds: project.rules.map((r) => r.id), reportUnused: false, settings: project.config.rules };
  return applySuppressions(check.documents, check.findings, options).filter((f) => check.findings.includes(f));
}

async function fixFile(check: FileCheck, project: Project, options: CheckOptions, write: boolean): Promise<FixedFile | string | undefined> {
  const absolute = path.resolve(options.cwd, check.file);
  const decoded = await readDecoded(absolute);
  if (typeof decoded === 'string') return decoded;
  if (check.documents.length === 1 && check.documents[0].raw !== decoded.text) return 'changed while it was checked: not fixed; run again';
  if (decoded.text.includes('\ufffd')) return 'holds bytes that are not valid in its encoding: not fixed, so that they are not lost; fix the encoding first';
  const plan = planFixes(unsuppressed(check, project), decoded.text.length);
  if (plan.edits.length === 0) return undefined;
  // the findings' fixes are in the document's script (judge/fix-script.ts); Big5 holds no simplified form at all
  const edits = decoded.encoding === 'big5' ? inTraditional(plan.edits) : plan.edits;
  const after = applyEdits(decoded.text, edits);
  const bytes = encodeExactly(after, decoded);
  if (!bytes) return cannotHold(edits, decoded);
  if (write) {
    const failed = await writeKeepingMode(absolute, bytes);
    if (failed) return failed;
  }
  const rechecked = await checkRead(await readBytes(bytes, check.file, formatOf(absolute) ?? 'text'), check.file, absolute, project, options);
  // a UTF-8 file's BOM stays in the diff, so that `git apply` finds the first line
  const bom = decoded.encoding === 'utf-8' && decoded.bom ? '\uFEFF' : '';
  const diff = unifiedDiff(bom + decoded.text, bom + after, check.file);
  return { file: check.file, fixed: plan.fixed.length, diff, bytes, check: rechecked };
}

const ENCODING_NAMES: Record<Decoded['encoding'], string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE', gb18030: 'GB18030', big5: 'Big5' };

/** Why a fix is not written: the file's encoding has no bytes for some of its characters (written, they would come back as ? or another character). */
function cannotHold(edits: readonly TextEdit[], decoded: Decoded): string {
  const name = ENCODING_NAMES[decoded.encoding];
  const missing = unencodable(edits.map((e) => e.text).join(''), decoded.encoding);
  const wanted = edits.map((e) => e.text.trim()).filter(Boolean).join('」「');
  return `the fix 「${wanted}」 needs characters ${name} cannot hold (${missing}): not fixed; write the line by hand in characters ${name} has, or save the file as UTF-8 and run --fix again`;
}

async function readDecoded(absolute: string): Promise<Decoded | string> {
  try {
    const decoded = decode(await readRegularFile(absolute));
    return 'binary' in decoded ? 'not text any more: not fixed' : decoded;
  } catch (error) {
    return `cannot read it again to fix it: ${readTrouble(error, absolute)}`;
  }
}

/** Writes through a symbolic link to its target, and keeps the file's permissions. */
async function writeKeepingMode(absolute: string, bytes: Buffer): Promise<string | undefined> {
  try {
    const target = await realpath(absolute);
    const { mode } = await stat(target);
    await writeAtomic(target, bytes, mode & 0o7777);
    return undefined;
  } catch (error) {
    return `cannot write the fix: ${writeTrouble(path.dirname(absolute), error, absolute)}; the file is left as it was`;
  }
}

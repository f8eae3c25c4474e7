// `laiyuan rules compile <notice> --id <id> [-o pack.yaml]`: a publisher's notice read into a pack.
import path from 'node:path';
import type { Command } from 'commander';
import { compileNotice, type MappedSentence } from '../../core/config/notice/index.js';
import { idlePack } from '../../core/judge/rule-needs.js';
import { givenPath, shellWord } from '../../io/display-path.js';
import { makeFolder } from '../../io/make-folder.js';
import { noticePack, readNoticeText } from '../../io/notice-file.js';
import { packYaml } from '../../io/pack-yaml.js';
import { writeAtomic } from '../../io/write-output.js';
import { writeTrouble } from '../../io/write-trouble.js';
import { RULES } from '../../rules/index.js';
import { UserError } from '../errors.js';
import { refuseFolder } from '../not-folder.js';
import { configErrorLines } from '../shared.js';
import { suggestedId } from '../suggested-id.js';

interface CompileFlags {
  id?: string;
  name?: string;
  output?: string;
}

export function registerCompileCommand(rules: Command): void {
  rules
    .command('compile')
    .description('compile a publisher\'s notice (text) into a pack: the pack on stdout (or -o), how each sentence was read on stderr')
    .argument('<notice>', 'the notice as a text file, or - for standard input')
    .option('--id <id>', 'required: the pack id (lower-case letters, digits and -), as laiyuan.yaml names the pack (corpus.<id>)')
    .option('--name <publisher>', 'the publisher\'s name (default: the name the notice gives itself)')
    .option('-o, --output <file>', 'write the pack to this file (UTF-8) instead of standard output')
    .action(async (ref: string, flags: CompileFlags) => {
      // a terminal on standard input would wait for a notice typed in before saying --id is missing
      if (flags.id === undefined && ref === '-' && process.stdin.isTTY) throw new UserError(missingId(ref, '', flags));
      const shown = ref === '-' ? '<stdin>' : ref;
      const read = await readNoticeText(ref === '-' ? '-' : path.resolve(ref), shown);
      if (!read.ok) {
        process.stderr.write(configErrorLines([{ file: shown, message: read.error }]));
        process.exitCode = 2;
        return;
      }
      if (flags.id === undefined) throw new UserError(missingId(ref, read.text, flags));
      process.exitCode = await compileCommand(ref, read.text, { ...flags, id: flags.id });
    });
}

/** What to run instead, with an id made from the notice's own publisher, or a placeholder where none is found. */
function missingId(ref: string, text: string, flags: CompileFlags): string {
  const compiled = text === '' ? undefined : compileNotice(text, { id: 'x', ...(flags.name === undefined ? {} : { name: flags.name }) });
  const id = suggestedId(text, compiled?.ok ? String(compiled.value.data.name) : flags.name) ?? '<publisher-id>';
  // a notice that names no publisher needs --name too: said in the same line
  const name = flags.name !== undefined ? ` --name ${shellWord(flags.name)}` : compiled?.ok === false && compiled.error.includes('--name') ? ' --name <publisher-name>' : '';
  return `rules compile needs --id <id>, the pack's id (lower-case letters, digits and -), as laiyuan.yaml will name it: laiyuan rules compile ${shellWord(ref)} --id ${id}${name} -o ${flags.output === undefined ? `${id}.yaml` : shellWord(flags.output)}`;
}

async function compileCommand(ref: string, text: string, flags: CompileFlags & { id: string }): Promise<number> {
  const shown = ref === '-' ? '<stdin>' : ref;
  const loaded = noticePack(text, shown, flags);
  if (!loaded.ok) {
    process.stderr.write(configErrorLines(loaded.errors));
    return 2;
  }
  const { compiled, pack } = loaded.value;
  const yaml = packYaml(compiled.data, ref === '-' ? 'standard input' : path.resolve(ref));
  if (flags.output === undefined) process.stdout.write(yaml);
  else await writePack(flags.output, yaml);
  process.stderr.write(mappingTable(compiled.sentences));
  // the pack is what the notice says, so it is written; check will refuse it until a rule can run
  const idle = idlePack({ ...pack, file: flags.output ?? shown }, RULES);
  if (idle) process.stderr.write(`laiyuan: warning: ${idle}\n`);
  return 0;
}

async function writePack(output: string, yaml: string): Promise<void> {
  const cwd = process.cwd();
  await refuseFolder(output, '-o', cwd, 'pack file', 'pack.yaml');
  const absolute = path.resolve(cwd, output);
  try {
    // made as index build -o makes them, but said: a mistyped folder is seen at once
    const made = await makeFolder(path.dirname(absolute));
    if (made.length > 0) process.stderr.write(`laiyuan: note: made the missing ${made.length === 1 ? 'folder' : 'folders'} ${made.map((f) => givenPath(f, f, cwd)).join(', ')} to write -o ${output}\n`);
    await writeAtomic(absolute, yaml);
  } catch (error) {
    throw new UserError(`cannot write ${output}: ${writeTrouble(path.dirname(absolute), error, absolute)}`);
  }
}

/** Every sentence of the notice and what it was mapped to, or `unrecognised` (it stays in `clauses`). */
function mappingTable(sentences: readonly MappedSentence[]): string {
  const rows = sentences.map((s) => ({ clause: String(s.clause), kinds: s.kinds.length > 0 ? s.kinds.join(', ') : 'unrecognised', text: s.text }));
  const width = Math.max('mapped to'.length, ...rows.map((r) => r.kinds.length));
  const lines = [`clause  ${'mapped to'.padEnd(width)}  sentence`, ...rows.map((r) => `${r.clause.padEnd(6)}  ${r.kinds.padEnd(width)}  ${r.text}`)];
  const unrecognised = rows.filter((r) => r.kinds === 'unrecognised').length;
  lines.push(`${sentences.length} sentences: ${sentences.length - unrecognised} mapped, ${unrecognised} unrecognised (kept in clauses)`);
  return `${lines.join('\n')}\n`;
}

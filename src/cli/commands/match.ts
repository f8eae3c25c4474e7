import path from 'node:path';
import type { Command } from 'commander';
import { candidatesFullOf, detectReuse } from '../../core/judge/check-document.js';
import { projectFor } from '../../io/check-files.js';
import { formatMatches, type MatchResult } from '../../formats/match.js';
import { discoverFiles } from '../../io/discover.js';
import { readDocuments } from '../../io/read-file.js';
import { outsideCorpus } from '../../io/outside-corpus.js';
import { olderCreditNotes } from '../older-credits.js';
import { closeStores, loadProject, type LoadedProject } from '../../io/project.js';
import { configSearchStart } from '../config-start.js';
import { RULES } from '../../rules/index.js';
import { UserError } from '../errors.js';
import { configErrorLines, useColor } from '../shared.js';
import { projectHiddenNotes } from '../hidden-note.js';
import { emptyCorpusLine, unreadLine } from '../run-guards.js';
import { maxFileSizeOption } from '../run-options.js';
import { skippedNotes } from '../skipped-notes.js';
import { candidatesFullNote } from '../candidates-note.js';

interface MatchFlags {
  corpus?: string[];
  index?: string;
  pack?: string;
  config?: string;
  format: string;
  color?: boolean;
  maxFileSize: number;
}

export function registerMatchCommand(program: Command): void {
  program
    .command('match')
    .description('show which corpus articles each file reuses, with the passages side by side')
    .argument('<paths...>', 'documents, or folders of documents, to compare with the corpus')
    .option('--corpus <path>', 'folder or file of the publisher\'s articles (repeatable; added to the config\'s corpus)', collect)
    .option('--index <file>', 'archive index file (laiyuan index build), used instead of the corpus')
    .option('--pack <id>', 'only this pack\'s corpus (default: every pack\'s, as check; --corpus and --index go to this pack, else the first)')
    .option('-c, --config <file>', 'config file')
    .option('-f, --format <name>', 'pretty or json', 'pretty')
    .option('--no-color', 'no colours')
    .addOption(maxFileSizeOption('refuse documents, and pass over corpus files (JSON Lines: records), bigger than this'))
    .action(async (files: string[], flags: MatchFlags) => {
      process.exitCode = await runMatch(files, flags);
    });
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

async function runMatch(files: string[], flags: MatchFlags): Promise<number> {
  if (flags.format !== 'pretty' && flags.format !== 'json') throw new UserError(`match prints pretty or json, not '${flags.format}'`);
  const cwd = process.cwd();
  const corpus = (flags.corpus ?? []).map((p) => path.resolve(cwd, p));
  const loaded = await loadProject({
    cwd,
    searchFrom: configSearchStart(files, cwd),
    configPath: flags.config && path.resolve(cwd, flags.config),
    configGiven: flags.config,
    corpus: { pack: flags.pack, paths: corpus, typed: flags.corpus ?? [] },
    index: flags.index === undefined ? undefined : { pack: flags.pack, file: flags.index },
    rules: RULES,
    maxFileSize: flags.maxFileSize,
  });
  if (!loaded.ok) {
    process.stderr.write(configErrorLines(loaded.errors));
    return 2;
  }
  try {
    return await matchLoaded(files, { ...flags, format: flags.format }, loaded.value, cwd);
  } finally {
    await closeStores(loaded.value.project);
  }
}

/** The files named, and the documents in the folders named (the config's include and ignore apply); never the corpus itself. */
async function documentFiles(paths: string[], loaded: LoadedProject, cwd: string) {
  const { config } = loaded.project;
  const found = await discoverFiles(paths, { cwd, include: config.include, ignore: config.ignore, gitignore: true, globRoot: config.root, asNamed: true });
  // a file named on its own is matched even where an ignore file leaves it out of its folder
  const named = found.ignored.filter((f) => paths.includes(f));
  return { files: await outsideCorpus([...found.files, ...named], loaded, cwd), errors: found.errors };
}

async function matchLoaded(files: string[], flags: MatchFlags & { format: 'pretty' | 'json' }, loaded: LoadedProject, cwd: string): Promise<number> {
  const { project, errors } = loaded;
  const pack = flags.pack ?? project.packs[0]?.id;
  const store = pack ? project.stores?.get(pack) : undefined;
  const index = pack ? project.indexes.get(pack) : undefined;
  process.stderr.write(skippedNotes(loaded.corpusSkipped()));
  requireArchive(loaded, pack, flags.corpus, Boolean(index ?? store));
  process.stderr.write(projectHiddenNotes(loaded));
  process.stderr.write(olderCreditNotes(loaded));
  const results: MatchResult[] = [];
  const notes: string[] = [];
  const listed = await documentFiles(files, loaded, cwd);
  errors.push(...listed.errors);
  for (const file of listed.files) {
    // a JSON Lines file is records, each held to the limit, as in a corpus
    const read = await readDocuments(path.resolve(cwd, file), { displayPath: file, records: true, maxBytes: flags.maxFileSize, tooBig: 'raise --max-file-size to match it, or split it into its articles' });
    if (!read.ok) {
      errors.push(read.error);
      continue;
    }
    errors.push(...read.errors);
    // the detection check judges: the same project as check sees it for this document, every pack or --pack
    for (const doc of read.documents) {
      const found = detectReuse(doc, await projectFor(doc, project)).filter((f) => !flags.pack || f.pack.id === flags.pack);
      results.push({ document: doc, reuses: found.flatMap((f) => f.reuses) });
      for (const full of candidatesFullOf(doc, found)) notes.push(`laiyuan: note: ${candidatesFullNote(file, full)}\n`);
    }
  }
  process.stdout.write(formatMatches(results, { format: flags.format, color: useColor(flags.color !== false) }));
  process.stderr.write(notes.join(''));
  for (const e of errors) process.stderr.write(configErrorLines([e]));
  return errors.length > 0 ? 2 : 0;
}

/** Stops (exit 2, one line) where no reuse could be found, as check does: no corpus, one none of which could be read, or one of no articles. */
function requireArchive(loaded: LoadedProject, pack: string | undefined, given: string[] | undefined, hasArchive: boolean): void {
  if (!hasArchive) throw new UserError(`no corpus for pack '${pack ?? '?'}': give --corpus <folder> or set corpus.${pack ?? 'cri'} in laiyuan.yaml`);
  // a corpus none of which could be read: that alone, not "no reuse found" under every file
  const unread = pack ? loaded.corpusErrors().get(pack) : undefined;
  if (unread && loaded.articleCounts().get(pack ?? '') === 0) throw new UserError(unreadLine(unread));
  // nor a corpus of no articles (an empty folder, binary files only): check stops there too
  if (pack && loaded.articleCounts().get(pack) === 0) throw new UserError(emptyCorpusLine(loaded, pack, 'or give --corpus the folder they are in', given));
  const emptyIndex = pack ? loaded.indexArticles().get(pack) : undefined;
  if (emptyIndex?.articles === 0) throw new UserError(`the index ${emptyIndex.index} of pack '${pack}' holds no articles, so no reuse can be found: build it from the folders of the publisher's articles ('${emptyIndex.fill}')`);
}

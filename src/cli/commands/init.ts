import type { Command } from 'commander';
import { writeInitFiles } from '../../io/init-files.js';
import { UserError } from '../errors.js';

interface InitFlags {
  corpus: string;
  pack: string;
}

export function registerInitCommand(program: Command): void {
  program
    .command('init')
    .description('write a commented laiyuan.yaml and a .laiyuanignore in the working directory (never over existing ones)')
    .option('--corpus <path>', 'folder (or file) of the publisher\'s articles, relative to the working directory', 'corpus/')
    .option('--pack <id>', 'the rule pack: a built-in id or a pack file', 'cri')
    .action(async (flags: InitFlags) => {
      const outcome = await writeInitFiles(process.cwd(), flags);
      if (!outcome.ok) throw new UserError(outcome.message);
      process.stdout.write(`wrote ${outcome.written.join(' and ')}\nnext: put the publisher's articles in ${flags.corpus} (or edit corpus in laiyuan.yaml), then run laiyuan check\n`);
    });
}

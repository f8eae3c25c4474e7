// The files `laiyuan init` writes: a commented laiyuan.yaml and a .laiyuanignore. Never over
// an existing file (O_EXCL), so two runs, or a run beside a config, cannot lose anyone's work.
import { existsSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_NAMES } from './config.js';
import { writeTrouble } from './write-trouble.js';

export interface InitOptions {
  /** The corpus folder or file to name for the first pack. */
  corpus: string;
  pack: string;
}

export type InitOutcome = { ok: true; written: string[] } | { ok: false; message: string };

export async function writeInitFiles(dir: string, options: InitOptions): Promise<InitOutcome> {
  const existing = [...CONFIG_NAMES, '.laiyuanignore'].find((name) => existsSync(path.join(dir, name)));
  if (existing) return { ok: false, message: `${existing} already exists: laiyuan init writes nothing over it; edit it, or move it away and run laiyuan init again` };
  const files: [string, string][] = [
    ['laiyuan.yaml', configText(options)],
    ['.laiyuanignore', IGNORE_TEXT],
  ];
  const written: string[] = [];
  for (const [name, text] of files) {
    try {
      await writeFile(path.join(dir, name), text, { flag: 'wx' });
      written.push(name);
    } catch (error) {
      await Promise.all(written.map((w) => rm(path.join(dir, w), { force: true })));
      return { ok: false, message: `cannot write ${name}: ${writeTrouble(dir, error, path.join(dir, name))}` };
    }
  }
  return { ok: true, written };
}

function configText({ corpus, pack }: InitOptions): string {
  return `# laiyuan.yaml: which publishers' notices to check by, and against which of their articles.
# Paths are relative to this file's folder. README "Configuration" describes every key;
# \`laiyuan config\` prints the config as laiyuan reads it.

# Rule packs: each publisher's reprint notice, read as rules. Built in: cri (国际在线).
# A pack of your own is named by its file, e.g. rules/my-publisher.yaml, or is the notice's own
# text, e.g. notices/xinhua.txt (\`laiyuan rules compile\` shows how laiyuan reads it).
packs:
  - ${pack}

# The publisher's articles that documents are compared with, per pack: folders or files of text,
# Markdown, HTML or JSON Lines (README "JSON Lines"). Without a corpus or an index for a pack,
# \`laiyuan check\` stops with exit code 2 (--allow-no-corpus checks the 来源 lines alone).
corpus:
  ${pack}:
    - ${JSON.stringify(corpus)}

# Or, for a large archive, an index built by \`laiyuan index build\`, read instead of the corpus:
# index:
#   ${pack}: archive.lyx

# Licences the publisher granted this site: a reprint within one is not unauthorised.
# licences:
#   - publisher: ${pack}              # the pack of the publisher granting it
#     licensee: 示例新闻网
#     actions: [转载]            # 转载 摘编 复制 改编 其他方式使用 销售
#     validFrom: 2024-01-01
#     validTo: 2026-12-31
#     paths: ['content/licensed/**']   # the files it covers; none: all
#     agreement: CRI-2024-017

# Which files a folder holds (default: every kind laiyuan reads) and which to leave out
# (.laiyuanignore, beside this file, takes .gitignore patterns too).
# include: ['**/*.md', '**/*.html', '**/*.txt', '**/*.jsonl']
# ignore: ['drafts/**']

# Whether this site is commercial: for notices that ask authorization of commercial reuse only
# (商业转载请联系作者获得授权，非商业转载请注明出处). Default: false.
# commercial: true

# Severity per rule: error | warning | info | off (\`laiyuan rules\` lists the packs' clauses).
# rules:
#   nonstandard-attribution: warning
`;
}

const IGNORE_TEXT = `# Files and folders laiyuan check leaves out, in .gitignore's syntax, relative to this folder.
# (.gitignore files are honoured too, unless --no-gitignore.)
drafts/
*.tmp.*
`;

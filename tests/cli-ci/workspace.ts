// A project in a temporary folder (config, a few corpus pages, reprints from fixtures/reuse) and
// the built CLI run in it.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = path.join(ROOT, 'dist/cli/main.js');

const CORPUS = [
  'cri-01-zhongou-banlie-changchun',
  'cri-03-dunhuang-bihua-budapeisi',
  'cri-04-changbaishan-huaxue-jie',
  'cri-05-lishu-moshi-heitudi',
  'cri-07-hanchao-chengse-yujing',
  'cri-08-jiancha-jianyan-jieguo-huren',
  'cri-11-chengdu-tianfu-jichang-lvke',
];

/** Reprints of those pages, by what their attribution does. */
export const REPRINTS = {
  /** cri-04 with no attribution at all (LF). */
  none: 'r04-changbaishan-no-attribution.txt',
  /** cri-08 with no attribution, CRLF line endings. */
  noneCrlf: 'r12-huren-wrapped-crlf.txt',
  /** cri-07 credited as 来源：国际在线网. */
  alias: 'r11-hanchao-fullwidth-digits.txt',
  /** cri-11 credited as 转载自国际在线. */
  zhuanzai: 'r14-tianfu-sentence-inserted.txt',
  /** cri-03 credited to 新华网, in HTML. */
  wrongHtml: 'r03-dunhuang-wrong-source.html',
  /** cri-05 credited exactly: 来源:国际在线. */
  exact: 'r08-lishu-halfwidth-punct.txt',
  /** cri-01 credited as 来源：国际在线 (an accepted form). */
  accepted: 'r01-zhongou-banlie-dongbeiwang.txt',
} as const;

export interface Workspace {
  dir: string;
  /** Absolute path of a file in the workspace. */
  at(rel: string): string;
  write(rel: string, data: string | Uint8Array): void;
  read(rel: string): Buffer;
}

export const LICENCE = `licences:
  - publisher: cri
    licensee: 示例新闻网
    actions: [转载]
    validFrom: 2020-01-01
    validTo: 2030-12-31
    paths: ['content/**']
`;

/** A reprint of corpus/cri-04 under a 来源 credit, with no date line: dated by its file's last commit. */
export const UNDATED_REPRINT = [
  '长白山国际滑雪节开幕 冰雪运动带火东北冬季旅游',
  '来源：国际在线',
  '',
  '12月9日，第十一届长白山国际滑雪节在吉林省长白山保护开发区池北区开幕。来自全国各地的600多名滑雪爱好者身着各色滑雪服，从海拔1800多米的雪道顶端依次滑下，拉开了新雪季的大幕。不少选手还特意穿上了东北花棉袄造型的滑雪服，在雪道上格外显眼，引来游客纷纷拍照留念。',
  '',
  '本届滑雪节为期三个月，将陆续举办高山滑雪公开赛、单板滑雪技巧邀请赛、林海雪原越野滑雪等18项赛事活动。长白山保护开发区管委会副主任王海峰介绍，今年雪季长白山新增雪道12条，雪道总长度达到52公里，可同时接待滑雪者8000人以上。',
  '',
].join('\n');

/** A licence of cri's 转载 and 摘编 for content/**, from 2020-01-01 to `validTo`. */
export function licenceUntil(validTo: string): string {
  return `licences:
  - publisher: cri
    licensee: 示例新闻网
    actions: [转载, 摘编]
    validFrom: 2020-01-01
    validTo: ${validTo}
    paths: ['content/**']
`;
}

/** config (with a licence for content/** when asked), corpus/ with seven pages, and content/ with the reprints named. */
export function makeWorkspace(options: { licence?: boolean; content?: Record<string, string> } = {}): Workspace {
  const dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-ci-'));
  const ws: Workspace = {
    dir,
    at: (rel) => path.join(dir, rel),
    write(rel, data) {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), data);
    },
    read: (rel) => readFileSync(path.join(dir, rel)),
  };
  ws.write('laiyuan.yaml', `packs: [cri]\ncorpus:\n  cri: [corpus/]\n${options.licence ? LICENCE : ''}`);
  mkdirSync(ws.at('corpus'));
  for (const id of CORPUS) copyFileSync(path.join(ROOT, 'fixtures/corpus/cri', `${id}.txt`), ws.at(`corpus/${id}.txt`));
  for (const [rel, fixture] of Object.entries(options.content ?? {})) ws.write(rel, reprint(fixture));
  return ws;
}

/** The bytes of a reprint fixture (fixtures/reuse). */
export function reprint(name: string): Buffer {
  return readFileSync(path.join(ROOT, 'fixtures/reuse', name));
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The built CLI in `cwd`, output piped, colours and CI variables out of the way. */
export function laiyuan(cwd: string, args: string[], options: { input?: string | Buffer; env?: Record<string, string> } = {}): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', LAIYUAN_DEBUG: '', GITHUB_WORKSPACE: '', ...options.env };
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env, input: options.input ?? '', encoding: 'utf8', timeout: 60000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export interface JsonFinding {
  ruleId: string;
  file: string;
  line: number;
  column: number;
  message: string;
  attribution: { claimed: string | null; expected: string | null };
}

export interface JsonResults {
  summary: { filesChecked: number; filesWithFindings: number; errors: number; warnings: number };
  findings: JsonFinding[];
  errors: { file: string; message: string }[];
}

export function parseJson(run: Run): JsonResults {
  try {
    return JSON.parse(run.stdout) as JsonResults;
  } catch {
    throw new Error(`not JSON (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
}

/** The files that have findings, sorted. */
export function filesWithFindings(results: JsonResults): string[] {
  return [...new Set(results.findings.map((f) => f.file))].sort();
}

export function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_DATE: '2024-03-01T10:00:00', GIT_COMMITTER_DATE: '2024-03-01T10:00:00' } });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** git init with an identity, everything committed, tagged `base`. */
export function initRepo(dir: string): void {
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'editor@example.com');
  git(dir, 'config', 'user.name', '编辑');
  git(dir, 'config', 'commit.gpgsign', 'false');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', '初始稿件');
  git(dir, 'tag', 'base');
}

/** Waits until files written now are old enough for their stats to vouch for their bytes in --cache (src/io/file-stamp.ts: 2 s). */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 2100));
}

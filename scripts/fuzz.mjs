// npm run fuzz: a seeded run of the BUILT CLI (dist/cli/main.js) over generated hostile input.
// Files (random bytes, broken encodings, markup of every reader in hostile shapes, real articles
// spliced with junk) are checked in batches, each batch one CLI run with a time budget; configs
// and packs (the demo's and rules/cri.yaml cut, spliced, retyped, bombed) get a run each. Prints
// the inputs tried, the crashes (an exit code outside 0/1/2, or a stack trace), the hangs (a run
// over its budget) and the files changed; exits 1 when there is any.
//
//   node scripts/fuzz.mjs [--seed N] [--files N] [--batch N] [--configs N] [--packs N] [--budget-ms N]
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = path.join(ROOT, 'dist/cli/main.js');

const args = Object.fromEntries(
  process.argv.slice(2).flatMap((a, i, all) => (a.startsWith('--') ? [[a.slice(2), all[i + 1]]] : [])),
);
const SEED = Number(args.seed ?? 20261203);
const FILES = Number(args.files ?? 100_000);
const BATCH = Number(args.batch ?? 2_500);
const CONFIGS = Number(args.configs ?? 120);
const PACKS = Number(args.packs ?? 120);
/** A batch of BATCH small files, or one config, must finish in this time. */
const BUDGET_MS = Number(args['budget-ms'] ?? 180_000);

/** mulberry32: small, fast and the same on every machine. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(SEED);
const int = (n) => Math.floor(random() * n);
const pick = (list) => list[int(list.length)];

const PIECES = [
  '来源：', '来源:', '来源：国际在线', '国际在线', '国际在线北京消息', '消息', '记者 王芳', '责编：', '原标题：', '据', '报道', '转载自',
  '2024年3月4日', '2022-03-04 11:59:53', '（', '）', '【', '】', '“', '”', '「', '」', '《', '》', '，', '。', '、', ' ', '\u3000', '\t',
  '\n', '\r\n', '\r', '\u2028', '\u0000', '\ufeff', '\ud800', '\udfff', '*', '**', '_', '__', '~~', '`', '```', '![', '[', ']', '(', ')',
  '<', '>', '&', '&amp;', '&#12345;', '&#x1F600;', '&#0;', '\\', '#', '# ', '> ', '- ', '1. ', '|', '|---|', '---', '---\n', '<!--', '-->',
  '<!-- laiyuan-disable-line -->', 'laiyuan-disable-next-line', '<p>', '</p>', '<br>', '<b>', '<script>', '</script>', '<nav>', '<head>',
  '<meta name="source" content="新华社">', '<title>', '</title>', '{', '}', '"', "'", '{"id":"a","title":"标题","text":"正文"}', '[1,2', ':',
  'k: v', 'title: 标题', 'http://news.cri.cn/x', '吉林', '北京', '新华社', '非国际在线', '第三方版权', 'a', '1',
];

/** Shapes that make a careless parser take the square of the length. */
const RUNS = ['![', '[', '*', '**a ', '_', '<', '<a ', '&', '&#123', '"“‘', '来源', '来源：', '（', '`', '<!--', '> ', ' ', '<p><b>', '# a'];

const ARTICLES = readdirSync(path.join(ROOT, 'fixtures/corpus/cri')).map((f) => readFileSync(path.join(ROOT, 'fixtures/corpus/cri', f), 'utf8'));
const EXTENSIONS = ['md', 'txt', 'html', 'jsonl', 'htm', 'markdown', 'ndjson', 'text'];

function pieces(n) {
  let s = '';
  for (let i = 0; i < n; i++) s += pick(PIECES);
  return s;
}

function randomBytes(n) {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = int(256);
  return b;
}

function splice(text) {
  let out = text;
  for (let k = int(4); k >= 0; k--) {
    const at = int(out.length + 1);
    out = out.slice(0, at) + pieces(1 + int(6)) + out.slice(at + int(40));
  }
  return out;
}

/** One hostile file: its bytes. */
function hostileFile() {
  switch (int(10)) {
    case 0:
      return randomBytes(int(400));
    case 1: {
      const run = pick(RUNS);
      return Buffer.from(run.repeat(1 + int(20_000 / run.length)));
    }
    case 2: {
      const b = Buffer.from(splice(pick(ARTICLES)), 'utf8');
      return b.subarray(0, int(b.length + 1)); // truncated, maybe inside a character
    }
    case 3:
      return iconv.encode(splice(pick(ARTICLES)), pick(['gb18030', 'gbk', 'big5']));
    case 4: {
      const b = iconv.encode(splice(pick(ARTICLES)), 'utf16-le');
      const withBom = int(2) ? Buffer.concat([Buffer.from([0xff, 0xfe]), b]) : b;
      return int(2) ? withBom.subarray(0, withBom.length - 1) : withBom; // odd length
    }
    case 5:
      return Buffer.concat([Buffer.from(pieces(int(30)), 'utf8'), iconv.encode(pieces(int(30)), 'gb18030'), Buffer.from(pieces(int(30)), 'utf16le')]);
    case 6:
      return Buffer.alloc(0);
    case 7:
      return Buffer.from(Array.from({ length: 1 + int(20) }, () => JSON.stringify({ id: pieces(2), title: pieces(3), text: splice(pick(ARTICLES)).slice(0, 600), date: pieces(1) })).join(pick(['\n', '\r\n', '\n\n'])) + pieces(int(3)));
    default:
      return Buffer.from(int(2) ? splice(pick(ARTICLES)) : pieces(int(200)), 'utf8');
  }
}

const DEMO = readFileSync(path.join(ROOT, 'fixtures/demo/laiyuan.yaml'), 'utf8');
const CRI = readFileSync(path.join(ROOT, 'rules/cri.yaml'), 'utf8');
const YAML_JUNK = [
  '\n  - ', ': ', '{', '}', '[', ']', '&a ', '*a', '<<: *a', '!!binary ', '!!js/function ', '"', "'", '\t', '- ', '~', 'null', '1e999',
  '\n packs: [cri, cri]', '\ncorpus: {cri: [/dev/zero]}', '\ncorpus: {cri: [../../../../etc]}', '\ncorpus: 7', '\nlicences: [{}]',
  '\nunknownKey: 1', '\nmatch: {minChars: -1}', '\ninclude: ["**/*.{md"]', '\nindex: {cri: /dev/zero}', '\n---\n', '\n...\n', '%YAML 1.1\n',
];

function aliasBomb() {
  let s = 'a0: &a0 [x, x, x, x, x, x, x, x, x]\n';
  for (let i = 1; i < 12; i++) s += `a${i}: &a${i} [*a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}]\n`;
  return s;
}

function mutateYaml(base) {
  switch (int(6)) {
    case 0:
      return aliasBomb() + base;
    case 1:
      return `${'['.repeat(10_000)}${']'.repeat(int(2) ? 10_000 : 0)}`;
    case 2:
      return base + Array.from({ length: 10_000 }, (_, i) => `k${i}: 值${i}`).join('\n');
    case 3:
      return base.replace(/: [^\n]+/g, () => `: ${pick(['7', '[]', '{}', 'null', '"x"', '-1', 'true', '[[[]]]'])}`);
    default: {
      let out = base;
      for (let k = 1 + int(5); k > 0; k--) {
        const at = int(out.length + 1);
        out = out.slice(0, at) + pick(YAML_JUNK) + out.slice(at + int(30));
      }
      return out;
    }
  }
}

function hostilePack() {
  if (int(3) > 0) return mutateYaml(CRI);
  const markers = [
    () => Array.from({ length: 2000 }, (_, i) => `国际在线${'{place}'.repeat(20)}消息${i}`),
    () => Array.from({ length: 500 }, () => `${'{place}'.repeat(50)}`),
    () => Array.from({ length: 200 }, () => '国'.repeat(5000)),
    () => [`国际在线{place}{place}消息`, '{place', 'x}', '{unknown}', ''],
  ];
  const list = pick(markers)().map((m) => `    - ${JSON.stringify(m)}`).join('\n');
  return CRI.replace(/(ownContent:\n(?:  .*\n)*?  markers:\n)(?:    - .*\n)+/u, `$1${list}\n`);
}

const sha = (b) => createHash('sha256').update(b).digest('hex');

function hashTree(dir) {
  const out = new Map();
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile()) out.set(full, sha(readFileSync(full)));
    }
  };
  walk(dir);
  return out;
}

const STACK = /\n\s+at .+:\d+:\d+|^(TypeError|RangeError|ReferenceError|SyntaxError|Error):/m;
const report = { runs: 0, files: 0, configs: 0, packs: 0, crashes: [], hangs: [], changed: [] };

function run(cwd, argv, what) {
  report.runs++;
  const r = spawnSync(process.execPath, [CLI, ...argv], {
    cwd,
    encoding: 'utf8',
    timeout: BUDGET_MS,
    killSignal: 'SIGKILL',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', LAIYUAN_DEBUG: '' },
  });
  if (r.error?.code === 'ETIMEDOUT' || r.signal) report.hangs.push(`${what}: no answer in ${BUDGET_MS} ms`);
  else if (![0, 1, 2].includes(r.status ?? -1) || STACK.test(r.stderr)) report.crashes.push(`${what}: exit ${r.status}: ${r.stderr.split('\n').slice(0, 4).join(' | ')}`);
  return r;
}

const work = mkdtempSync(path.join(tmpdir(), 'laiyuan-fuzz-'));
const started = Date.now();
try {
  mkdirSync(path.join(work, 'corpus'));
  for (const f of readdirSync(path.join(ROOT, 'fixtures/corpus/cri'))) writeFileSync(path.join(work, 'corpus', f), readFileSync(path.join(ROOT, 'fixtures/corpus/cri', f)));
  writeFileSync(path.join(work, 'laiyuan.yaml'), 'packs: [cri]\ncorpus:\n  cri: [corpus/]\n');
  execFileSync('mkfifo', [path.join(work, 'fifo.yaml')]);

  for (let batch = 0; report.files < FILES; batch++) {
    const dir = path.join(work, `batch-${batch}`);
    mkdirSync(dir);
    const n = Math.min(BATCH, FILES - report.files);
    for (let i = 0; i < n; i++) writeFileSync(path.join(dir, `f${i}.${pick(EXTENSIONS)}`), hostileFile());
    const before = hashTree(dir);
    run(work, ['check', `batch-${batch}`, '--format', pick(['json', 'sarif', 'junit', 'github', 'pretty', 'checkstyle', 'rdjson', 'markdown', 'html']), '--no-files-ok'], `files batch ${batch} (seed ${SEED})`);
    const after = hashTree(dir);
    for (const [file, hash] of before) if (after.get(file) !== hash) report.changed.push(path.relative(work, file));
    report.files += n;
    rmSync(dir, { recursive: true, force: true });
    process.stderr.write(`\rfiles ${report.files}/${FILES}`);
  }
  process.stderr.write('\n');
  writeFileSync(path.join(work, 'doc.md'), `# 标题\n\n来源：国际在线\n\n${ARTICLES[0]}`);
  for (let i = 0; i < CONFIGS; i++) {
    writeFileSync(path.join(work, 'hostile.yaml'), mutateYaml(DEMO.replace('corpus/', `${work}/corpus/`)));
    run(work, ['check', 'doc.md', '--config', int(20) ? 'hostile.yaml' : 'fifo.yaml', '--format', 'json'], `config ${i} (seed ${SEED})`);
    report.configs++;
  }
  for (let i = 0; i < PACKS; i++) {
    writeFileSync(path.join(work, 'pack.yaml'), hostilePack());
    writeFileSync(path.join(work, 'pack-config.yaml'), 'packs: [./pack.yaml]\ncorpus:\n  cri: [corpus/]\n');
    run(work, ['check', 'doc.md', '--config', 'pack-config.yaml', '--format', 'json'], `pack ${i} (seed ${SEED})`);
    report.packs++;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const inputs = report.files + report.configs + report.packs;
console.log(`laiyuan fuzz, seed ${SEED}: ${inputs} inputs tried (${report.files} files in batches of ${BATCH}, ${report.configs} configs, ${report.packs} packs) in ${report.runs} CLI runs, ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`crashes: ${report.crashes.length}`);
for (const c of report.crashes.slice(0, 20)) console.log(`  ${c}`);
console.log(`hangs (over ${BUDGET_MS} ms): ${report.hangs.length}`);
for (const h of report.hangs.slice(0, 20)) console.log(`  ${h}`);
console.log(`files changed: ${report.changed.length}`);
for (const f of report.changed.slice(0, 20)) console.log(`  ${f}`);
process.exitCode = report.crashes.length + report.hangs.length + report.changed.length > 0 ? 1 : 0;

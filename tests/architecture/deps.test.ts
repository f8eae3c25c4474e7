import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Reads the import lines of src/**/*.ts and holds the layering the README's "Architecture"
// section draws: core's stages import only earlier stages, core touches no file system, process
// or outer layer, and nothing in src/ imports in a loop.

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');
const CORE_STAGES = ['shared', 'config', 'read', 'metadata', 'normalize', 'match', 'judge', 'suppress', 'fix'];
/** suppress and fix are both last: neither may import the other. */
const rank = (stage: string): number => (stage === 'fix' ? CORE_STAGES.indexOf('suppress') : CORE_STAGES.indexOf(stage));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const IMPORT = /^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gmu;

/** What a file imports: module specifiers as written. */
export function importsOf(text: string): string[] {
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

interface Graph {
  files: string[];
  edges: Map<string, string[]>;
  external: Map<string, string[]>;
}

function graph(): Graph {
  const files = sourceFiles(SRC).map((f) => relative(SRC, f).replaceAll('\\', '/'));
  const edges = new Map<string, string[]>();
  const external = new Map<string, string[]>();
  for (const file of files) {
    const specs = importsOf(readFileSync(join(SRC, file), 'utf8'));
    edges.set(file, specs.filter((s) => s.startsWith('.')).map((s) => relative(SRC, resolve(SRC, dirname(file), s)).replace(/\.js$/u, '.ts')));
    external.set(file, specs.filter((s) => !s.startsWith('.')));
  }
  return { files, edges, external };
}

const stageOf = (file: string): string | undefined => (file.startsWith('core/') ? file.split('/')[1] : undefined);

/** Every import loop, as the files around it. */
function cycles(g: Graph): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of g.edges.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next) && g.edges.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of g.files) if (!state.has(file)) visit(file);
  return found;
}

describe('the layers of src/', () => {
  const g = graph();

  it('reads every import form it is shown', () => {
    const text = "import a from './a.js';\nimport type { B } from '../b.js';\nexport { c } from './c.js';\nimport './d.js';\nconst e = await import('./e.js');\n";
    expect(importsOf(text)).toEqual(['./a.js', '../b.js', './c.js', './d.js', './e.js']);
  });

  it('keeps src/core in stage folders, with no file left at its top', () => {
    const top = g.files.filter((f) => f.startsWith('core/') && f.split('/').length === 2);
    expect(top).toEqual([]);
    const stages = new Set(g.files.map(stageOf).filter((s) => s !== undefined));
    expect([...stages].sort()).toEqual([...CORE_STAGES].sort());
  });

  it('lets a core stage import only earlier stages', () => {
    const wrong: string[] = [];
    for (const [file, targets] of g.edges) {
      const from = stageOf(file);
      if (from === undefined) continue;
      for (const target of targets) {
        const to = stageOf(target);
        if (to === undefined) wrong.push(`${file} imports ${target}, outside core`);
        else if (to !== from && rank(to) >= rank(from)) wrong.push(`${file} (${from}) imports ${target} (${to})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps core free of the file system, the process and the network', () => {
    const wrong: string[] = [];
    for (const [file, specs] of g.external) {
      if (stageOf(file) === undefined) continue;
      for (const spec of specs) if (spec.startsWith('node:') || ['fs', 'process', 'child_process', 'path', 'os'].includes(spec)) wrong.push(`${file} imports ${spec}`);
      if (/\bprocess\.\w/u.test(readFileSync(join(SRC, file), 'utf8'))) wrong.push(`${file} uses process`);
    }
    expect(wrong).toEqual([]);
  });

  it('keeps the outer layers pointing down: core ← io, formats, rules ← cli', () => {
    const order: Record<string, number> = { core: 0, rules: 1, formats: 1, io: 2, cli: 3 };
    const wrong: string[] = [];
    for (const [file, targets] of g.edges) {
      const from = file.split('/')[0] ?? '';
      for (const target of targets) {
        const to = target.split('/')[0] ?? '';
        if (from !== to && (order[to] ?? 9) >= (order[from] ?? 9)) wrong.push(`${file} imports ${target}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has no import loop anywhere in src/', () => {
    expect(cycles(g).map((c) => c.join(' → '))).toEqual([]);
  });
});

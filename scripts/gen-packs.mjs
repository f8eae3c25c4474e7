// Parses the built-in packs (rules/*.yaml) at build time into dist/packs/<id>.json, each with the
// SHA-256 of the YAML it was read from: a run that uses a built-in pack then loads no YAML parser
// (some seventy modules), and a pack edited after the build is read from its YAML as before.
// Run by `npm run build` after tsc, with the same reader the CLI uses (dist/io/yaml-errors.js).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const root = new URL('..', import.meta.url);
const { parseYaml } = await import(new URL('dist/io/yaml-errors.js', root).href);
const out = new URL('dist/packs/', root);
mkdirSync(out, { recursive: true });
for (const name of readdirSync(new URL('rules/', root)).filter((f) => f.endsWith('.yaml'))) {
  const text = readFileSync(new URL(`rules/${name}`, root), 'utf8');
  const parsed = parseYaml(text, `rules/${name}`);
  if (!parsed.ok) throw new Error(`rules/${name}: ${parsed.errors.map((e) => e.message).join('; ')}`);
  const sha256 = createHash('sha256').update(text).digest('hex');
  writeFileSync(new URL(`${name.slice(0, -'.yaml'.length)}.json`, out), `${JSON.stringify({ sha256, data: parsed.value.data })}\n`);
}

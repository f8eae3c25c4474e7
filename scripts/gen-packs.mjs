// Parses the built-in packs (rules/*.yaml) at build time into dist/packs/<id>.json, each with the
// SHA-256 of the YAML it was read from: a run that uses a built-in pack then loads no YAML parser
// (some seventy modules), and a pack edited after the build is read from its YAML as before.
// Each is checked here as a pack file is checked on load (dist/core/config/pack.js: schema, clauses,
// markers, name lists), the build failing on a mistake, and stored with `checked: true`: a run
// then takes it as it is, without the compiled schema code (src/io/packs.ts). A pack over a
// notice (`notice:` naming its text) is compiled from the notice on load, and checked then.
// Run by `npm run build` after tsc, with the same reader the CLI uses (dist/io/yaml-errors.js).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const root = new URL('..', import.meta.url);
const { parseYaml } = await import(new URL('dist/io/yaml-errors.js', root).href);
const { resolvePack } = await import(new URL('dist/core/config/pack.js', root).href);
const out = new URL('dist/packs/', root);
mkdirSync(out, { recursive: true });
for (const name of readdirSync(new URL('rules/', root)).filter((f) => f.endsWith('.yaml'))) {
  const text = readFileSync(new URL(`rules/${name}`, root), 'utf8');
  const parsed = parseYaml(text, `rules/${name}`);
  if (!parsed.ok) throw new Error(`rules/${name}: ${parsed.errors.map((e) => e.message).join('; ')}`);
  const { data, locate } = parsed.value;
  const overNotice = typeof data === 'object' && data !== null && typeof data.notice === 'string';
  if (!overNotice) {
    const pack = resolvePack(data, `rules/${name}`, locate);
    if (!pack.ok) throw new Error(pack.errors.map((e) => `${e.file}${e.line === undefined ? '' : `:${e.line}`}: ${e.message}`).join('\n'));
  }
  const sha256 = createHash('sha256').update(text).digest('hex');
  writeFileSync(new URL(`${name.slice(0, -'.yaml'.length)}.json`, out), `${JSON.stringify({ sha256, ...(overNotice ? {} : { checked: true }), data })}\n`);
}

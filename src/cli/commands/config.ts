import { Command, Option } from 'commander';
import { Document, isCollection, isMap, isPair, isScalar, isSeq } from 'yaml';
import { formatKeyPath } from '../../core/config/validation.js';
import { loadConfig, type LoadedConfig } from '../../io/config.js';
import { configErrorLines } from '../shared.js';

interface PrintFlags {
  config?: string;
  format: 'yaml' | 'json';
}

export function registerConfigCommand(program: Command): void {
  const config = program.command('config').description('show the configuration laiyuan runs with');
  config
    .command('print', { isDefault: true })
    .description('print the resolved config, each value with where it came from (default, or file:line; the default: `laiyuan config`)')
    .option('-c, --config <file>', 'config file (default: laiyuan.yaml, laiyuan.yml or .laiyuan.yaml here or in a folder above)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['yaml', 'json']).default('yaml'))
    .action(async (flags: PrintFlags) => {
      const loaded = await loadConfig({ cwd: process.cwd(), configPath: flags.config });
      if (!loaded.ok) {
        process.stderr.write(configErrorLines(loaded.errors));
        process.exitCode = 2;
        return;
      }
      process.stdout.write(flags.format === 'json' ? configJson(loaded.value) : configYaml(loaded.value));
    });
}

function values({ config }: LoadedConfig): Record<string, unknown> {
  const { file: _file, root: _root, ...rest } = config;
  return rest;
}

function configJson(loaded: LoadedConfig): string {
  const { config, packs, provenance } = loaded;
  const out = {
    file: config.file ?? null,
    root: config.root,
    config: values(loaded),
    packs: packs.map((p) => ({ id: p.id, name: p.name, file: p.file })),
    provenance,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** The config as YAML, each value followed by a comment saying where it came from. */
function configYaml(loaded: LoadedConfig): string {
  const { config, provenance } = loaded;
  const doc = new Document(values(loaded));
  doc.commentBefore = ` ${config.file ? `config: ${config.file}` : 'no config file found: defaults'}\n root: ${config.root}`;
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
      note(pair, provenance[key]);
      annotateChildren(pair.value, [key], provenance);
    }
  }
  return doc.toString({ lineWidth: 0 });
}

function annotateChildren(node: unknown, path: (string | number)[], provenance: Record<string, string>): void {
  if (isMap(node)) {
    for (const pair of node.items) note(pair, provenance[formatKeyPath([...path, String(isScalar(pair.key) ? pair.key.value : pair.key)])]);
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      const from = provenance[formatKeyPath([...path, i])];
      if (from && isCollection(item)) item.commentBefore = ` ${from}`;
    });
  }
}

/** Puts the origin after a scalar or empty value, else after the key. */
function note(pair: unknown, from: string | undefined): void {
  if (!from || !isPair(pair)) return;
  const { value } = pair;
  if (isCollection(value) && value.items.length === 0) value.flow = true;
  if (isScalar(value) || (isCollection(value) && value.items.length === 0)) value.comment = ` ${from}`;
  else if (isScalar(pair.key)) pair.key.comment = ` ${from}`;
}

import { parse } from 'yaml';
import type { Project } from '../../src/core/judge/check-document.js';
import { checkDocument } from '../../src/core/judge/check-document.js';
import { resolveConfig } from '../../src/core/config/config.js';
import { parseDocuments } from '../../src/core/read/index.js';
import { applySuppressions } from '../../src/core/suppress/suppressions.js';
import type { DocFormat, Document } from '../../src/core/read/types.js';
import type { Finding } from '../../src/core/judge/types.js';
import { RULES } from '../../src/rules/index.js';
import { loadPack } from '../../src/io/packs.js';
import { criCorpus, ROOT } from '../helpers/corpus.js';

/** The test corpus (22 pages and the seed page) with a config written as YAML. */
export async function criProject(configYaml = ''): Promise<Project> {
  const { pack, index } = await criCorpus();
  const resolved = resolveConfig(parse(configYaml) ?? undefined, 'laiyuan.yaml', ROOT);
  if (!resolved.ok) throw new Error(resolved.errors.map((e) => e.message).join('; '));
  const { config } = resolved.value;
  // a config naming other packs (a docs example for a rule cri's notice gives no term for) gets those, without a corpus
  if (config.packs.some((ref) => ref !== 'cri')) {
    const packs = await Promise.all(config.packs.map(async (ref) => {
      const loaded = await loadPack(ref, ROOT);
      if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('; '));
      return loaded.value;
    }));
    return { config, packs, indexes: new Map(), rules: RULES };
  }
  return { config, packs: [pack], indexes: new Map([[pack.id, index]]), rules: RULES };
}

export function parseOne(text: string, path: string, format: DocFormat): Document {
  const { documents } = parseDocuments(text, path, format);
  if (documents.length !== 1) throw new Error(`${path}: expected one document, got ${documents.length}`);
  return documents[0];
}

/** What the engine finds in the documents of one file. */
export function engineFindings(docs: readonly Document[], project: Project): Finding[] {
  return docs.flatMap((doc) => checkDocument(doc, project, { relativePath: doc.path, fallbackDate: () => '2025-06-01' }).findings);
}

/** What a check of one file reports: the engine's findings, then the suppression layer. */
export function checkedFindings(docs: readonly Document[], project: Project, reportUnused = false): Finding[] {
  const options = { ruleIds: project.rules.map((r) => r.id), reportUnused, settings: project.config.rules };
  return applySuppressions(docs, engineFindings(docs, project), options);
}

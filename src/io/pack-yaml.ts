// A compiled pack written out as a pack file (`laiyuan rules compile`): apart from notice-file.ts,
// so that reading a notice never loads the YAML writer.
import { stringify } from 'yaml';
import { displayPath } from './display-path.js';

/** The pack data as a pack file, with a header saying where it came from. */
export function packYaml(data: Record<string, unknown>, from: string): string {
  const header = `# Compiled by \`laiyuan rules compile\` from ${displayPath(from)}: check every term against the notice,\n# add aliases and the credit forms you accept, and keep \`clauses\` word for word.\n`;
  return `${header}${stringify(data, { lineWidth: 0 })}`;
}

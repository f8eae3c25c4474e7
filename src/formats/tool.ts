import type { FormatOptions } from './options.js';

export const TOOL_NAME = 'laiyuan';
export const TOOL_URI = 'https://github.com/laiyuan-cli/laiyuan';

export function toolUri(options: FormatOptions): string {
  return options.toolUri ?? TOOL_URI;
}

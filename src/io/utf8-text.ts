// A YAML file laiyuan reads (a config, a pack) must be UTF-8: one saved as GBK by a Chinese editor
// reads as U+FFFD, which its errors would quote. Its bytes say why instead.
import { readRegularFile } from './safe-read.js';

/**
 * Why a file read as UTF-8 is not ('not UTF-8 (looks like GB18030): save it as UTF-8'), else
 * undefined: its bytes read again, and the encoding reader loaded, only when the text holds U+FFFD.
 */
export async function notUtf8Text(absolute: string, text: string, maxBytes: number): Promise<string | undefined> {
  if (!text.includes('\uFFFD')) return undefined;
  const bytes = await readRegularFile(absolute, maxBytes).catch(() => undefined);
  return bytes && (await import('./encoding-trouble.js')).notUtf8(bytes);
}

import type { Span } from '../../src/core/shared/types.js';

/**
 * Reads a text written with its expected findings marked: ⟪…⟫ around each attribution as it
 * should be reported (its `line`), ⟦…⟧ around each value. Returns the plain text and the spans,
 * so a table row states positions without counting characters by hand.
 */
export function marked(source: string): { text: string; lines: Span[]; values: Span[] } {
  let text = '';
  const lines: Span[] = [];
  const values: Span[] = [];
  const open: Record<string, number> = {};
  for (const c of source) {
    if (c === '⟪' || c === '⟦') open[c] = text.length;
    else if (c === '⟫') lines.push({ start: open['⟪'], end: text.length });
    else if (c === '⟧') values.push({ start: open['⟦'], end: text.length });
    else text += c;
  }
  return { text, lines, values };
}

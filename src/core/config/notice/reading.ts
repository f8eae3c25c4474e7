// What one sentence of a notice says: the kinds of term it states, the words quoted for each
// (a range of the folded sentence), and the data read from them.
import type { UseAction } from '../types.js';
import { segmentsOf, type Sentence } from './text.js';

/** Kinds of term a sentence maps to: the pack's terms, and two kinds that are read but make no term. */
export type TermKind =
  | 'publisher'
  | 'attribution'
  | 'ownContent'
  | 'thirdPartyException'
  | 'restricted'
  | 'commercial'
  | 'licensing.scope'
  | 'licensing.agreement'
  | 'thirdParty'
  | 'contact'
  /** 违者必究, 追究法律责任: the sanction of the restriction, no term of its own. */
  | 'penalty'
  /** 不代表本网观点, 仅提供信息存储空间服务: the site disclaims views or hosting, no term. */
  | 'disclaimer'
  /** 转发请注明本文链接：<its URL>: a line of one article's page, not a credit rule of the site, no term. */
  | 'perArticle';

export interface Reading {
  kind: TermKind;
  /** The quoted words: [start, end) of the sentence's folded text. */
  quote: [number, number];
  site?: string;
  owner?: string;
  licensor?: string;
  /** Other names the notice gives the publisher (快科技（驱动之家旗下媒体）: 驱动之家). */
  aliases?: string[];
  /** A publisher reading that only writes other names of its outlet (不代表中新社和中新网观点): no clause of its own where another says who the publisher is. */
  namesOnly?: boolean;
  required?: string;
  /** The required form as the notice writes it, where it differs (来源：X beside 来源:X). */
  accepted?: string[];
  markers?: string[];
  thirdPartyMarkers?: string[];
  actions?: UseAction[];
  windowDays?: number;
}

export interface ReadContext {
  /** The publisher's name, when known (given, or read from the notice). */
  name?: string;
}

export type Reader = (sentence: Sentence, context: ReadContext) => Reading[];

/** The whole sentence. */
export function whole(sentence: Sentence): [number, number] {
  return [0, sentence.norm.length];
}

/** The segment (between commas and brackets) holding offset `at`. */
export function segmentAt(sentence: Sentence, at: number): [number, number] {
  return segmentsOf(sentence.norm).find(([s, e]) => at >= s && at < e) ?? whole(sentence);
}

/** From the segment holding `at` to the end of the sentence. */
export function fromSegment(sentence: Sentence, at: number): [number, number] {
  return [segmentAt(sentence, at)[0], sentence.norm.length];
}

/** From the start of the sentence to the end of the segment holding `at`. */
export function toSegment(sentence: Sentence, at: number): [number, number] {
  return [0, segmentAt(sentence, at)[1]];
}

/** The names of an organisation: letters of any script, brackets and dots, no punctuation between clauses. */
export const ORG = '[\\p{L}\\p{N}()·&.\\-]';

/** 人民网-文化频道, 凤凰网·大风号 → 人民网: the site, not its channel. */
export function siteOf(name: string): string {
  const cut = name.split(/[-—·|｜]/u)[0];
  return cut.replace(/(频道|栏目|客户端|官网|官方网站)$/u, '') || name;
}

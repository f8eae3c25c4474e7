// The data that flows through laiyuan. Pure types: no I/O, no behaviour.

export type Severity = 'error' | 'warning' | 'info';

/** A range of UTF-16 offsets into a document's text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** A value read from a document, with where it stands. */
export interface Located<T = string> {
  value: T;
  span: Span;
}

export type DocFormat = 'text' | 'markdown' | 'html' | 'jsonl';

/** What the container says about the article: front matter, <meta> tags, JSON Lines keys. */
export interface DocFields {
  id?: string;
  title?: string;
  source?: string;
  date?: string;
  author?: string;
  url?: string;
}

/**
 * One article as laiyuan reads it.
 *
 * `text` always has the same length as `raw` and the same offsets: markup, front matter and
 * JSON escapes are replaced by spaces (block boundaries by '\n'), entities by the character they
 * stand for followed by spaces. So an offset found in `text` is an offset in `raw`, and every
 * position is reported in the file as the user sees it without an offset map.
 */
export interface Document {
  /** Path as shown to the user ('/'-separated), or '<stdin>'. */
  path: string;
  format: DocFormat;
  /** The decoded text of the file (for JSON Lines: of this record's line). */
  raw: string;
  /** What laiyuan reads: visible text, same length and offsets as `raw`. */
  text: string;
  /** 0-based line in the file where `raw` begins (non-zero only for JSON Lines records). */
  lineOffset: number;
  fields: DocFields;
  /** Where each field stands in `raw`, when it stands in the file at all. */
  fieldSpans: Partial<Record<keyof DocFields, Span>>;
}

/** How bytes became text. */
export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';
  bom: boolean;
  eol: 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';
}

/** A claimed source in a document: 来源:X, 转载自X, 据X报道, Source: X, front matter `source:` ... */
export interface SourceClaim extends Located {
  /** The wording used, e.g. '来源', '稿件来源', '转载自', '据…报道', 'Source', 'front-matter', 'meta'. */
  form: string;
  /** The whole attribution as written, e.g. '来源：国际在线'. */
  line: Located;
}

/** What a document says about itself, each with its position. */
export interface Metadata {
  sources: SourceClaim[];
  originalTitle?: Located;
  authors: Located[];
  editors: Located[];
  dates: Located[];
}

/** A publisher's own-content marker found in a text, e.g. 国际在线北京消息. */
export interface MarkerHit extends Located {
  pack: string;
  pattern: string;
  place?: string;
}

// ---- Packs: a publisher's notice as data ----

export interface Clause {
  number: number;
  /** The clause's exact words. */
  quote: string;
}

export type UseAction = '转载' | '摘编' | '复制' | '改编' | '其他方式使用' | '销售';

export interface Pack {
  id: string;
  name: string;
  /** Where the pack was loaded from (built-in packs: 'rules/<id>.yaml'). */
  file: string;
  notice: { title: string; url?: string };
  publisher: {
    name: string;
    aliases: string[];
    owner: string;
    licensor: string;
    clause: number;
  };
  attribution: {
    /** The exact form to cite, e.g. '来源:国际在线'. */
    required: string;
    /** Forms accepted as exactly the required one (e.g. full-width colon). */
    accepted: string[];
    /** Where the line must stand: 'top' = within `topLines` lines of the start. */
    position: 'top' | 'anywhere';
    topLines: number;
    clause: number;
  };
  ownContent: {
    /** Literal patterns with named slots, e.g. '国际在线{place}消息'. */
    markers: string[];
    /** Words that mark content as third-party inside an own-content page. */
    thirdPartyMarkers: string[];
    clause: number;
  };
  restricted: {
    /** Uses that need written authorization. */
    actions: UseAction[];
    clause: number;
  };
  licensing: {
    /** Licensees must stay inside their licence's scope and cite the source. */
    scopeClause: number;
    /** Without an agreement nobody may sell or use own content. */
    agreementClause: number;
  };
  thirdParty: { clause: number };
  contact: { windowDays: number; clause: number };
  clauses: Clause[];
  /** Each term's own words from its clause, by term name ('attribution', 'licensing.scope' ...). */
  quotes?: Partial<Record<string, string>>;
}

// ---- Config ----

export interface Licence {
  /** Pack id of the publisher granting it. */
  publisher: string;
  licensee: string;
  actions: UseAction[];
  validFrom?: string;
  validTo?: string;
  /** Globs (relative to the config file) of the files the licence covers; empty = all. */
  paths: string[];
  agreement?: string;
}

export type RuleSetting = Severity | 'off';

export interface MatchOptions {
  /** Characters per k-gram of normalised text. */
  k: number;
  /** Winnowing window, in k-grams. */
  window: number;
  /** Shortest passage that counts as an excerpt, in normalised characters. */
  minPassage: number;
  /** Share of the article's content reused above which the use is a reprint. */
  reprintShare: number;
  /** Mean similarity of reused sentences below which the copy counts as edited. */
  editedSimilarity: number;
  /** Similarity at or above which two sentences are the same sentence. */
  sentenceSimilarity: number;
  /** Share of corpus articles a line or fingerprint may occur in before it is boilerplate. */
  boilerplateShare: number;
}

export interface Config {
  /** The config file, or undefined when none was found. */
  file?: string;
  /** Folder that relative paths in the config are resolved against. */
  root: string;
  packs: string[];
  corpus: Record<string, string[]>;
  licences: Licence[];
  include: string[];
  ignore: string[];
  rules: Record<string, RuleSetting>;
  match: MatchOptions;
}

/** An error in a config, pack or input file, with where it is. */
export interface ConfigError {
  file: string;
  line?: number;
  column?: number;
  /** Key path, e.g. 'licences[0].actions[1]'. */
  path?: string;
  message: string;
}

export type Loaded<T> = { ok: true; value: T } | { ok: false; errors: ConfigError[] };

// ---- Reuse ----

export type OriginKind = 'own' | 'third-party' | 'unknown';

/** Whose content a corpus article is, and what on its page says so. */
export interface Origin {
  kind: OriginKind;
  /** The outlet to credit: the publisher's name for own content, the original outlet otherwise. */
  source: string;
  evidence?: string;
}

export interface Article {
  id: string;
  title: string;
  url?: string;
  date?: string;
  pack: string;
  origin: Origin;
  originalTitle?: string;
  byline?: string;
  doc: Document;
}

export type ReuseKind = 'reprint' | 'excerpt' | 'edited';

export interface Passage {
  /** Span in the document's text. */
  doc: Span;
  /** Span in the article's text. */
  source: Span;
  similarity: number;
}

export interface Reuse {
  article: Article;
  kind: ReuseKind;
  /** Share of the article's content characters reused. */
  coverage: number;
  /** Share of the document's content characters that are reused. */
  docCoverage: number;
  /** Mean similarity of the reused passages, weighted by length. */
  similarity: number;
  passages: Passage[];
}

// ---- Findings and results (what formatters receive) ----

export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface PassageReport extends Range {
  sourceLine: number;
  sourceColumn: number;
  sourceEndLine: number;
  sourceEndColumn: number;
  similarity: number;
  /** The passage as it reads in the document and in the article (for people; not in JSON). */
  text?: string;
  sourceText?: string;
}

export interface FindingSource {
  articleId: string;
  title: string;
  file: string;
  url: string | null;
  date: string | null;
  origin: string;
}

export interface TextEdit {
  /** UTF-16 offsets into the file's decoded text. */
  start: number;
  end: number;
  text: string;
}

export interface Finding extends Range {
  ruleId: string;
  severity: Severity;
  pack: string;
  file: string;
  message: string;
  /** The clause in full; `quote`, for people, the words of it the finding rests on (not in JSON). */
  clause: { number: number; text: string; quote?: string };
  source: FindingSource | null;
  reuse: {
    kind: ReuseKind;
    coverage: number;
    similarity: number;
    passages: PassageReport[];
  } | null;
  attribution: { claimed: string | null; expected: string | null };
  remedy: string;
  /** Stable identity for baselines: does not change when lines move. */
  fingerprint: string;
  /** The rule's docs page. */
  docs: string;
  fix?: TextEdit[];
}

export interface RuleMeta {
  id: string;
  description: string;
  docs: string;
  defaultSeverity: Severity;
}

export interface FileError {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

export interface CheckResults {
  version: 1;
  tool: { name: 'laiyuan'; version: string };
  summary: {
    filesChecked: number;
    filesWithFindings: number;
    errors: number;
    warnings: number;
    infos: number;
  };
  findings: Finding[];
  errors: FileError[];
}

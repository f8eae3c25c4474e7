// Types of the config stage.
import type { Severity } from '../shared/types.js';

export interface Clause {
  number: number;
  /** The clause's exact words. */
  quote: string;
}

/** One restriction of a notice: the uses its clause names, and its words. */
export interface Restriction {
  actions: UseAction[];
  clause: number;
  quote?: string;
}

export type UseAction = '转载' | '摘编' | '复制' | '改编' | '其他方式使用' | '销售';

/**
 * What a publisher's notice says, as data. Only the publisher's name and the clauses are always
 * there: every other term is present only when the notice has it (a one-line notice such as
 * 本文系X独家稿件，未经授权，不得转载 has an own-content marker and a restriction, nothing else).
 * Rules name the terms they need (`Rule.needs`) and do not run for a pack that lacks one.
 */
export interface Pack {
  id: string;
  name: string;
  /** Where the pack was loaded from (built-in packs: 'rules/<id>.yaml'). */
  file: string;
  notice: { title?: string; url?: string };
  publisher: {
    name: string;
    /**
     * Other names it is credited by: the pack's `publisher.aliases`, then the other names of its
     * outlet in OUTLET_ALIASES (中新网, 中新社 of 中国新闻网: src/core/shared/outlet-aliases.ts).
     */
    aliases: string[];
    /**
     * Words a credit may write after the name or an alias and still credit the publisher, in a form
     * other than the required one (国际在线综合, 国际在线体育); the own-content markers' words after
     * the name (专稿, {place}消息) count too, see namesPublisher.
     */
    suffixes?: string[];
    /** Who runs the site (主办), when the notice names it. */
    owner?: string;
    /** Who holds or sells the rights (版权所有, 独家负责…经营), when the notice names it. */
    licensor?: string;
    /** The clause naming them; absent when the notice names nobody but the site. */
    clause?: number;
  };
  attribution?: {
    /** The exact form to cite, e.g. '来源:国际在线'; absent when the notice asks for a credit but gives no form (转载请注明出处). */
    required?: string;
    /** Forms accepted as exactly the required one (e.g. full-width colon). */
    accepted: string[];
    /**
     * Where the line must stand: 'top' = before the article's body text begins (under the headline
     * and byline, whatever the line lengths); in a text with no recognisable body, within its first
     * `topChars` visible characters, or `topLines` lines with text for a pack that gives only that.
     */
    position: 'top' | 'anywhere';
    topChars?: number;
    topLines: number;
    clause: number;
  };
  ownContent?: {
    /** Literal patterns with named slots, e.g. '国际在线{place}消息'. */
    markers: string[];
    /** Words that mark content as third-party inside an own-content page. */
    thirdPartyMarkers: string[];
    clause: number;
  };
  restricted?: {
    /** Uses that need authorization: every restriction's. */
    actions: UseAction[];
    /** The first restriction's clause. */
    clause: number;
    /**
     * Each restriction the notice states, in its order, when it states more than one (刊用…务经书面授权,
     * then 未经授权禁止转载、摘编、复制): a finding cites the one that names the use. Absent: the one above.
     */
    each?: Restriction[];
  };
  licensing: {
    /** Licensees must stay inside their licence's scope and cite the source. */
    scopeClause?: number;
    /** Without an agreement nobody may sell or use own content. */
    agreementClause?: number;
  };
  thirdParty?: { clause: number };
  /** Commercial reuse needs the rights holder's authorization (商业转载请联系作者获得授权), non-commercial reuse does not. */
  commercial?: { clause: number };
  /** Whom to contact and, when the notice sets one, within how many days. */
  contact?: { windowDays?: number; clause: number };
  clauses: Clause[];
  /** Each term's own words from its clause, by term name ('attribution', 'licensing.scope' ...). */
  quotes?: Partial<Record<string, string>>;
}

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
  /** Share of the reused characters changed (words; not punctuation, width, script, whitespace) above which the copy counts as edited. */
  editedShare: number;
  /** Fewest sentences taken one by one from an article that make an excerpt. */
  minSentences: number;
  /** Shortest sentence that counts towards `minSentences`, in normalised characters. */
  minSentenceChars: number;
  /** Similarity at or above which two sentences are the same sentence. */
  sentenceSimilarity: number;
  /** Share of corpus articles a line or fingerprint may occur in before it is boilerplate. */
  boilerplateShare: number;
  /**
   * Places in the archive (postings) a fingerprint may stand at and still be used to find and align
   * articles: a phrase common to more says nothing about which article was copied, and leaving it
   * out keeps each lookup's cost independent of the archive's size.
   */
  maxPostings: number;
}

export interface Config {
  /** The config file, or undefined when none was found. */
  file?: string;
  /** Folder that relative paths in the config are resolved against. */
  root: string;
  packs: string[];
  corpus: Record<string, string[]>;
  /** Per pack: an archive index file (laiyuan index build), used instead of reading the corpus. */
  index?: Record<string, string>;
  licences: Licence[];
  include: string[];
  ignore: string[];
  rules: Record<string, RuleSetting>;
  match: MatchOptions;
  /** Whether the content repository is commercial: a notice's `commercial` term asks authorization of commercial reuse only. */
  commercial: boolean;
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

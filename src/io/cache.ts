import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { DEFAULT_MAX_FILE_BYTES, readRegularFile } from './safe-read.js';
import path from 'node:path';
import { formatOf } from '../core/read/format-of.js';
import type { Document } from '../core/read/types.js';
import type { Finding } from '../core/judge/types.js';
import { fallbackDateOf, hasDirective, keptDocuments, type CheckOptions, type FallbackDate, type FileCheck } from './file-check.js';
import type { ArchiveFacts, LoadedProject } from './project.js';
import { UNREADABLE } from './corpus-digests.js';
import { settled, stampOf, stampSize } from './file-stamp.js';
import { readAhead } from './read-ahead.js';
import { lastCommitDate, type CommitDate } from './git.js';
import { cacheWriteNote } from './cache-note.js';
import { sha256 } from './sha256.js';
import { writeAtomic } from './write-output.js';
import { sealed, unsealed } from './sealed-v8.js';
import { sharedStrings, unsharedStrings } from './shared-strings.js';
import { deserialize, serialize } from 'node:v8';
import { splitEvidence, withEvidence, type Evidence } from './finding-evidence.js';

/**
 * A file's check as kept between runs: everything but the documents, which are read again from the
 * file when wanted, and its findings' evidence (Stored.evidence), as leanFinding leaves them.
 */
type Kept = Omit<FileCheck, 'documents'>;

interface Entry {
  /** sha256 of the file's bytes when it was checked. */
  hash: string;
  /** The file's stats when it was checked (see file-stamp.ts): while they hold, the file is not read again. */
  stamp?: string;
  /** Whether the file holds a laiyuan- directive: its documents are read again for the suppressions. */
  directives: boolean;
  check: Kept;
}

/**
 * Bumped when what an entry holds changes (2: the document's facts and the passages' lines; 3: stamps,
 * directives, document counts, the archive's facts; 4: the file starts with the CRC-32 of what follows;
 * 5: findings judged with candidate evidence and near-identical copies grouped, same version, other
 * results; 6: the archive's facts name its hidden articles; 7: files in two encodings; 8: each long
 * string that repeats is kept once, see shared-strings.ts; 9: years in Chinese numerals part yearly
 * templates, same version, other results; 10: the findings' evidence kept apart, see Stored.evidence; 11:
 * no --fix for a document reusing articles of several origins, same version, other results; 12: two parts
 * of an article quoted apart are two passages, same version, other results; 13: a source field written as
 * a 来源 credit read as that credit, and brackets around a credit and a byline left out of the credit, same
 * version, other results; 14: a JSON Lines record's missing-attribution remedy names the source field,
 * same version, other results; 15: an archive page marked third-party that names no source is third-party
 * content of an unnamed outlet, same version, other results; 16: a credit right after the third-party
 * mark on its line names the outlet, same version, other results; 17: JSON Lines records written with \u
 * escapes read as written in UTF-8, same version, other results; 18: HTML pages written with character
 * references read as written in UTF-8, same version, other results; 19: a checked document's credit right
 * after a third-party mark on its line read as its credit, same version, other results; 20: an outlet
 * credited in traditional characters named in simplified ones, same version, other results; 21: an
 * own-content marker in corner brackets 『』「」 leading its line counted, same version, other results; 22:
 * no fix offered in an HTML page written with character references, same version, other results; 23: an
 * HTML page's <h1> that asks or exclaims, under a <title> repeating it, read as its headline, same
 * version, other results; 24: attribution.claimed the credit a finding's rule judged, same version, other
 * results; 25: a credit after a third-party mark a header line of a passage (never marked), same version,
 * other results; 26: a credit whose bracket never closes, ending its line, read as a credit, and a
 * bracketed credit after text fixed in its brackets, same version, other results; 27: an HTML page's
 * <title> and <h1> its head whatever they read like, same version, other results; 28: a citation of
 * another outlet no credit claimed, same version, other results; 29: a corpus or index path given
 * absolute outside the working folder named absolute in findings, same version, other results; 30: a
 * credit in a JSON Lines title or a front matter title: read as the headline's, and a field a page's head
 * wherever it is written, same version, other results; 31: a credit followed by a media tag (（组图）) or
 * bracketed with a byline read as a credit, and a nonstandard credit below the body's start reported (and
 * fixed) for its place too, same version, other results; 32: an HTML page's headline the text its parser
 * reads in <title> and <h1> (an <h1> of two lines, a tag named in a comment), same version, other
 * results; 33: a moved foot credit's fix leaves its byline without the separator, takes its media tags up
 * with it, and takes a Markdown blockquote or emphasis line whole, same version, other results; 34: a
 * date line indented or padded read as the page's date, and credits after a labelled date, after the
 * headline past a space, before a byline after a comma or slash, and dated own-content markers read, same
 * version, other results; 35: a credit beside a 编译/摄/整理 byline in its brackets, or after the headline
 * before an unbracketed byline, read, same version, other results; 36: the archive's facts name the
 * corpus files passed over as over --max-file-size, which the key holds; 37: a {place} marker slot that
 * takes no citation of other outlets (国际在线等媒体消息) and takes a year or no place (国际在线3月1日消息), same version,
 * other results; 38: a moved foot credit's line followed by another keeps the blank line above it, and
 * credits read after other date labels (发布日期, 发稿时间…) or a breadcrumb, beside a note of cuts (有删改) or a
 * date after the headline, and before a byline after 、, same version, other results; 39: a byline with a
 * bracketed trainee tag (记者 张三（实习）) beside a credit, and one glued to the publisher's name (来源：国际在线编译张三),
 * read, same version, other results; 40: every misworded credit of the article reported and fixed, not
 * the first alone, and header lines read through zero-width characters, same version, other results; 41:
 * a {place} refusing its words only where they start or end it (埃及, 社旗 are places again), same version,
 * other results; 42: own-content markers under 国际在线网, with a reporter's name ending as an outlet's
 * (记者王新闻), after a 据 that ends 数据, and markers, third-party marks and title-field credits read through
 * zero-width characters, same version, other results; 43: a moved foot credit's fix takes its note of
 * cuts (（有删改）) up with it and removes the HTML element in Markdown it leaves empty, every name of a
 * byline with bracketed trainee tags read (张三（实习）、李四（见习）), and a byline glued to the publisher's name cut
 * in headline and source fields too, same version, other results; 44: a credit naming the publisher after
 * 据 or 综合, before 等, by its owner, a channel or a web address on its domain (read whole past the colon)
 * read as crediting it, and credits under 出处 or across an HTML table row's cells read, same version,
 * other results; 45: a Markdown credit's fix inserted under a setext heading's underline (=== or ---),
 * not between it and the heading's text, same version, other fixes; 46: a credit of the publisher's name
 * with an own-content marker's words or a pack suffix after it (来源：国际在线专稿, 来源：国际在线体育) read as crediting
 * the publisher, and a credit with a date in its brackets (标题（来源：国际在线 2024-03-01）) read, and a date after
 * a credit read however long the headline before it, and every credit naming the wrong source reported,
 * not the first alone, same version, other results; 47: a document compared with fewer candidate articles
 * than share text with it kept with the note and its findings marked (reuse.candidatesFull), same
 * version, other results; 48: a headline credit read under a breadcrumb, navigation bar, font-size switch
 * or editor's note, and an article's title passing over byline, share and font-size lines (and without
 * its headline credit), same version, other results; 49: a credit line the reused article prints itself,
 * or a 出处 line beside the credits, no second wrong-source finding, same version, other results; 50: an
 * outlet whose name starts with 和 or 与 (来源：和讯网) read whole, not as two joined, and a headline led by a
 * column tag and a bar (专访｜…) read as the headline, not a navigation bar, same version, other results;
 * 51: a headline starting with 记者, 作者 or 分享到 (记者探访长白山雪季开板) kept as the title, passed over only as a
 * byline or share widget as a whole, same version, other results; 52: a 转载自 line beside a right credit
 * (本文转载自互联网) no second wrong-source finding, same version, other results; 53: a 来源 row of a table of
 * figures in an HTML page's body beside another credit no wrong-source finding, a credit across a table
 * row's cells fixed cell by cell, and a credit's name split over adjacent inline elements
 * (<span>国际</span><span>在线</span>) read whole, same version, other results; 54: an own-content marker in
 * title marks (在《国际在线报道》栏目中) no marker, and a right credit below the top (（来源：国际在线） at the foot) moved by
 * its fix, same version, other results; 55: a column-tagged headline carrying its credit not navigation,
 * an editor's note under the headline page head (not the body, not the title), an HTML <title>'s site
 * name left out of the title (the <h1> preferred), a Markdown setext heading the title, a table without
 * outer pipes no navigation, 记者节 no byline, same version, other results; 56: a credit copied with the
 * reused text exempt from wrong-source as normalised (width, punctuation, script), where the copy's line
 * starts with it (paragraphs joined) and for every article a document reuses, a credit's name ending at a
 * glued date or 举报/点击 widget, and a column after a mark (国际在线·环球资讯) or 综合 between two names read as
 * naming the publisher, same version, other results; 57: a date line the reused article prints itself
 * (2023-11-20 18:30:05　来源：长春发布客户端) not the document's date for predates-source, and a site's menu or
 * breadcrumb with an item over 12 characters or parted by wide spaces, dots or slashes (首页 > 吉林频道 >
 * 长春市政府新闻发布会实录专栏 > 正文) not the headline, same version, other results; 58: predates-source on a
 * third-party article of the archive names its outlet (早于城市晚报《…》), not the publisher, same version, other
 * messages; 59: the messages of a document reusing several articles name each finding's article
 * (（所用文章《…》）), same version, other messages; 60: a credit after a 原标题 on its line, after 来源 with a dash
 * or ∶ for its colon, or across an HTML <br> or <dt>/<dd> read, a credit naming no outlet (转载自互联网) no
 * credit, a Markdown table row's credit quoted with its bar, a foot credit's date moved with it by --fix,
 * same version, other results; 61: a credit's name ending where its element closes
 * (<span>来源：国际在线</span><span>11月21日</span>), and a table without a row of figures (a foot's 【打印】【关闭】) no
 * table of data, same version, other results; 62: a licence's dates checked against the document's own
 * date as predates-source reads it (a date line the reused article prints itself is not it), same
 * version, other results; 63: outlets' names parted by spaces read as one credit naming each (来源：新华社 综合
 * 国际在线, 来源：国际在线 新华社), 综合自国际在线 a credit, a carrier's credit with a 转载自 naming the origin after it on its
 * line (来源：国际在线（转载自吉林日报）) no wrong source, and a misworded credit's fix parted from a glued date, same
 * version, other results; 64: a passage made only of page-chrome lines on both sides (a site footer's
 * download-the-app, 报料, 未经授权不得转载 lines) no reuse, a footer's 本文来自澎湃新闻 (文章来自, 稿件来自) a credit naming that
 * outlet, and a headline starting with 编辑部 (编辑室, 编辑们…) no editor's byline, same version, other results;
 * 65: a spaced label (来 源：, 来&nbsp;&nbsp;源：, 作 者：), an excerpt's credit (（本文摘编自X）, 选自X, 编译自X, （据X报道）,
 * （综合X报道）), 来源/X, 来源：<X>, the ︰ colon and a credit on a header line led by a web address read, and a
 * credit the reused article prints in its body as the copy's only credit missing-attribution, not
 * wrong-source, same version, other results; 66: an outlet's short or former name (中新网, 中广网) its credit,
 * two of the publisher's names together (来源：CRI国际在线) naming it, no wrong-source for a short quotation
 * attributed in its sentence, and a compilation's credits judged against the parts they head or close,
 * same version, other results; 67: a closing credit tied to the part whose passages cover most of what it
 * closes (not to a stock phrase of another article inside it), same version, other results; 68: a credit
 * on a site's furniture line (（本文来自澎湃新闻，更多原创资讯请下载 “澎湃新闻”APP）) no credit of a checked document, a name
 * spaced out character by character (来源：国 际 在 线) read whole, 来源：国际在线 转自新华社 read as 来源：国际在线（转载自新华社） is
 * (both nonstandard on the publisher's own content), （据国际在线报道整理） quoted whole, and a credit over a part
 * that reuses nothing its part's, same version, other results; 69: --fix moving a foot credit up writes
 * it over a wrong credit at the top (wrong-source's finding fixed by the same edits), a credit naming no
 * outlet (转载自互联网) replaced or moved up by missing-attribution's fix, HTML credits with entities or tags
 * between label and name and Markdown table rows and emphasis rewritten, an HTML row's label and name
 * cells quoted apart, and | 来源: | 国际在线 | the required credit, same version, other results; 70:
 * unauthorized-reuse names the use as the restriction that names it words it (使用 under 禁止使用, 刊用), cites
 * that restriction of several, and is a warning for a use the notice does not restrict (an excerpt under
 * 不得转载), same version, other results; 71: a page mostly its own text taking an excerpt uncredited told to
 * credit the part (not to replace its credit), 注明来源也不能代替授权 only on a file crediting the publisher under a
 * notice asking a credit, no contact tail on third-party content and clause 5's 本网 as the contact, and an
 * archive page opening with another outlet's wire dateline that outlet's, same version, other results;
 * 72: a furniture line's credit left out only where it is a statement (本文来自X…APP) naming another outlet
 * than the origin, a label (来源：国际在线　报料热线：…) and a footer naming the origin credits again, same version,
 * other results; 73: an excerpt under a restriction worded 刊用 (an old one-restriction pack) an error
 * again, an edited copy under 利用其他方式使用 named 使用了, same version, other results; 74: a page mostly its own
 * whose credit of the part it took stands below the body's start not told to move it to the top
 * (rewritten where it stands), same version, other results; 75: credits with a typo (a label one
 * character off, 来原：国际在线; a stray space inside a name, 国际 在线; the publisher's name one character off,
 * 国际在现) read as the outlet they name, same version, other results; 76: a date inside a reused passage
 * where the article prints that day (a lead copied with edits) not the document's, a 原标题 line never the
 * title, the place of a credit said as the pack's rule, not the notice's, same version, other results;
 * 77: a fix and its remedy in a traditional-character article written 來源:國際在線, an HTML reuse finding at
 * the <h1> not the <title>, a top credit naming no outlet (来源：网络) the missing-attribution finding's place
 * and words, same version, other results; 78: a credit glued to its source (来源：国际在线转载自新华社, 人民网转自新华网) read
 * as carrier and source, 摘自 and a bar join them too, a wrong carrier credit quoted whole, an archive page
 * crediting 国际在线 as carrier (or opening with 南都讯, 新京报讯) that outlet's, same version, other results; 79: a
 * licence's paths naming a folder cover the files under it, same version, other results; 80: a day no
 * earlier than the reused articles' own the document's date, however it came (a copy dated the day it
 * reprints in licence again), same version, other results; 81: an HTML label parted from its name by a
 * tag written 来源/ or with ︰ or spaced (<dt>来 源︰</dt>), a Markdown table's 来源 column and 國際線上 (OpenCC
 * Taiwan phrases) read as credits, same version, other results; 82: an archive page whose head names
 * another outlet by its date (新京报 under it, 原创 南方都市报, 中国网 2019-…) that outlet's, a 转自 after a comma, a
 * semicolon or in a closing bracket read as carrier and source, 國際線上北京訊息 a marker, same version, other
 * results; 83: 来源：新华社，转自国际在线 over 国际在线's own content wrong-source quoted whole (was
 * nonstandard-attribution with a fix leaving 来源：新华社), a 转自 naming no outlet (本台记者, 微信公众号“…”) no carried
 * source, same version, other results; 84: a traditional article's remedy and message name 來源:國際在線 with
 * or without a fix (an HTML page gets none), same version, other results; 85: a bar between a credit and
 * its 转自 (（来源：国际在线｜转自新华社） closing a paragraph) read as carrier and source, 摘录自 and 选编自 after a space a
 * second credit, an excerpt’s 摘自 closing a paragraph read as 转自 is, same version, other results;
 * 86: an out-of-scope date the document does not state said as the fallback date, same version, other
 * results; 87: a source field's remedy says --fix leaves it, same version, other results; 88: a 转自 naming
 * a foreign outlet (转自CNN, 转自Reuters, 转自The New York Times) read as carrier and source, foreign outlets'
 * Latin and Chinese names one outlet's, same version, other results; 89: a named account (来源：微信公众号“侠客岛”,
 * 转自微信公众号“侠客岛”) credits the account, same version, other results; 90: a credit in a Markdown foot table
 * fixed by writing 来源:国际在线 under the headline, the table kept (remedy and fix edits), same version, other
 * results; 91: a credit, date or editor after a bullet glyph (2024-01-01 ▪ 来源：新浪网 ▪ 编辑：张三, ▶ 来源：…, 📰
 * 来源：…) read as after a bar, same version, other results; 92: an archive record whose story opens with a
 * wire citation (据新华社电, 据新华社北京3月4日电, or glued to its headline: 标题据新华社电 昨天，…) that agency's, a dateline's
 * name never a run of headline text (标题新华社北京3月4日电 is 新华社's), same version, other results; 93: an archive
 * page whose byline names another outlet after a slash (石佳/中国青年报) or whose text states it is another
 * outlet's original work (此文系搜狐焦点网独家原创稿件) that outlet's, same version, other results; 94: an uncredited
 * reuse under a notice that asks a credit and restricts nothing (转载请注明出处：快科技) is missing-attribution
 * without a licence, its message quoting the notice, same version, other results; 95: a reprint under a
 * notice that asks reprints for a credit and restricts other uses only (严禁建立镜像。如需转载，请注明来源) is no
 * unauthorized-reuse, same version, other results; 96: a traditional article's fix, remedy and message
 * convert only the credit laiyuan asks for (a quote of the page as the page writes it), and leave
 * characters whose traditional form depends on the word (发, 干, 面, 台, 里), same version, other results; 97:
 * a role before a head line's slash (摄影/新华社, 编辑/人民网) no byline naming the outlet, same version, other
 * results; 98: 微信公众号"侠客岛" and 微信公众号：侠客岛 credit the account, same version, other results; 99: an excerpt
 * under a notice that forbids 摘编 and asks reprints for a credit unauthorized, same version, other
 * results; 100: an archive 来源 naming no outlet (来源：网络, 网友, 网络综合) third-party with no outlet to
 * credit, 来源：本站 the publisher's own, and a marker in brackets (【深圳商报讯】) or a dateline glued after a
 * headline of up to 40 characters (标题新快报讯) the outlet's, same version, other results;
 * 101: each file's check keeps whose the archive articles it reuses are (reusedOrigins, for the
 * note on a pack none of whose reused articles is the publisher's own), own-content markers matched
 * whatever spaces stand between Chinese characters (EDN电子技术设计 原创文章), an archive page with a foot 来源
 * line titled by its headline, same version, other results; 102: a reuse whose passages lie within a
 * fuller reuse of the same pack (a paragraph another article shares, inside a reprint) no reuse of its
 * own, same version, other results; 103: an archive page's head (新华社 above the date) over its site's app
 * footer (本文来自澎湃新闻…APP), a remedy for a credit in a JSON Lines record's text saying --fix leaves it,
 * the message of third-party content naming no outlet reworded (标明出自第三方、未指明哪家媒体), same version,
 * other results; 104: a reuse is left out as nested only when both articles are of one origin and the
 * fuller one's article holds its passages (102 hid pasted excerpts and own articles on others' pages),
 * same version, other results; 105: nor when the document is dated before the fuller one's article, and
 * 快讯 or an undated unknown 新闻/网 name glued after a headline no longer another outlet's, same
 * version, other results; 106: the publisher named by every name of its outlet in OUTLET_ALIASES (中新网,
 * 中新社 of a 中国新闻网 pack: its pages so datelined or credited its own), same version, other results).
 */
const FORMAT = 106;

interface Stored {
  format: typeof FORMAT;
  /** What every entry depends on: laiyuan's version, the resolved config, the packs, the corpus. */
  key: string;
  entries: Record<string, Entry>;
  /** What reading the corpus folders found, so that a run the cache answers whole need not read them. */
  facts?: ArchiveFacts;
  /** Files found to check that an index file holds (absolute): never checked, known without opening the index. */
  archived?: string[];
  /** Each index file's stamp (absolute path: stamp) when the results were made from it, or since its bytes were checked whole. */
  indexStamps?: Record<string, string>;
  /**
   * What only some formats read of each entry's findings (finding-evidence.ts), by absolute path, a
   * list in the order of its findings: V8-serialised on its own, decoded only by a run that reads it
   * (a warm JSON run decodes a third less).
   */
  evidence?: Uint8Array;
}

type EvidenceRecord = Record<string, Array<Evidence | null>>;

export { cacheDir } from './cache-dir.js';

/**
 * The key of a whole run: laiyuan's version, the working directory (paths in findings are relative
 * to it), config, packs, each corpus file's content (`digests`, by absolute path: corpusDigests),
 * the corpus's size limit and each index's identity.
 */
export function projectKey(loaded: LoadedProject, version: string, cwd: string, digests: ReadonlyMap<string, string>): string {
  const corpus = [...loaded.corpusFiles].sort().map((file) => [file, digests.get(file) ?? UNREADABLE]);
  const { config, packs } = loaded.project;
  // the corpus's size limit only where a corpus is read: it says which of its files are passed over
  const corpusMaxBytes = corpus.length > 0 ? loaded.corpusMaxBytes : undefined;
  return sha256(JSON.stringify({ version, cwd, config, packs, corpus, corpusMaxBytes, indexes: loaded.indexIds }));
}

/** The stored results, or undefined for what is not (cut short, damaged, from another Node: unsealed). */
function parseStored(bytes: Uint8Array): Stored | undefined {
  const value = unsharedStrings(unsealed(bytes));
  return typeof value === 'object' && value !== null ? (value as Stored) : undefined;
}

/** The documents of bytes read before (cheap: no matching), for what looks at the text after a check (suppressions, fixes). */
async function documentsOf(bytes: Uint8Array, file: string, absolute: string): Promise<Document[]> {
  // the readers are loaded only for such a file: a run the cache answers whole parses nothing
  const { readBytes } = await import('./read-file.js');
  const read = await readBytes(bytes, file, formatOf(absolute) ?? 'text');
  return read.ok ? read.documents : [];
}

/**
 * An entry as this version writes it. The cache may be damaged (a crash, a disk, a hand edit)
 * into valid JSON of another shape: such an entry is a miss, never a crash further on.
 */
function isEntry(entry: unknown): entry is Entry {
  if (typeof entry !== 'object' || entry === null) return false;
  const { hash, stamp, directives, check } = entry as { hash?: unknown; stamp?: unknown; directives?: unknown; check?: unknown };
  if (typeof hash !== 'string' || (stamp !== undefined && typeof stamp !== 'string') || typeof directives !== 'boolean' || typeof check !== 'object' || check === null) return false;
  const { file, findings, errors, documentCount } = check as { file?: unknown; findings?: unknown; errors?: unknown; documentCount?: unknown };
  const records = (list: unknown, keys: string[]) =>
    Array.isArray(list) && list.every((x) => typeof x === 'object' && x !== null && keys.every((k) => typeof (x as Record<string, unknown>)[k] === 'string'));
  return typeof file === 'string' && typeof documentCount === 'number' && records(findings, ['ruleId', 'file', 'message', 'severity']) && records(errors, ['file', 'message']);
}

/** Facts as this version writes them (damaged into another shape: none, and the corpus is read). */
function isFacts(facts: unknown): facts is ArchiveFacts {
  if (typeof facts !== 'object' || facts === null) return false;
  const { articles, readErrors, skipped } = facts as { articles?: unknown; readErrors?: unknown; skipped?: unknown };
  const values = (record: unknown) => (typeof record === 'object' && record !== null && !Array.isArray(record) ? Object.values(record) : undefined);
  const errorList = (list: unknown) => Array.isArray(list) && list.every((e) => typeof e === 'object' && e !== null && typeof (e as { file?: unknown }).file === 'string' && typeof (e as { message?: unknown }).message === 'string');
  return values(articles)?.every((n) => typeof n === 'number') === true && values(readErrors)?.every(errorList) === true && values(skipped)?.every(errorList) === true;
}

/** A lookup's answer: the kept check, or the stamp to store the file's check under (see lookupByStats). */
type Answer = { hit: FileCheck } | { miss: string | undefined };

/** What lookupBytes is given to hash a file against its entry (lookupByStats), or to ask git the fallback date the entry used. */
interface Unread {
  file: string;
  absolute: string;
  entry: Entry;
  kept: string | undefined;
  /** Its documents are wanted (directives, fixes). */
  wanted: boolean;
  maxBytes: number;
  /** Its unchanged stats vouch for its bytes: unless its documents are wanted, they are not read (only the date is asked). */
  vouched?: boolean;
  /** The last commit date of the file, asked of git with all the others' (checkWithCache), when its entry used a fallback date. */
  committed?: Promise<CommitDate>;
}

export interface CacheOptions {
  /** Read every cached file's documents again (--fix, --fix-dry-run), not only those of files with directives. */
  documents?: boolean;
  /** Every format of the run reads findings as leanFinding leaves them (leanFormats): with no --fix, their evidence is never decoded. */
  lean?: boolean;
}

/** Per-file results kept between runs, under one key for the whole run. */
export class ResultCache {
  /** Whether anything changed since it was read: an unchanged cache is not written again. */
  private dirty: boolean;
  /** Stored.evidence decoded, once something wanted it (undefined: not yet; its bytes stand as they were read). */
  private evidence: EvidenceRecord | undefined;

  private constructor(
    private readonly file: string,
    private stored: Stored,
    /** Whether the stored results were made under this run's key. */
    private made: boolean,
    private readonly options: CacheOptions,
  ) {
    this.dirty = !made;
  }

  /** Whether the stored results were made under this run's key (and not forgotten since). */
  get warm(): boolean {
    return this.made;
  }

  /** Drops every result kept: they stand for other bytes than the key says (an index file damaged in place). */
  forget(): void {
    this.stored = { format: FORMAT, key: this.stored.key, entries: {} };
    this.evidence = {};
    this.made = false;
    this.dirty = true;
  }

  /** The index files' stamps kept with the results (see Stored.indexStamps). */
  indexStamps(): Record<string, string> {
    const kept: unknown = this.stored.indexStamps;
    if (typeof kept !== 'object' || kept === null || Array.isArray(kept)) return {};
    return Object.fromEntries(Object.entries(kept).filter((e): e is [string, string] => typeof e[1] === 'string'));
  }

  keepIndexStamps(stamps: Record<string, string>): void {
    if (JSON.stringify(stamps) === JSON.stringify(this.indexStamps())) return;
    this.stored.indexStamps = stamps;
    this.dirty = true;
  }

  /** The cache at `dir`, emptied when it was made under another key (or cannot be read). */
  static async open(dir: string, key: string, options: CacheOptions = {}): Promise<ResultCache> {
    // V8-serialised: a tenth of the time JSON takes to decode the findings' Chinese text
    const file = path.join(dir, 'results.bin');
    const old = await readRegularFile(file).then(parseStored, () => undefined);
    const valid = old?.format === FORMAT && old.key === key && typeof old.entries === 'object' && old.entries !== null && !Array.isArray(old.entries);
    return new ResultCache(file, valid ? old : { format: FORMAT, key, entries: {} }, valid, options);
  }

  /** What reading the corpus folders found under this key, if a run wrote it. */
  get facts(): ArchiveFacts | undefined {
    return isFacts(this.stored.facts) ? this.stored.facts : undefined;
  }

  keepFacts(facts: ArchiveFacts): void {
    this.stored.facts = facts;
    this.dirty = true;
  }

  /** Whether a file (absolute) was checked under this key, so is none of the archive's. */
  holds(absolute: string): boolean {
    return Object.hasOwn(this.stored.entries, absolute);
  }

  /** Files (absolute) found to be an index file's, under this key. */
  archived(): Set<string> {
    return new Set(Array.isArray(this.stored.archived) ? this.stored.archived.filter((f) => typeof f === 'string') : []);
  }

  keepArchived(files: Iterable<string>): void {
    const all = this.archived();
    const size = all.size;
    for (const file of files) all.add(file);
    if (all.size === size) return;
    this.stored.archived = [...all];
    this.dirty = true;
  }

  /**
   * The kept check of `file` when its bytes are unchanged (and any fallback date it used); else the
   * file's stamp to store under, when it had settled as it was taken. Unchanged stats vouch for the
   * bytes: the file is then read only when its documents are wanted (directives, fixes); changed
   * stats, and its bytes are hashed: then what is wanted to read them (lookupBytes) is given back.
   * Synchronous: a warm run is thousands of these, which the stats answer.
   */
  lookupByStats(file: string, options: CheckOptions): Answer | { unread: Unread } {
    const absolute = path.resolve(options.cwd, file);
    const stamp = stampOf(absolute);
    const entry: unknown = Object.hasOwn(this.stored.entries, absolute) ? this.stored.entries[absolute] : undefined;
    // settled as of now, before the bytes are read: not as of when the check is stored (a stamp
    // stored was settled then, so is now: its times need not be read again)
    const kept = stamp !== undefined && ((entry as { stamp?: unknown } | undefined)?.stamp === stamp || settled(stamp)) ? stamp : undefined;
    const maxBytes = options.maxFileSize ?? DEFAULT_MAX_FILE_BYTES;
    // over --max-file-size (lowered since): skipped as the check skips it
    if (stamp === undefined || stampSize(stamp) > maxBytes || !isEntry(entry) || entry.check.file !== file) return { miss: kept };
    const wanted = this.options.documents === true || entry.directives;
    if (kept === undefined || entry.stamp !== kept || wanted) return { unread: { file, absolute, entry, kept, wanted, maxBytes } };
    if (entry.check.fallbackDate !== undefined) {
      // the date git gives is asked without blocking the thread (lookupBytes); --date's is known
      if (options.date === undefined) return { unread: { file, absolute, entry, kept, wanted, maxBytes, vouched: true } };
      if (entry.check.fallbackDate !== options.date) return { miss: kept };
    }
    return this.dateless(file, absolute, entry, kept);
  }

  /** The lookup of a file whose bytes are wanted (lookupByStats): hashed against the entry's, and its documents read again when wanted. */
  async lookupBytes(unread: Unread, options: CheckOptions): Promise<Answer> {
    const { file, absolute, entry, kept, wanted, maxBytes } = unread;
    if (unread.vouched && !wanted) return this.answer(unread, options);
    const bytes = await readRegularFile(absolute, maxBytes).catch(() => undefined);
    if (!bytes || sha256(bytes) !== entry.hash) return { miss: kept };
    this.restamp(entry, kept);
    const answer = await this.answer(unread, options);
    if (!('hit' in answer) || !wanted) return answer;
    const { findings } = answer.hit;
    return { hit: { ...answer.hit, documents: keptDocuments(file, await documentsOf(bytes, file, absolute), findings) } };
  }

  /** The entry's check as a hit (no documents), unless the fallback date it used changed, or its findings' evidence is wanted and not kept. */
  private async answer({ file, absolute, entry, kept, committed }: Unread, options: CheckOptions): Promise<Answer> {
    const dated = entry.check.fallbackDate === undefined ? undefined : await fallbackDateOf(absolute, options, committed);
    if (dated !== undefined && entry.check.fallbackDate !== dated.date) return { miss: kept };
    return this.dateless(file, absolute, entry, kept, dated);
  }

  /** The entry's check as a hit (no documents), its fallback date, if it used one, found unchanged (`dated`, with git's trouble finding it). */
  private dateless(file: string, absolute: string, entry: Entry, kept: string | undefined, dated?: FallbackDate): Answer {
    const findings = this.leanRun() ? entry.check.findings : this.findingsWhole(absolute, entry.check.findings);
    if (findings === undefined) return { miss: kept };
    // git's trouble dating the file, as of this run
    const documents = keptDocuments(file, [], findings);
    // not `{ ...entry.check, documents }`: a literal that starts with a spread and adds a field gets
    // a hidden class of its own each time on Node 20 (V8 11), one per file of a warm run (see 063150d)
    const hit: FileCheck = { documents, ...entry.check, findings, sha256: entry.hash };
    if (dated?.trouble) hit.dateTrouble = dated.trouble;
    return { hit };
  }

  /** Whether what the run reads of a finding is all in the entries (see CacheOptions.lean). */
  private leanRun(): boolean {
    return this.options.lean === true && this.options.documents !== true;
  }

  /** The findings of `absolute` with their evidence, or undefined when it is not kept with them (then the file is checked again). */
  private findingsWhole(absolute: string, findings: readonly Finding[]): Finding[] | undefined {
    const kept: unknown = Object.hasOwn(this.evidenceRecord(), absolute) ? this.evidenceRecord()[absolute] : undefined;
    if (!Array.isArray(kept) || kept.length !== findings.length) return undefined;
    return findings.map((f, i) => withEvidence(f, (kept as Array<Evidence | null>)[i]));
  }

  /** Stored.evidence, decoded on first use ({} for what is no record: each entry then a miss for a run that wants it). */
  private evidenceRecord(): EvidenceRecord {
    if (this.evidence === undefined) {
      const bytes = this.stored.evidence;
      let value: unknown;
      try {
        value = bytes instanceof Uint8Array ? unsharedStrings(deserialize(bytes)) : undefined;
      } catch {
        value = undefined;
      }
      this.evidence = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as EvidenceRecord) : {};
    }
    return this.evidence;
  }

  private restamp(entry: Entry, stamp: string | undefined): void {
    if (entry.stamp === stamp) return;
    entry.stamp = stamp;
    this.dirty = true;
  }

  /** Keeps a check under the hash of the bytes checked (`hash`, else the check's) and the settled stamp taken before they were read (lookupByStats). */
  store(check: FileCheck, cwd: string, stamp: string | undefined, hash = check.sha256): void {
    if (check.timedOut || hash === undefined) return;
    const { documents, dateTrouble: _trouble, ...kept } = check;
    const absolute = path.resolve(cwd, check.file);
    const split = check.findings.map(splitEvidence);
    this.stored.entries[absolute] = { hash, ...(stamp ? { stamp } : {}), directives: hasDirective(documents), check: { ...kept, findings: split.map(([lean]) => lean) } };
    this.evidenceRecord()[absolute] = split.map(([, evidence]) => evidence);
    this.dirty = true;
  }

  /** Writes the cache when it changed; a failure is returned as words for a note, never thrown. */
  async save(): Promise<string | undefined> {
    if (!this.dirty) return undefined;
    try {
      const ignoreFile = path.join(path.dirname(this.file), '.gitignore');
      // evidence not decoded this run is written as it was read
      if (this.evidence !== undefined) this.stored.evidence = serialize(sharedStrings(this.evidence));
      await writeAtomic(this.file, sealed(sharedStrings(this.stored)));
      if (!existsSync(ignoreFile)) await writeFile(ignoreFile, '# laiyuan cache: not for version control\n*\n');
      this.dirty = false;
      return undefined;
    } catch (error) {
      return cacheWriteNote(path.dirname(this.file), error);
    }
  }
}

/** Cache lookups in flight: stats and reads wait on the disk together. */
const LOOKUPS_IN_FLIGHT = 16;

/**
 * Checks with `check` only the files the cache does not answer for, and keeps what it finds;
 * results in the order of `files`. `options.onFile` is called once per file answered by the cache.
 * `check` is given the commit dates asked for the entries it checks again (CheckOptions.commitDates).
 */
export async function checkWithCache(
  files: readonly string[],
  options: CheckOptions,
  cache: ResultCache,
  check: (files: string[], commitDates: ReadonlyMap<string, CommitDate>) => Promise<FileCheck[]>,
): Promise<FileCheck[]> {
  const results = new Array<FileCheck>(files.length);
  const misses: { at: number; stamp: string | undefined }[] = [];
  const answered = (at: number, answer: Answer) => {
    if ('hit' in answer) {
      results[at] = answer.hit;
      options.onFile?.(at + 1, files.length);
    } else misses.push({ at, stamp: answer.miss });
  };
  // what the stats tell is answered at once; what needs the bytes read waits on the disk, some at a time
  const unread: { at: number; unread: Unread }[] = [];
  for (const [at, file] of files.entries()) {
    const told = file === '-' ? { miss: undefined } : cache.lookupByStats(file, options);
    if ('unread' in told) unread.push({ at, unread: told.unread });
    else answered(at, told);
  }
  // the dates the entries used asked of git all at once: one walk of history, not a git a file (io/git-dates.ts)
  if (options.date === undefined) for (const { unread: u } of unread) if (u.entry.check.fallbackDate !== undefined) u.committed = lastCommitDate(u.absolute);
  let next = 0;
  for await (const answer of readAhead(unread, (u) => cache.lookupBytes(u.unread, options), LOOKUPS_IN_FLIGHT)) answered(unread[next++].at, answer);
  misses.sort((a, b) => a.at - b.at);
  // a stale entry's date, asked to compare, is the one its check wants: not asked of git again
  const commitDates = new Map<string, CommitDate>();
  for (const { at, unread: u } of unread) if (u.committed && results[at] === undefined) commitDates.set(u.absolute, await u.committed);
  const fresh = misses.length > 0 ? await check(misses.map((m) => files[m.at]), commitDates) : [];
  for (const [i, c] of fresh.entries()) {
    const { at: place, stamp } = misses[i];
    results[place] = c;
    if (c.file !== '-') cache.store(c, options.cwd, stamp, c.sha256 ?? (await skippedHash(c, options, stamp)));
  }
  return results;
}

/**
 * The hash of a file passed over as binary, whose check has none (its bytes were never decoded), so
 * that it is kept like any other; undefined for any other file with no hash (unreadable, over
 * --max-file-size, past --max-file-time), or when it changed since its stamp was taken.
 */
async function skippedHash(check: FileCheck, options: CheckOptions, stamp: string | undefined): Promise<string | undefined> {
  if (!check.skipped || check.timedOut || stamp === undefined) return undefined;
  const absolute = path.resolve(options.cwd, check.file);
  const bytes = await readRegularFile(absolute, options.maxFileSize ?? DEFAULT_MAX_FILE_BYTES).catch(() => undefined);
  return bytes && stampOf(absolute) === stamp ? sha256(bytes) : undefined;
}

import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { afterEach, describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from '../../src/formats/github.js';
import { laiyuan, makeWorkspace, REPRINTS, type Run, type Workspace } from '../cli-ci/workspace.js';
import { BROKEN_FILE, CWD, JILIN_FILE, REPRINT_FILE, sampleOptions, sampleResults } from './sample-results.js';

interface Command {
  name: string;
  props: Record<string, string>;
  message: string;
}

/** Reads a workflow command back the way the runner does. */
function parseCommand(line: string): Command {
  const match = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const unescape = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const props: Record<string, string> = {};
  for (const pair of match[2].split(',')) {
    const eq = pair.indexOf('=');
    props[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
  }
  return { name: match[1], props, message: unescape(match[3]) };
}

function lines(results = sampleResults()): string[] {
  return formatGithub(results, sampleOptions()).split('\n').filter(Boolean);
}

describe('github formatter', () => {
  it('escapes data: %, CR and LF only', () => {
    expect(escapeData('覆盖原文 87%: 近乎全文转载\r\n来源：新华网, 2022')).toBe('覆盖原文 87%25: 近乎全文转载%0D%0A来源：新华网, 2022');
  });

  it('escapes properties: also : and ,', () => {
    expect(escapeProperty('news/专题:冬奥,北京 100%.md')).toBe('news/专题%3A冬奥%2C北京 100%25.md');
    expect(escapeProperty('a\nb')).toBe('a%0Ab');
  });

  it('writes one command per finding and per file error, each on one line', () => {
    const out = formatGithub(sampleResults(), sampleOptions());
    expect(out.endsWith('\n')).toBe(true);
    const all = lines();
    expect(all).toHaveLength(6);
    expect(all.map((l) => parseCommand(l).name)).toEqual(['error', 'error', 'error', 'warning', 'notice', 'error']);
  });

  it('gives file, positions and title as properties', () => {
    const first = lines()[0];
    expect(first.startsWith(`::error file=${REPRINT_FILE},line=4,col=1,endLine=4,endColumn=7,title=laiyuan wrong-source (第3条)::`)).toBe(true);
    const missing = parseCommand(lines()[2]);
    expect(missing.props).toEqual({
      file: JILIN_FILE, line: '3', col: '3', endLine: '3',
      endColumn: String(sampleResults().findings[2].endColumn), title: 'laiyuan missing-attribution (第4条)',
    });
  });

  it('puts the clause and the remedy on following lines of the message, encoded', () => {
    const finding = sampleResults().findings[0];
    const line = lines()[0];
    expect(line).toContain('87%25: 近乎全文转载');
    expect(line).not.toMatch(/%(?![0-9A-F]{2})/);
    const message = parseCommand(line).message.split('\n');
    expect(message.slice(0, 2).join('\n')).toBe(finding.message);
    expect(message[2]).toMatch(/^第3条：「“国际在线”自有版权信息/);
    expect(message[3]).toBe(`来源文章：${finding.source?.title ?? ''}（${finding.source?.file ?? ''}）`);
    expect(message[4]).toBe(`处理：${finding.remedy}`);
  });

  it('escapes : and , in a file name, and CRLF in a message', () => {
    const results = sampleResults();
    results.findings[3].file = '稿件/专题:冬奥,北京.txt';
    results.findings[3].message = '来源写作「来源：CRI」\r\n国际在线要求「来源:国际在线」';
    const line = lines(results)[3];
    expect(line).toContain('file=稿件/专题%3A冬奥%2C北京.txt,line=9');
    expect(line).toContain('来源写作「来源：CRI」%0D%0A国际在线要求「来源:国际在线」');
    expect(parseCommand(line).props.file).toBe('稿件/专题:冬奥,北京.txt');
  });

  it('reports a file error with its position and an escaped title', () => {
    const line = lines()[5];
    // an error at a line is one of a line (of JSON Lines), the file's other records checked
    expect(line.startsWith(`::error file=${BROKEN_FILE},line=3,col=7,title=laiyuan%3A line not checked::无法按 GB18030 解码`)).toBe(true);
    const { line: _l, column: _c, ...whole } = sampleResults().errors[0];
    const corpus = formatGithub({ ...sampleResults(), findings: [], errors: [whole, { ...whole, corpus: true }, { ...whole, line: 2, column: 54, corpus: true }] }, sampleOptions()).split('\n');
    expect(corpus.map((l) => /title=([^:]*)::/u.exec(l)?.[1])).toEqual(['laiyuan%3A file not checked', 'laiyuan%3A corpus file not read', 'laiyuan%3A corpus line not read', undefined]);
  });

  it('names a compilation\'s article once: on its 来源文章 line, not again at the end of the message', () => {
    // a document reusing several articles: the engine ends each finding's message with its article
    const results = sampleResults();
    const wrong = results.findings[2];
    const title = wrong.source?.title ?? '';
    const own = wrong.message;
    wrong.message = `${own}（所用文章《${title}》）`;
    const message = parseCommand(lines(results)[2]).message;
    expect(message.split(title)).toHaveLength(2);
    expect(message.split('\n')[0]).toBe(own);
    expect(message).toContain(`来源文章：${title}（${wrong.source?.file ?? ''}）`);
  });

  it('keeps a message that names its article in its own words (unauthorized-reuse), and its 来源文章 line', () => {
    const finding = sampleResults().findings.find((f) => f.ruleId === 'unauthorized-reuse');
    const message = parseCommand(lines().find((l) => l.includes('unauthorized-reuse')) ?? '').message;
    expect(message.split('\n')[0]).toBe(finding?.message);
    expect(message).toContain(`来源文章：${finding?.source?.title ?? ''}`);
  });

  it('makes absolute paths relative to the cwd', () => {
    const results = sampleResults();
    results.findings[1].file = `${sampleOptions().cwd}/${REPRINT_FILE}`;
    expect(parseCommand(lines(results)[1]).props.file).toBe(REPRINT_FILE);
  });

  it('makes paths relative to the repository\'s root (GITHUB_WORKSPACE) for files inside it: findings, their sources and file errors', () => {
    const results = sampleResults();
    results.findings[1].file = `${CWD}/${REPRINT_FILE}`;
    const out = formatGithub(results, { ...sampleOptions(), repositoryRoot: '/home/editor' }).split('\n').filter(Boolean).map(parseCommand);
    expect(out.map((c) => c.props.file)).toEqual([REPRINT_FILE, REPRINT_FILE, JILIN_FILE, JILIN_FILE, JILIN_FILE, BROKEN_FILE].map((f) => `site/${f}`));
    expect(out[0].message).toContain(`（site/${sampleResults().findings[0].source?.file ?? ''}）`);
  });

  it('keeps paths relative to the cwd without a root, for a file outside it, and on Windows makes them /-separated', () => {
    const elsewhere = formatGithub(sampleResults(), { ...sampleOptions(), repositoryRoot: '/home/editor/site-old' }).split('\n').filter(Boolean).map(parseCommand);
    expect(elsewhere.map((c) => c.props.file)).toEqual(lines().map((l) => parseCommand(l).props.file));
    const up = sampleResults();
    up.findings[0].file = '../archive/2021/东博会.md';
    expect(parseCommand(formatGithub(up, { ...sampleOptions(), repositoryRoot: '/home/editor' }).split('\n')[0]).props.file).toBe('archive/2021/东博会.md');
    const windows = sampleResults();
    windows.findings[0].file = 'news\\国际\\2022-03-04-东博会.md';
    const first = formatGithub(windows, { ...sampleOptions(), cwd: 'C:\\Users\\editor\\site', repositoryRoot: 'c:\\users\\editor' }).split('\n')[0];
    expect(parseCommand(first).props.file).toBe(`site/${REPRINT_FILE}`);
  });

  it('prints nothing for a clean check', () => {
    expect(formatGithub({ ...sampleResults(), findings: [], errors: [] }, sampleOptions())).toBe('');
  });
});

describe('GitHub paths from a subfolder of the repository (the built CLI)', () => {
  // A workflow step with `working-directory: site`: GitHub attaches an annotation only when its
  // file= is relative to the repository's root, GITHUB_WORKSPACE, not to the step's folder.
  let ws: Workspace | undefined;
  afterEach(() => {
    if (ws) rmSync(ws.dir, { recursive: true, force: true });
    ws = undefined;
  });

  /** A git-less checkout whose project (config, corpus, content) lives in site/. */
  function siteWorkspace(): Workspace {
    const made = makeWorkspace({ content: { 'site/content/2024/长白山滑雪节.txt': REPRINTS.none } });
    renameSync(made.at('laiyuan.yaml'), made.at('site/laiyuan.yaml'));
    renameSync(made.at('corpus'), made.at('site/corpus'));
    return made;
  }

  function annotations(run: Run): Command[] {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    return run.stdout.split('\n').filter(Boolean).map(parseCommand);
  }

  it('names the file from GITHUB_WORKSPACE, with / separators, and the source article too', () => {
    ws = siteWorkspace();
    const [first, ...rest] = annotations(laiyuan(ws.at('site'), ['check', 'content', '-f', 'github'], { env: { GITHUB_WORKSPACE: ws.dir } }));
    expect(rest).toEqual([]);
    expect(first.name).toBe('error');
    expect(first.props.file).toBe('site/content/2024/长白山滑雪节.txt');
    expect(first.props.title).toBe('laiyuan unauthorized-reuse (第2条)');
    expect(first.message).toContain('来源文章：长白山国际滑雪节开幕 冰雪运动带火东北冬季旅游（site/corpus/cri-04-changbaishan-huaxue-jie.txt）');
  });

  it('locates the SARIF result from GITHUB_WORKSPACE too, which %SRCROOT% then is', () => {
    ws = siteWorkspace();
    const run = laiyuan(ws.at('site'), ['check', 'content', '-f', 'sarif'], { env: { GITHUB_WORKSPACE: ws.dir } });
    expect(run.status).toBe(1);
    const [sarif] = (JSON.parse(run.stdout) as Sarif.Log).runs;
    expect(sarif.originalUriBaseIds?.['%SRCROOT%']?.uri).toBe(`${pathToFileURL(ws.dir).href}/`);
    const where = sarif.results?.[0].locations?.[0].physicalLocation?.artifactLocation;
    expect(where).toEqual({ uri: encodeURI('site/content/2024/长白山滑雪节.txt'), uriBaseId: '%SRCROOT%' });
  });

  it('names it from the working folder when GITHUB_WORKSPACE is unset, or the file lies outside it', () => {
    ws = siteWorkspace();
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'laiyuan-elsewhere-'));
    try {
      for (const env of [{ GITHUB_WORKSPACE: '' }, { GITHUB_WORKSPACE: elsewhere }, { GITHUB_WORKSPACE: ws.at('site/corpus') }]) {
        const [first] = annotations(laiyuan(ws.at('site'), ['check', 'content', '-f', 'github'], { env }));
        expect(first.props.file).toBe('content/2024/长白山滑雪节.txt');
      }
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});

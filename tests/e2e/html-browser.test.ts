// The HTML report as a person opens it: headless Chromium (Debian's, via playwright-core).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckResults } from '../../src/core/judge/types.js';
import { CHROMIUM_ARGS, ensureChromium } from '../helpers/chromium.js';
import { ROOT } from '../helpers/corpus.js';
import { laiyuan } from './cli.js';

const ARTIFACTS = path.join(ROOT, 'test-artifacts');
let browser: Browser;
let dir = '';

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  dir = mkdtempSync(path.join(tmpdir(), 'laiyuan-html-'));
}, 1_800_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the HTML report of the demo in headless Chromium', () => {
  it('loads with no console error and no network request, and counts what the JSON counts', async () => {
    const html = laiyuan(['check', 'fixtures/demo', '--format', 'html']);
    const json = JSON.parse(laiyuan(['check', 'fixtures/demo', '--format', 'json']).stdout) as CheckResults;
    expect(html.code).toBe(1);
    const file = path.join(dir, 'report.html');
    writeFileSync(file, html.stdout);

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
    await page.goto(`file://${file}`, { waitUntil: 'load' });

    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    const counts = Object.fromEntries(await page.$$eval('[data-count]', (cells) => cells.map((c) => [c.getAttribute('data-count'), Number(c.textContent)])));
    expect(counts).toMatchObject({
      'files-checked': json.summary.filesChecked, 'files-with-findings': json.summary.filesWithFindings,
      findings: json.findings.length, errors: json.summary.errors, warnings: json.summary.warnings, infos: json.summary.infos,
    });
    expect(await page.locator('table.by-document tbody tr').count()).toBe(json.summary.filesWithFindings);
    expect(await page.locator('article.finding').count()).toBe(json.findings.length);
    const articles = new Set(json.findings.filter((f) => f.source).map((f) => `${f.source?.file}#${f.source?.articleId}`));
    expect(await page.locator('table.by-article tbody tr').count()).toBe(articles.size);
    expect(await page.locator('.pair').count()).toBeGreaterThan(0);
    expect(await page.locator('.pair .hdr').count()).toBeGreaterThan(0);
    expect(await page.title()).toBe('laiyuan 转载核查报告');

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'html-report.png'), fullPage: false });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(10_000);
    await page.close();
  }, 120_000);
});

// Browser test of the analyst page (lib/web/static) served by the product's local
// HTTP server (lib/local/http-server.ts) over a real embedded S3 store holding fixture records.
// Needs Debian's chromium at /usr/bin/chromium (.ci/run installs it).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startHttpServer, type RunningHttpServer } from '../../lib/local/http-server';
import { clusterMemberOf } from '../../lib/pipeline/duplicates';
import { recordErrors } from '../../lib/record/validate';
import { sha256Hex, storyId } from '../../lib/url';
import type { FailureRecord, StoryRecord } from '../../lib/types';
import { startTestS3, type TestS3 } from '../helpers/s3';

// Debian's chromium; WIREWATCH_CHROMIUM points elsewhere (used to check the missing-browser failure).
const CHROMIUM = process.env.WIREWATCH_CHROMIUM || '/usr/bin/chromium';
const FIXTURES = path.join(__dirname, 'fixtures');
const SCREENSHOT = '/tmp/wirewatch-analyst-page.png';

const records: StoryRecord[] = readdirSync(path.join(FIXTURES, 'records'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(path.join(FIXTURES, 'records', f), 'utf8')) as StoryRecord);
const failures = JSON.parse(readFileSync(path.join(FIXTURES, 'failures.json'), 'utf8')) as Array<Omit<FailureRecord, 'attempts'>>;
const byHeadline = (start: string): StoryRecord => records.find((r) => r.headline.startsWith(start))!;

describe('fixtures', () => {
  test.each(records.map((r) => [r.headline.slice(0, 40), r] as const))('%s… is a valid story record', (_h, r) => {
    expect(recordErrors(r)).toEqual([]);
    expect(r.id).toBe(storyId(r.canonicalUrl));
    expect(r.contentHash).toBe(sha256Hex(r.text));
  });
});

describe('analyst page in chromium', () => {
  let s3: TestS3;
  let server: RunningHttpServer;
  let origin: string;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium" (.ci/run does this). The browser tests cannot run without it.`);
    }
    s3 = await startTestS3();
    for (const r of records) await s3.store.putRecord(r);
    // The story clusters the pipeline keeps beside the records (lib/pipeline/duplicates.ts).
    for (const r of records.filter((x) => x.duplicateOf)) {
      const original = records.find((x) => x.id === r.duplicateOf)!;
      for (const m of [original, r]) await s3.store.putClusterMember(original.id, clusterMemberOf(m));
    }
    for (const f of failures) await s3.store.putFailure(f);
    // The product's own local server: analyst page at /, browse API at /api.
    server = await startHttpServer({ store: s3.store, port: 0 });
    origin = new URL(server.url).origin;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    page.setDefaultTimeout(10_000);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await s3?.stop();
  });

  async function headlines(): Promise<string[]> {
    return page.locator('#records .record-headline').allTextContents();
  }

  async function openList(hash = '#/'): Promise<void> {
    // A fresh document each time: a hash-only goto would keep the previous test's list on screen.
    await page.goto('about:blank');
    await page.goto(`${origin}/${hash}`);
    await page.waitForSelector('#records .record');
    await page.waitForSelector('#records[aria-busy="false"]');
  }

  test('the list shows every record, newest first, with publisher, wire, countries and who hit whom', async () => {
    await openList();
    const expected = [...records].sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '')).map((r) => r.headline);
    expect(await headlines()).toEqual(expected);
    await expect(page.locator('#list-status').textContent()).resolves.toContain(`of ${records.length} stories`);

    const albania = page.locator('#records .record', { hasText: 'Albania reports 2nd cyberattack' });
    await expect(albania.locator('.publisher').textContent()).resolves.toBe('The Standalone');
    await expect(albania.locator('.wire').textContent()).resolves.toBe('AP');
    await expect(albania.locator('.whw-attacker').textContent()).resolves.toContain('Iran');
    await expect(albania.locator('.whw-victim').textContent()).resolves.toContain('Albania');
    // The country filter is filled from the API's facets.
    const options = await page.locator('#f-country option').allTextContents();
    expect(options.some((o) => o.startsWith('Albania'))).toBe(true);
    await page.screenshot({ path: '/tmp/wirewatch-analyst-list.png', fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  test('a headline, summary and names holding markup are shown as text, never run', async () => {
    await openList();
    const xss = byHeadline('Hackers deface');
    const card = page.locator(`#records .record[data-id="${xss.id}"]`);
    await expect(card.locator('.record-headline').textContent()).resolves.toBe(xss.headline);
    expect(await page.locator('#records script, #records img, #records b, #records i').count()).toBe(0);
    await card.locator('.record-headline a').click();
    await page.waitForSelector('#detail-headline');
    await expect(page.locator('#detail-headline').textContent()).resolves.toBe(xss.headline);
    await expect(page.locator('.story-text').textContent()).resolves.toContain('<img src=x onerror="window.__xss=2">');
    expect(await page.locator('#view-detail script, #view-detail img, #view-detail b, #view-detail i').count()).toBe(0);
    await expect(page.locator('.hl-actor', { hasText: '<i>Team Chaos</i>' }).count()).resolves.toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });

  test('filters narrow the list: incident type, cyber only, search words, country', async () => {
    await openList();
    await page.selectOption('#f-type', 'ransomware');
    await page.waitForFunction(() => document.querySelectorAll('#records .record').length === 2);
    expect((await headlines()).sort()).toEqual([byHeadline('Australian police').headline, byHeadline('Costa Rica').headline].sort());
    expect(page.url()).toContain('type=ransomware');

    await page.click('#f-clear');
    await page.waitForFunction((n) => document.querySelectorAll('#records .record').length === n, records.length);
    await page.check('#f-cyber');
    await page.waitForFunction((n) => document.querySelectorAll('#records .record').length === n, records.length - 1);
    expect(await headlines()).not.toContain(byHeadline('Messi').headline);

    await page.click('#f-clear');
    await page.fill('#f-q', 'Orion');
    await page.press('#f-q', 'Enter');
    await page.waitForFunction(() => document.querySelectorAll('#records .record').length === 1);
    expect(await headlines()).toEqual([byHeadline('SolarWinds').headline]);

    await page.click('#f-clear');
    await page.waitForFunction((n) => document.querySelectorAll('#records .record').length === n, records.length);
    await page.selectOption('#f-country', 'CR');
    await page.waitForFunction(() => document.querySelectorAll('#records .record').length === 1);
    expect(await headlines()).toEqual([byHeadline('Costa Rica').headline]);
  });

  test('a wire story run by several outlets: the detail says "Also carried by N outlets" and lists each copy', async () => {
    const original = byHeadline('Albania reports');
    const copy = records.find((r) => r.duplicateOf === original.id)!;
    await page.goto('about:blank');
    await page.goto(`${origin}/#/record/${original.id}`);
    await page.waitForSelector('#cluster-heading');
    await expect(page.locator('#cluster-heading').textContent()).resolves.toBe('Also carried by 1 outlet');
    const items = page.locator('.cluster-members li');
    expect(await items.count()).toBe(2);
    await expect(items.nth(0).textContent()).resolves.toContain('first');
    await expect(items.nth(1).locator('.publisher').textContent()).resolves.toBe(copy.source.publisher ?? copy.source.domain);
    await items.nth(1).locator('a').first().click();
    await page.waitForFunction((h) => document.getElementById('detail-headline')?.textContent === h, copy.headline);
    // A story no other outlet ran shows no cluster.
    await page.goto(`${origin}/#/record/${byHeadline('Australian police').id}`);
    await page.waitForSelector('#detail-headline');
    expect(await page.locator('#cluster-heading').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  test('republished copies: marked in the list, hidden by the checkbox, linked to their original on the detail', async () => {
    const original = byHeadline('Albania reports');
    const copy = records.find((r) => r.duplicateOf)!;
    expect(copy.duplicateOf).toBe(original.id);
    await openList();
    const card = page.locator(`#records .record[data-id="${copy.id}"]`);
    await expect(card.locator('.badge-copy').textContent()).resolves.toBe('republished copy');
    expect(await page.locator(`#records .record[data-id="${original.id}"] .badge-copy`).count()).toBe(0);

    await page.check('#f-dups');
    await page.waitForFunction((n) => document.querySelectorAll('#records .record').length === n, records.length - 1);
    expect(await headlines()).not.toContain(copy.headline);
    expect(await headlines()).toContain(original.headline);
    expect(page.url()).toContain('duplicates=exclude');
    await page.uncheck('#f-dups');
    await page.waitForFunction((n) => document.querySelectorAll('#records .record').length === n, records.length);

    await page.click(`#records .record[data-id="${copy.id}"] .record-headline a`);
    await page.waitForSelector('#detail-headline');
    await expect(page.locator('.republished').textContent()).resolves.toMatch(/^Republished copy of /);
    // The link names the original by its headline and outlet once that record is loaded.
    await page.waitForFunction((h) => document.getElementById('republished-of')?.textContent === h, `${original.headline} (The Standalone)`);
    await page.click('#republished-of');
    await page.waitForFunction((h) => document.getElementById('detail-headline')?.textContent === h, original.headline);
    expect(page.url()).toContain(`#/record/${original.id}`);
    expect(await page.locator('.republished').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  test('load more follows nextCursor until the list is complete', async () => {
    await openList('#/?limit=2');
    expect(await page.locator('#records .record').count()).toBe(2);
    for (let i = 0; i < 5 && (await page.locator('#more').isVisible()); i++) {
      const before = await page.locator('#records .record').count();
      await page.click('#more');
      await page.waitForFunction((n) => document.querySelectorAll('#records .record').length > n, before);
      await page.waitForSelector('#records[aria-busy="false"]');
    }
    expect(await page.locator('#records .record').count()).toBe(records.length);
    expect(await page.locator('#more').isHidden()).toBe(true);
    expect(new Set(await headlines()).size).toBe(records.length);
  });

  test('clicking a story opens the detail with its entities highlighted and listed', async () => {
    await openList();
    const albania = byHeadline('Albania reports');
    await page.click(`#records .record[data-id="${albania.id}"] .record-headline a`);
    await page.waitForSelector('#detail-headline');
    expect(page.url()).toContain(`#/record/${albania.id}`);
    await expect(page.locator('#detail-headline').textContent()).resolves.toBe(albania.headline);

    const marks = async (kind: string) => page.locator(`.story-text mark.hl-${kind}`).allTextContents();
    expect(await marks('system')).toEqual(expect.arrayContaining(['Total Information Management System', 'TIMS', 'e-Albania']));
    expect(await marks('agency')).toEqual(expect.arrayContaining(['Interior Ministry', 'FBI', 'Ministry of Intelligence and Security', 'NATO']));
    expect(await marks('organization')).toContain('Microsoft');
    expect(await marks('country')).toEqual(expect.arrayContaining(['Albania', 'Iran', 'U.S.']));
    // The longest form wins: "e-Albania" is one system mark, not a country inside it.
    expect(await marks('country')).not.toContain('e-Albania');
    // Highlighting keeps the text intact.
    const shown = (await page.locator('.story-text p').allTextContents()).join('\n\n');
    expect(shown).toBe(albania.text);

    await expect(page.locator('.incident .whw-attacker').textContent()).resolves.toContain('Iran');
    await expect(page.locator('.incident .whw-victim').textContent()).resolves.toContain('Albania');
    await expect(page.locator('.incident-facts').textContent()).resolves.toContain('2022-07-15');
    await expect(page.locator('.entities-system').textContent()).resolves.toContain('Total Information Management System (TIMS)');
    await expect(page.locator('.entities-agency').textContent()).resolves.toContain('Ministry of Intelligence and Security (MOIS)');

    await page.screenshot({ path: SCREENSHOT, fullPage: true });

    await page.click('.back a');
    await page.waitForSelector('#view-list:not([hidden]) #records .record');
    expect(await page.locator('#view-detail').isHidden()).toBe(true);
  });

  test('the failures tab lists every failure with its reason and status', async () => {
    await openList();
    await page.click('#tab-failures');
    await page.waitForSelector('#failures-body tr');
    expect(await page.locator('#failures-body tr').count()).toBe(failures.length);
    const text = await page.locator('#failures-table').textContent();
    for (const f of failures) expect(text).toContain(f.reason);
    expect(text).toContain('404');
    await expect(page.locator('#tab-failures').getAttribute('aria-current')).resolves.toBe('page');
    // A failure's URL is a link only when it is http(s).
    expect(await page.locator('#failures-body a[href^="javascript:"]').count()).toBe(0);
    await expect(page.locator('#failures-body').textContent()).resolves.toContain('<script>not a url</script>');
    await page.screenshot({ path: '/tmp/wirewatch-analyst-failures.png' });
  });

  test('an unknown record id shows the API error message', async () => {
    await page.goto(`${origin}/#/record/0000000000000000`);
    await page.waitForSelector('#error:not([hidden])');
    await expect(page.locator('#error').textContent()).resolves.toContain('no record with id 0000000000000000');
  });

  test('the page loads nothing from outside its own origin', async () => {
    const requested: string[] = [];
    const p = await browser.newPage();
    p.on('request', (r) => requested.push(r.url()));
    await p.goto(`${origin}/`);
    await p.waitForSelector('#records .record');
    await p.close();
    expect(requested.length).toBeGreaterThan(2);
    for (const u of requested) expect(u.startsWith(origin)).toBe(true);
  });
});

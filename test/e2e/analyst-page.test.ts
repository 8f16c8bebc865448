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

  test('brushing the timeline sets from and to, and the list keeps only those weeks', async () => {
    await openList();
    await page.waitForSelector('#timeline-svg .week');
    const box = (await page.locator('#timeline-svg').boundingBox())!;
    // Drag from the left edge of the plot to two thirds of the way across.
    await page.mouse.move(box.x + 40, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.4, box.y + box.height / 2, { steps: 5 });
    await page.mouse.move(box.x + box.width * 0.66, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction(() => /from=\d{4}-\d{2}-\d{2}/.test(location.hash) && /to=\d{4}-\d{2}-\d{2}/.test(location.hash));
    const params = new URLSearchParams(page.url().split('?')[1]);
    const from = params.get('from')!;
    const to = params.get('to')!;
    expect(from < to).toBe(true);
    // A brushed range starts on a Monday and ends on a Sunday.
    expect(new Date(`${from}T00:00:00Z`).getUTCDay()).toBe(1);
    expect(new Date(`${to}T00:00:00Z`).getUTCDay()).toBe(0);
    const expected = records
      .filter((r) => (r.publishedAt ?? '').slice(0, 10) >= from && (r.publishedAt ?? '').slice(0, 10) <= to)
      .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''))
      .map((r) => r.headline);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(records.length);
    await page.waitForFunction((n) => document.querySelectorAll('#records .record').length === n && document.getElementById('records')!.getAttribute('aria-busy') === 'false', expected.length);
    expect(await headlines()).toEqual(expected);
    await expect(page.locator('#f-from').inputValue()).resolves.toBe(from);
    await expect(page.locator('#f-to').inputValue()).resolves.toBe(to);
    await page.screenshot({ path: '/tmp/wirewatch-analyst-timeline-brushed.png', fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  test('the timeline can be brushed with the keyboard', async () => {
    await openList();
    await page.waitForSelector('#timeline-svg .week');
    await page.focus('#timeline-svg');
    await page.keyboard.press('End');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowLeft');
    await expect(page.locator('#timeline-hint').textContent()).resolves.toMatch(/Enter applies \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}/);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /from=/.test(location.hash) && /to=/.test(location.hash));
    const params = new URLSearchParams(page.url().split('?')[1]);
    // Four weeks ending with the last week that has a story.
    const days = (Date.parse(params.get('to')!) - Date.parse(params.get('from')!)) / 86_400_000;
    expect(days).toBe(27);
    const newest = [...records].sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''))[0];
    // The filtered list replaces the old one: wait until a settled list shows a first story (the old
    // list is also "not busy" for a moment after Enter, before the new request starts).
    await page.waitForFunction(() => document.getElementById('records')!.getAttribute('aria-busy') === 'false' && !!document.querySelector('#records .record-headline') && /from=/.test(location.hash));
    await page.waitForFunction((h) => document.querySelector('#records .record-headline')?.textContent === h, newest.headline, { timeout: 5000 }).catch(() => undefined);
    expect((await headlines())[0]).toBe(newest.headline);
  });

  test('clicking an attribution matrix cell lists the stories of that attacker and victim', async () => {
    await openList();
    const cell = page.locator('#matrix-table button[data-attacker="IR"][data-victim="AL"]');
    await expect(cell.textContent()).resolves.toBe('2');
    await page.screenshot({ path: '/tmp/wirewatch-analyst-matrix.png', fullPage: true });
    await cell.click();
    await page.waitForFunction(() => /attributedTo=IR/.test(location.hash) && /victim=AL/.test(location.hash));
    await page.waitForFunction(() => document.querySelectorAll('#records .record').length === 2);
    const expected = records.filter((r) => r.incident.attributedTo.includes('IR') && r.incident.victims.includes('AL')).map((r) => r.headline).sort();
    expect((await headlines()).sort()).toEqual(expected);
    await expect(page.locator('#f-attributedTo').inputValue()).resolves.toBe('IR');
    await expect(page.locator('#f-victim').inputValue()).resolves.toBe('AL');
    // The matrix now shows that one pair only.
    await page.waitForFunction(() => document.querySelectorAll('#matrix-table button.cell').length === 1);
    await page.screenshot({ path: '/tmp/wirewatch-analyst-matrix-filtered.png', fullPage: true });
  });

  test('facet counts sit beside the list and filter it when picked', async () => {
    await openList();
    const ransomware = page.locator('#facet-groups [data-facet="types"] button[data-value="ransomware"]');
    await expect(ransomware.locator('.facet-count').textContent()).resolves.toBe(String(records.filter((r) => r.incident.types.includes('ransomware')).length));
    await ransomware.click();
    await page.waitForFunction(() => /type=ransomware/.test(location.hash));
    await page.waitForFunction(() => document.querySelectorAll('#records .record').length === 2);
    await expect(page.locator('#f-type').inputValue()).resolves.toBe('ransomware');
    await page.waitForSelector('#facet-groups [data-facet="types"] button.active[data-value="ransomware"]');
  });

  test('export downloads the stories of the current filters as CSV', async () => {
    await openList('#/?type=ransomware');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    expect(download.suggestedFilename()).toMatch(/^wirewatch-\d{4}-\d{2}-\d{2}\.csv$/);
    const file = await download.path();
    const csv = readFileSync(file, 'utf8');
    const lines = csv.trim().split(/\r\n/);
    expect(lines[0].split(',').slice(0, 5)).toEqual(['id', 'publishedAt', 'publishedDate', 'fetchedAt', 'headline']);
    const ids = lines.slice(1).map((l) => l.split(',')[0]).sort();
    expect(ids).toEqual(records.filter((r) => r.incident.types.includes('ransomware')).map((r) => r.id).sort());
    await expect(page.locator('#export-status').textContent()).resolves.toBe('Exported 2 stories as CSV.');
    await page.screenshot({ path: '/tmp/wirewatch-analyst-export.png' });
  });

  test('every response carries a Content-Security-Policy, and the page breaks none of it', async () => {
    const violations: string[] = [];
    const p = await browser.newPage();
    p.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    const res = await p.goto(`${origin}/`);
    const csp = res!.headers()['content-security-policy'];
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/style-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    for (const path of ['/app.js', '/style.css', '/api/records', '/api/facets', '/nothing-here']) {
      const r = await fetch(`${origin}${path}`);
      expect(r.headers.get('content-security-policy')).toBe(csp);
    }
    // No inline script in the page itself.
    const html = await (await fetch(`${origin}/`)).text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    await p.waitForSelector('#records .record');
    await p.waitForSelector('#timeline-svg .week');
    await p.waitForSelector('#matrix-table');
    await p.close();
    expect(violations).toEqual([]);
  });

  test('usable at 1280x800 and in a narrow window: nothing wider than the window, filters reachable by Tab', async () => {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 800 }]) {
      const p = await browser.newPage({ viewport });
      await p.goto(`${origin}/`);
      await p.waitForSelector('#records .record');
      await p.waitForSelector('#timeline-svg .week');
      const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await p.screenshot({ path: `/tmp/wirewatch-analyst-${viewport.width}x${viewport.height}.png`, fullPage: viewport.width < 500 });
      // Tab from the top reaches the search box, then the country select.
      await p.keyboard.press('Tab'); // skip link
      const seen: string[] = [];
      for (let i = 0; i < 12; i++) {
        await p.keyboard.press('Tab');
        seen.push(await p.evaluate(() => document.activeElement?.id ?? ''));
      }
      expect(seen).toEqual(expect.arrayContaining(['f-q', 'f-country', 'f-attributedTo', 'f-victim']));
      await p.close();
    }
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

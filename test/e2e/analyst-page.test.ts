// Browser test of the analyst page (lib/web/static) served by the product's local
// HTTP server (lib/local/http-server.ts) over a real embedded S3 store holding fixture records.
// Needs Debian's chromium at /usr/bin/chromium (.ci/run installs it).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startHttpServer, type RunningHttpServer } from '../../lib/local/http-server';
import { clusterMemberOf } from '../../lib/pipeline/duplicates';
import { recordErrors } from '../../lib/record/validate';
import { sha256Hex, storyId } from '../../lib/url';
import type { FailureRecord, StoryRecord } from '../../lib/types';
import { startTestS3, type TestS3 } from '../helpers/s3';
import { launchChromium, requireChromium } from './chromium';

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

/** Records console errors and Content-Security-Policy violations the page reports. */
function watchConsoleAndCsp(p: Page, into: string[]): void {
  p.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy|Refused to/i.test(m.text())) into.push(`${m.type()}: ${m.text()} (${m.location().url})`);
  });
  // The event the browser fires for every violation, script or style, whether or not it logs it.
  void p.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`securitypolicyviolation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
}

// Expected 404s: no config.json in local mode (the page then calls its own origin's API), the
// browser's favicon request, and the record the unknown-id test asks for.
const EXPECTED_404 = /\(https?:\/\/[^/]+\/(config\.json|favicon\.ico|api\/records\/0000000000000000)\)$/;
const unexpectedErrors = (errors: string[]): string[] =>
  errors.filter((e) => !(/^error: Failed to load resource: .* 404 /.test(e) && EXPECTED_404.test(e)));

/** Monday (UTC) of the week a date falls in, as the facets count weeks. */
function mondayOf(iso: string): string {
  const d = new Date(iso);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

// Incident types, bottom of the stack first (the page's order); a story with no type is "untyped".
const TYPE_ORDER = ['cyberattack', 'ransomware', 'ddos', 'wiper', 'data-breach', 'espionage', 'defacement', 'phishing', 'supply-chain', 'untyped'];
const typesOf = (r: StoryRecord): string[] => (r.incident.types.length ? r.incident.types : ['untyped']);

interface ChartState {
  labels: string[];
  data: number[][];
  weeks: string[];
  legend: string[];
}

describe('analyst page in chromium', () => {
  let s3: TestS3;
  let server: RunningHttpServer;
  let origin: string;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  // Console errors and CSP violations on the shared page, over the whole suite (checked last).
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    requireChromium();
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
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    watchConsoleAndCsp(page, consoleErrors);
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

  /** Waits until uPlot has drawn the timeline into #timeline-chart. */
  async function timelineDrawn(p: Page = page): Promise<void> {
    await p.waitForFunction(() => {
      const t = (window as unknown as { WirewatchTimeline?: { current(): unknown } }).WirewatchTimeline;
      return !!t && !!t.current() && !!document.querySelector('#timeline-chart .uplot canvas');
    });
  }

  /** What the chart on screen plots: series labels in draw order, the data uPlot holds, the legend. */
  async function chartState(): Promise<ChartState> {
    return page.evaluate(() => {
      type U = { series: Array<{ label: string }>; data: number[][] };
      const cur = (window as unknown as { WirewatchTimeline: { current(): { uplot: U; weeks: Array<{ week: string }> } } }).WirewatchTimeline.current();
      return {
        labels: cur.uplot.series.slice(1).map((x) => x.label),
        data: cur.uplot.data.map((col) => Array.from(col)),
        weeks: cur.weeks.map((w) => w.week),
        legend: Array.from(document.querySelectorAll('#timeline-legend li')).map((li) => li.textContent ?? ''),
      };
    });
  }

  /** Waits for the list to show exactly these headlines, in this order (not merely a settled list). */
  async function listShows(expected: string[]): Promise<void> {
    await page.waitForFunction(
      (want) => {
        const got = Array.from(document.querySelectorAll('#records .record-headline')).map((h) => h.textContent);
        return document.getElementById('records')!.getAttribute('aria-busy') === 'false' && JSON.stringify(got) === JSON.stringify(want);
      },
      expected,
    );
  }

  const inRange = (from: string, to: string): string[] =>
    records
      .filter((r) => (r.publishedAt ?? '').slice(0, 10) >= from && (r.publishedAt ?? '').slice(0, 10) <= to)
      .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''))
      .map((r) => r.headline);

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

  test('the timeline is a uPlot canvas: one bar series per incident type, stacked, in the legend\'s colours', async () => {
    await openList();
    await timelineDrawn();
    expect(await page.locator('#timeline-chart .uplot canvas').count()).toBe(1);
    expect(await page.locator('#timeline-chart svg').count()).toBe(0);
    const chart = await chartState();
    // The types the stories have, bottom of the stack first; the chart draws the top one first.
    const present = TYPE_ORDER.filter((t) => records.some((r) => typesOf(r).includes(t)));
    expect(chart.legend).toEqual(present);
    expect(chart.labels).toEqual([...present].reverse());
    // Every week from the first story's to the last one's, empty weeks included.
    const mondays = records.map((r) => mondayOf(r.publishedAt!)).sort();
    expect(chart.weeks[0]).toBe(mondays[0]);
    expect(chart.weeks[chart.weeks.length - 1]).toBe(mondays[mondays.length - 1]);
    expect(chart.weeks.length).toBe((Date.parse(mondays[mondays.length - 1]) - Date.parse(mondays[0])) / (7 * 86_400_000) + 1);
    // Stacked: the series of a type holds, per week, the stories of that type and of every type below it.
    chart.weeks.forEach((week, i) => {
      let sum = 0;
      present.forEach((t) => {
        sum += records.filter((r) => mondayOf(r.publishedAt!) === week && typesOf(r).includes(t)).length;
        expect([week, t, chart.data[1 + chart.labels.indexOf(t)][i]]).toEqual([week, t, sum]);
      });
    });
    // Medibank's week holds a ransomware and a data-breach story: two segments, each in its type's colour.
    const medibank = byHeadline('Australian police');
    const pixels = await page.evaluate((week) => {
      type U = { data: number[][]; ctx: CanvasRenderingContext2D; valToPos(v: number, scale: string, canvasPixels?: boolean): number };
      const cur = (window as unknown as { WirewatchTimeline: { current(): { uplot: U; weeks: Array<{ week: string }> } } }).WirewatchTimeline.current();
      const u = cur.uplot;
      const i = cur.weeks.findIndex((w) => w.week === week);
      const x = Math.round(u.valToPos(u.data[0][i], 'x', true));
      const at = (v: number) => Array.from(u.ctx.getImageData(x, Math.round(u.valToPos(v, 'y', true)), 1, 1).data.slice(0, 3));
      const colour = (t: string) => {
        const m = /rgba?\((\d+), (\d+), (\d+)/.exec(getComputedStyle(document.querySelector(`#timeline-legend .tl-${t}`)!).backgroundColor)!;
        return [Number(m[1]), Number(m[2]), Number(m[3])];
      };
      return { lower: at(0.5), upper: at(1.5), above: at(2.5), ransomware: colour('ransomware'), breach: colour('data-breach') };
    }, mondayOf(medibank.publishedAt!));
    expect(pixels.lower).toEqual(pixels.ransomware);
    expect(pixels.upper).toEqual(pixels.breach);
    expect(pixels.above).not.toEqual(pixels.breach);
    // A name for screen readers, and the span it covers.
    await expect(page.locator('#timeline-chart').getAttribute('aria-label')).resolves.toMatch(new RegExp(`^Incidents per week, stacked by type, ${mondays[0]} to \\d{4}-\\d{2}-\\d{2}: ${records.length} stories`));
    await page.locator('#timeline').screenshot({ path: '/tmp/wirewatch-analyst-timeline.png' });
    expect(pageErrors).toEqual([]);
  });

  test('brushing the timeline with the mouse sets from and to, and the list keeps only those weeks', async () => {
    await openList();
    await timelineDrawn();
    const box = (await page.locator('#timeline-chart .u-over').boundingBox())!;
    // uPlot's drag-select, from the left edge of the plot to two thirds of the way across.
    await page.mouse.move(box.x + 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.4, box.y + box.height / 2, { steps: 5 });
    await page.mouse.move(box.x + box.width * 0.66, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction(() => /from=\d{4}-\d{2}-\d{2}/.test(location.hash) && /to=\d{4}-\d{2}-\d{2}/.test(location.hash));
    const params = new URLSearchParams(page.url().split('?')[1]);
    const from = params.get('from')!;
    const to = params.get('to')!;
    expect(from < to).toBe(true);
    // The drag began on the first week: From is its Monday. A brushed range ends on a Sunday.
    expect(from).toBe(mondayOf([...records].map((r) => r.publishedAt!).sort()[0]));
    expect(new Date(`${to}T00:00:00Z`).getUTCDay()).toBe(0);
    const expected = inRange(from, to);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(records.length);
    await listShows(expected);
    await expect(page.locator('#f-from').inputValue()).resolves.toBe(from);
    await expect(page.locator('#f-to').inputValue()).resolves.toBe(to);
    // The chart is drawn again for the narrowed set.
    await timelineDrawn();
    await page.screenshot({ path: '/tmp/wirewatch-analyst-timeline-brushed.png', fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  test('the timeline can be brushed with the keyboard', async () => {
    await openList();
    await timelineDrawn();
    await expect(page.locator('#timeline-chart').getAttribute('tabindex')).resolves.toBe('0');
    await expect(page.locator('#timeline-chart').getAttribute('aria-describedby')).resolves.toBe('timeline-hint');
    await page.focus('#timeline-chart');
    await page.keyboard.press('End');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowLeft');
    await expect(page.locator('#timeline-hint').textContent()).resolves.toMatch(/^Week of \d{4}-\d{2}-\d{2}: \d+ stor(y|ies).*Enter applies \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}\.$/);
    // The span is shown on the chart before it is applied: uPlot's selection box, four weeks wide.
    const sel = (await page.locator('#timeline-chart .u-select').boundingBox())!;
    const plot = (await page.locator('#timeline-chart .u-over').boundingBox())!;
    const chart = await chartState();
    expect(sel.width).toBeGreaterThan(0);
    expect(Math.abs(sel.width - (plot.width * 4) / chart.weeks.length)).toBeLessThan(2);
    await page.locator('#timeline').screenshot({ path: '/tmp/wirewatch-analyst-timeline-keyboard.png' });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /from=/.test(location.hash) && /to=/.test(location.hash));
    const params = new URLSearchParams(page.url().split('?')[1]);
    const from = params.get('from')!;
    const to = params.get('to')!;
    // Four weeks ending with the last week that has a story.
    expect((Date.parse(to) - Date.parse(from)) / 86_400_000).toBe(27);
    expect(from).toBe(chart.weeks[chart.weeks.length - 4]);
    const expected = inRange(from, to);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(records.length);
    // The filtered list itself, not any settled list (the old one is also settled for a moment after Enter).
    await listShows(expected);
    // The chart is drawn again for the narrowed weeks, and its hint says how to use it again.
    await timelineDrawn();
    await page.waitForFunction(() => /^Drag across the chart/.test(document.getElementById('timeline-hint')!.textContent ?? ''));
    expect(pageErrors).toEqual([]);
  });

  test('victim organizations show, as text, wherever victims are shown: the list, who hit whom and the detail', async () => {
    await openList();
    const medibank = byHeadline('Australian police');
    const card = page.locator(`#records .record[data-id="${medibank.id}"]`);
    await expect(card.locator('.whw .whw-org').allTextContents()).resolves.toEqual(['Medibank']);
    const solarwinds = page.locator(`#records .record[data-id="${byHeadline('SolarWinds').id}"]`);
    await expect(solarwinds.locator('.whw .whw-victim .whw-org').allTextContents()).resolves.toEqual(['Treasury', 'Commerce']);
    await expect(solarwinds.locator('.whw .whw-victim').textContent()).resolves.toContain('United States');
    // A name holding markup stays text, in the list and on the detail.
    const xss = byHeadline('Hackers deface');
    const xssCard = page.locator(`#records .record[data-id="${xss.id}"]`);
    await expect(xssCard.locator('.whw-org').textContent()).resolves.toBe('Ministry of <b>Culture</b>');
    // No victim country, but a victim organization: the victim is not "unknown".
    await expect(xssCard.locator('.whw-unknown').allTextContents()).resolves.toEqual(['unattributed']);
    expect(await page.locator('#records b').count()).toBe(0);

    await card.locator('.record-headline a').click();
    await page.waitForSelector('#detail-headline');
    await expect(page.locator('.incident .whw .whw-org').allTextContents()).resolves.toEqual(['Medibank']);
    const facts = page.locator('.incident-facts');
    const terms = await facts.locator('dt').allTextContents();
    const i = terms.indexOf('Victim organizations');
    expect(i).toBeGreaterThanOrEqual(0);
    await expect(facts.locator('dd').nth(i).textContent()).resolves.toBe('Medibank');
    await page.screenshot({ path: '/tmp/wirewatch-analyst-detail-victim-orgs.png', fullPage: true });

    // A story that names none says so.
    await page.goto(`${origin}/#/record/${byHeadline('Messi').id}`);
    await page.waitForSelector('#detail-headline');
    const worldCup = page.locator('.incident-facts');
    const wcTerms = await worldCup.locator('dt').allTextContents();
    await expect(worldCup.locator('dd').nth(wcTerms.indexOf('Victim organizations')).textContent()).resolves.toBe('none named');

    await page.goto(`${origin}/#/record/${xss.id}`);
    await page.waitForSelector('#detail-headline');
    await expect(page.locator('.incident .whw-org').allTextContents()).resolves.toEqual(['Ministry of <b>Culture</b>', 'Ministry of <b>Culture</b>']);
    expect(await page.locator('#view-detail b').count()).toBe(0);
    expect(pageErrors).toEqual([]);
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
    watchConsoleAndCsp(p, violations);
    const res = await p.goto(`${origin}/`);
    const csp = res!.headers()['content-security-policy'];
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/style-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    for (const route of ['/app.js', '/timeline.js', '/style.css', '/vendor/uplot/uPlot.iife.min.js', '/api/records', '/api/facets', '/nothing-here']) {
      const r = await fetch(`${origin}${route}`);
      expect(r.headers.get('content-security-policy')).toBe(csp);
    }
    // uPlot comes from the page's own origin, byte for byte the installed package, with its licence.
    const uplotDir = path.dirname(require.resolve('uplot/package.json'));
    for (const [url, file, type] of [
      ['/vendor/uplot/uPlot.iife.min.js', 'dist/uPlot.iife.min.js', 'text/javascript'],
      ['/vendor/uplot/uPlot.min.css', 'dist/uPlot.min.css', 'text/css'],
      ['/vendor/uplot/LICENSE.txt', 'LICENSE', 'text/plain'],
    ]) {
      const r = await fetch(`${origin}${url}`);
      expect([url, r.status, r.headers.get('content-type')?.split(';')[0]]).toEqual([url, 200, type]);
      expect(Buffer.from(await r.arrayBuffer()).equals(readFileSync(path.join(uplotDir, file)))).toBe(true);
    }
    await expect((await fetch(`${origin}/vendor/uplot/LICENSE.txt`)).text()).resolves.toContain('Leon Sorokin');
    expect((await fetch(`${origin}/vendor/uplot/package.json`)).status).toBe(404);
    // No inline script in the page itself.
    const html = await (await fetch(`${origin}/`)).text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    await p.waitForSelector('#records .record');
    await timelineDrawn(p);
    await p.waitForSelector('#matrix-table');
    // Drawing, hovering and brushing the chart, and the detail view, break no directive either.
    const box = (await p.locator('#timeline-chart .u-over').boundingBox())!;
    await p.mouse.move(box.x + box.width * 0.2, box.y + box.height / 2);
    await p.mouse.down();
    await p.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2, { steps: 4 });
    await p.mouse.up();
    await p.waitForFunction(() => /from=/.test(location.hash));
    await timelineDrawn(p);
    await p.goto(`${origin}/#/record/${byHeadline('Australian police').id}`);
    await p.waitForSelector('#detail-headline');
    await p.close();
    expect(unexpectedErrors(violations)).toEqual([]);
  });

  test('usable at 1280x800 and in a narrow window: nothing wider than the window, filters reachable by Tab', async () => {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 800 }]) {
      const p = await browser.newPage({ viewport });
      await p.goto(`${origin}/`);
      await p.waitForSelector('#records .record');
      await timelineDrawn(p);
      const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // The chart fills its panel: no wider than it, and not a fixed small size.
      const chartBox = (await p.locator('#timeline-chart .uplot').boundingBox())!;
      const panelBox = (await p.locator('#timeline').boundingBox())!;
      expect(chartBox.width).toBeLessThanOrEqual(panelBox.width);
      expect(chartBox.width).toBeGreaterThan(panelBox.width * 0.8);
      await p.locator('#timeline').screenshot({ path: `/tmp/wirewatch-analyst-timeline-${viewport.width}x${viewport.height}.png` });
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

  test('the chart follows the window: narrowed, it is drawn again at the new width', async () => {
    const p = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await p.goto(`${origin}/`);
    await timelineDrawn(p);
    const wide = (await p.locator('#timeline-chart .uplot').boundingBox())!.width;
    await p.setViewportSize({ width: 600, height: 800 });
    await p.waitForFunction((w) => {
      const el = document.querySelector('#timeline-chart .uplot');
      return !!el && el.getBoundingClientRect().width < w - 100;
    }, wide);
    const narrow = (await p.locator('#timeline-chart .uplot').boundingBox())!;
    const panel = (await p.locator('#timeline').boundingBox())!;
    expect(narrow.width).toBeLessThanOrEqual(panel.width);
    // The canvas is redrawn at that size, not scaled by CSS.
    const canvas = await p.evaluate(() => {
      const c = document.querySelector('#timeline-chart .uplot canvas') as HTMLCanvasElement;
      return { px: c.width, css: c.getBoundingClientRect().width, ratio: window.devicePixelRatio };
    });
    expect(Math.abs(canvas.px - canvas.css * canvas.ratio)).toBeLessThanOrEqual(2);
    await p.screenshot({ path: '/tmp/wirewatch-analyst-600x800.png', fullPage: true });
    await p.close();
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

  test('no console error and no Content-Security-Policy violation on the shared page over the whole suite', () => {
    expect(unexpectedErrors(consoleErrors)).toEqual([]);
    expect(pageErrors).toEqual([]);
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

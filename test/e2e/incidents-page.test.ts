// Browser test of the incidents view (lib/web/static/incidents.js) in Debian's chromium, served by
// the product's local HTTP server over a real embedded S3 store. Records are built here with the
// product's record builder: three outlets' coverage of one attack over three days, a republished
// copy, another victim of the same gang the same week, and a headline holding markup.
import type { Browser, Page } from 'playwright-core';
import { startHttpServer, type RunningHttpServer } from '../../lib/local/http-server';
import type { StoryRecord } from '../../lib/types';
import { storyRecord } from '../helpers/records';
import { startTestS3, type TestS3 } from '../helpers/s3';
import { launchChromium, requireChromium } from './chromium';

const SCREENSHOT = '/tmp/wirewatch-analyst-incident.png';

interface Spec {
  slug: string;
  at: string;
  publisher: string;
  headline: string;
  victimOrg: string;
  actor?: string;
  by?: string[];
}

function record(s: Spec): StoryRecord {
  const text = `${s.headline}. Reported by ${s.publisher}.`;
  return storyRecord(`https://incidents-page.example.com/${s.slug}`, {
    cleaned: { publishedAt: s.at, publishedDate: s.at.slice(0, 10), publisher: s.publisher, headline: s.headline, paragraphs: [text], text },
    extraction: {
      countries: [{ code: 'GB', name: 'United Kingdom', mentions: 2 }, ...(s.by ?? []).map((c) => ({ code: c, name: c === 'RU' ? 'Russia' : c, mentions: 1 }))],
      organizations: [{ name: s.victimOrg, mentions: 2 }],
      actors: s.actor ? [{ name: s.actor, mentions: 1 }] : [],
      agencies: [],
      systems: [],
      incident: { isCyber: true, types: ['ransomware'], victims: ['GB'], attributedTo: s.by ?? [], victimOrganizations: [s.victimOrg] },
    },
    fetchedAt: s.at,
  });
}

const mail = [
  record({ slug: 'mail-1', at: '2023-01-11T09:00:00Z', publisher: 'Albion Press', headline: 'Royal Mail halts overseas deliveries after cyber incident', victimOrg: 'Royal Mail' }),
  record({ slug: 'mail-2', at: '2023-01-12T10:00:00Z', publisher: 'Evening Ledger', headline: 'LockBit ransomware linked to <b>Royal Mail</b> disruption', victimOrg: 'Royal Mail', actor: 'LockBit', by: ['RU'] }),
  record({ slug: 'mail-3', at: '2023-01-13T11:00:00Z', publisher: 'Capital Wire', headline: 'Parcels pile up as Royal Mail export outage goes on', victimOrg: 'Royal Mail' }),
];
const copy = { ...record({ slug: 'mail-1-copy', at: '2023-01-11T15:00:00Z', publisher: 'Harbour Herald', headline: 'Royal Mail halts overseas deliveries after cyber incident', victimOrg: 'Royal Mail' }), duplicateOf: mail[0].id };
const ion = record({ slug: 'ion-1', at: '2023-01-14T09:00:00Z', publisher: 'Albion Press', headline: 'Trading software firm ION hit by LockBit ransomware', victimOrg: 'ION Group', actor: 'LockBit' });

describe('incidents view in chromium', () => {
  let s3: TestS3;
  let server: RunningHttpServer;
  let origin: string;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    requireChromium();
    s3 = await startTestS3();
    for (const r of [...mail, copy, ion]) await s3.store.putRecord(r);
    server = await startHttpServer({ store: s3.store, port: 0 });
    origin = new URL(server.url).origin;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    page.setDefaultTimeout(10_000);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await s3?.stop();
  });

  test('open an incident: its stories in time order on a timeline, entities and attribution claims with their story', async () => {
    await page.goto(`${origin}/#/`);
    await page.waitForSelector('#records .record');
    // From the tab bar to the incidents view, by keyboard.
    await page.focus('#tab-incident-groups');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#incident-list[aria-busy="false"] .incident');
    await expect(page.locator('#tab-incident-groups').getAttribute('aria-current')).resolves.toBe('page');
    const labels = await page.locator('#incident-list .incident-label').allTextContents();
    expect(labels).toEqual(['ION Group ransomware, January 2023', 'Royal Mail ransomware, January 2023']);
    await expect(page.locator('#incidents-status').textContent()).resolves.toContain('of 2 incidents');
    const royal = page.locator(`#incident-list .incident[data-id="${mail[0].id}"]`);
    await expect(royal.locator('.incident-meta').textContent()).resolves.toContain('4 stories from 4 outlets');
    await page.screenshot({ path: '/tmp/wirewatch-analyst-incidents.png', fullPage: true });

    // Open it from the keyboard.
    await royal.locator('.incident-label a').focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#incident-detail[aria-busy="false"] #incident-heading');
    await expect(page.locator('#incident-heading').textContent()).resolves.toBe('Royal Mail ransomware, January 2023');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('incident-heading');

    // Stories oldest first, the republished copy among them and marked; markup in a headline is text.
    const stories = page.locator('#incident-stories li');
    await expect(stories.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-id')))).resolves.toEqual([mail[0].id, copy.id, mail[1].id, mail[2].id]);
    await expect(stories.nth(1).locator('.badge-copy').count()).resolves.toBe(1);
    await expect(stories.nth(2).locator('.story-link').textContent()).resolves.toBe('LockBit ransomware linked to <b>Royal Mail</b> disruption');
    expect(await page.locator('#incident-detail b').count()).toBe(0);
    // One dot per story on the timeline, left to right in time.
    const xs = await page.locator('.incident-timeline-svg .tl-dot').evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('cx'))));
    expect(xs).toHaveLength(4);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    // A dot takes the focus to its story.
    await page.locator('.tl-dot').nth(3).click();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(mail[2].headline);

    // Entities with how many stories name them, and the claim with the story that made it.
    await expect(page.locator('.incident-entities').textContent()).resolves.toContain('Royal Mail');
    const claim = page.locator('#incident-claims tbody tr');
    await expect(claim.count()).resolves.toBe(1);
    await expect(claim.textContent()).resolves.toContain('Evening Ledger');
    await expect(claim.textContent()).resolves.toContain('Russia');
    await expect(claim.textContent()).resolves.toContain('LockBit');
    await page.screenshot({ path: SCREENSHOT, fullPage: true });

    // A story opens the record detail; Back returns to the incident.
    await claim.locator('a').click();
    await page.waitForSelector('#detail-headline');
    await expect(page.locator('#detail-headline').textContent()).resolves.toBe(mail[1].headline);
    await page.goBack();
    await page.waitForSelector('#incident-detail[aria-busy="false"] #incident-heading');
    expect(pageErrors).toEqual([]);
  });

  test('an incident fits a 390 px wide screen', async () => {
    const narrow = await browser.newPage({ viewport: { width: 390, height: 800 } });
    try {
      await narrow.goto(`${origin}/#/incidents/${mail[0].id}`);
      await narrow.waitForSelector('#incident-detail[aria-busy="false"] #incident-heading');
      const overflow = await narrow.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expect(narrow.locator('.incident-timeline-svg .tl-dot').count()).resolves.toBe(4);
      await narrow.screenshot({ path: '/tmp/wirewatch-analyst-incident-390.png', fullPage: true });
    } finally {
      await narrow.close();
    }
  });

  test('the incidents list takes the search words, and an unknown incident says so', async () => {
    await page.goto('about:blank');
    await page.goto(`${origin}/#/incidents`);
    await page.waitForSelector('#incident-list[aria-busy="false"] .incident');
    await page.fill('#incidents-q', 'trading');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('#incident-list .incident').length === 1);
    await expect(page.locator('#incident-list .incident-label').textContent()).resolves.toBe('ION Group ransomware, January 2023');
    expect(page.url()).toContain('#/incidents?q=trading');

    await page.goto(`${origin}/#/incidents/0123456789abcdef`);
    await page.waitForSelector('#error:not([hidden])');
    await expect(page.locator('#error').textContent()).resolves.toContain('no incident with id 0123456789abcdef');
    expect(pageErrors).toEqual([]);
  });
});

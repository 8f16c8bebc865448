import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { recordErrors } from '../../../lib/record';
import { storyId } from '../../../lib/url';

const CLI = resolve(__dirname, '../../../bin/wirewatch.cjs');
const fx = (name: string) => join(__dirname, 'fixtures', name);

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [CLI, ...args], { timeout: 60_000 }, (err, stdout, stderr) => {
      done({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('wirewatch extract', () => {
  it('prints one valid record per file, in order', async () => {
    const res = await run(['extract', fx('phishing-story.html'), fx('wiper-story.txt')]);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const lines = res.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    const [html, txt] = lines.map((l) => JSON.parse(l) as Record<string, unknown> & { id: string; canonicalUrl: string; url: string; source: { domain: string } });
    expect(recordErrors(html)).toEqual([]);
    expect(recordErrors(txt)).toEqual([]);
    // The page's canonical link decides the id; the .txt keeps its file: URL.
    expect(html.canonicalUrl).toBe('https://lowlands-post.example.nl/news/2024/phishing-tax-office');
    expect(html.id).toBe(storyId(html.canonicalUrl));
    expect(html.source.domain).toBe('example.nl');
    expect(txt.url).toBe(pathToFileURL(fx('wiper-story.txt')).toString());
    expect(txt.source.domain).toBe('local');
    expect(String(txt.text)).toContain('Destructive malware erased data');
  });

  it('--timing adds one JSON line on stderr: pages, loop time, pages/s, module loading time', async () => {
    const res = await run(['extract', '--timing', fx('phishing-story.html'), fx('wiper-story.txt'), fx('missing.html')]);
    expect(res.code).toBe(1);
    expect(res.stdout.trim().split('\n')).toHaveLength(2);
    const last = res.stderr.trim().split('\n').pop() ?? '';
    const t = JSON.parse(last) as { pages: number; ms: number; pagesPerSecond: number; loadMs: number; cpuMs: number };
    expect(t.pages).toBe(2); // the missing file is not a page written
    expect(t.ms).toBeGreaterThan(0);
    expect(t.pagesPerSecond).toBeCloseTo((2 * 1000) / t.ms, 0);
    expect(t.loadMs).toBeGreaterThan(0);
    expect(t.cpuMs).toBeGreaterThan(0);
    const plain = await run(['extract', fx('wiper-story.txt')]);
    expect(plain.stderr).toBe('');
  });

  it('--url sets the URL of a single file', async () => {
    const res = await run(['extract', '--url', 'https://news.example.org/moldova-wiper?utm_campaign=x', fx('wiper-story.txt')]);
    expect(res.code).toBe(0);
    const r = JSON.parse(res.stdout) as { url: string; canonicalUrl: string; id: string };
    expect(r.canonicalUrl).toBe('https://news.example.org/moldova-wiper');
    expect(r.id).toBe(storyId('https://news.example.org/moldova-wiper'));
  });

  it('reports bad files on stderr, processes the rest, and exits non-zero without a stack', async () => {
    const shell = join(__dirname, '..', '..', 'fixtures', 'pages', 'layouts', 'js-shell.html');
    const res = await run(['extract', fx('missing.html'), fx('empty.txt'), fx('wiper-story.txt'), fx('notes.md'), shell]);
    expect(res.code).toBe(1);
    expect(res.stdout.trim().split('\n')).toHaveLength(1);
    expect(res.stderr).toMatch(/missing\.html: no such file/);
    expect(res.stderr).toMatch(/empty\.txt: file is empty/);
    expect(res.stderr).toMatch(/notes\.md: not a \.html or \.txt file/);
    expect(res.stderr).toMatch(/js-shell\.html: no story text found: the page is a JavaScript shell/);
    expect(res.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints usage and exits 2 on an unknown command or bad options', async () => {
    const unknown = await run(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command: frobnicate/);
    expect(unknown.stderr).toMatch(/Usage: wirewatch/);
    const twoWithUrl = await run(['extract', '--url', 'https://x.example/a', fx('wiper-story.txt'), fx('phishing-story.html')]);
    expect(twoWithUrl.code).toBe(2);
    expect((await run(['extract'])).code).toBe(2);
  });

  it('run with a bad feeds file fails cleanly', async () => {
    const res = await run(['run', '--once', '--feeds', fx('notes.md')]);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/feeds file .*notes\.md: not valid JSON/);
    expect(res.stderr).not.toMatch(/\n\s+at /);
  });
});

import { canonicalizeUrl, registrableDomain, storyId } from '../../lib/url';

describe('canonical story URLs', () => {
  it('drops tracking parameters and the fragment, keeps the rest', () => {
    expect(canonicalizeUrl('https://news.example/a/b?utm_source=x&id=7&fbclid=1#top')).toBe('https://news.example/a/b?id=7');
    expect(canonicalizeUrl('https://news.example/a?xtor=RSS-1&s_cid=2&ftag=3&INTCMP=4')).toBe('https://news.example/a');
  });

  it('resolves relative links and refuses what is not http(s)', () => {
    expect(canonicalizeUrl('/world/story.html', 'https://news.example/feed.xml')).toBe('https://news.example/world/story.html');
    expect(canonicalizeUrl('mailto:desk@news.example')).toBeNull();
    expect(canonicalizeUrl('not a url')).toBeNull();
  });

  it('gives the same id to the same story however it was tagged', () => {
    const a = storyId(canonicalizeUrl('https://news.example/a?xtor=RSS-1')!);
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(storyId(canonicalizeUrl('https://news.example/a#comments')!)).toBe(a);
    expect(registrableDomain('https://www.independent.co.uk/news/x')).toBe('independent.co.uk');
  });
});

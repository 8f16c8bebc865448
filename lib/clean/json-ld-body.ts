import { collapse } from './dom';
import { isBoilerplate } from './boilerplate';

// JSON-LD articleBody is the publisher's own statement of the story text. It is used as a check on the
// DOM result, not blindly: some sites put a teaser, a truncated body, or another story's text in it.

const TOKEN = /[\p{L}\p{N}_]+/gu;

function shingles(text: string, n = 3): string[] {
  const t = text.match(TOKEN) ?? [];
  if (t.length < n) return t.length ? [t.join(' ')] : [];
  const out: string[] = [];
  for (let i = 0; i + n <= t.length; i++) out.push(`${t[i]} ${t[i + 1]} ${t[i + 2]}`);
  return out;
}

function share(items: string[], set: Set<string>): number {
  if (!items.length) return 0;
  let n = 0;
  for (const s of items) if (set.has(s)) n++;
  return n / items.length;
}

/** Splits an articleBody into paragraphs: on line breaks when it has them. */
function splitBody(body: string): string[] {
  const parts = body.split(/\n\s*\n|\r?\n/).map(collapse).filter(Boolean);
  return parts.filter((p) => !isBoilerplate(p));
}

export function chooseArticleBody(dom: string[], ldBody: string | null): string[] {
  if (!ldBody) return dom;
  // Some sites put escaped HTML in articleBody: decode first, then drop the tags.
  const body = decodeEntities(decodeEntities(ldBody).replace(/<\/?(?:p|div|h\d|li|br|blockquote|ul|ol|figure|figcaption)\b[^>]{0,300}>/gi, '\n').replace(/<[^>]{1,300}>/g, ' '));
  if (body.length < 400) return dom;
  const ldSh = shingles(body);
  if (ldSh.length < 50) return dom;
  const ldSet = new Set(ldSh);
  const domText = dom.join(' ');
  const domSh = shingles(domText);
  const domSet = new Set(domSh);
  const ldFoundInDom = share(ldSh, domSet);
  if (ldFoundInDom >= 0.5 && ldSh.length < domSh.length * 0.6) {
    // A truncated or summary articleBody (common): the DOM has the full story.
    return dom;
  }
  if (ldFoundInDom >= 0.5) {
    // Consistent: drop DOM paragraphs the publisher's body does not have (captions, prompts, teasers).
    const kept = dom.filter((p) => {
      const sh = shingles(p);
      if (sh.length <= 2) return true; // headings and very short lines: too little to judge
      return share(sh, ldSet) >= 0.3;
    });
    const keptSet = new Set(shingles(kept.join(' ')));
    if (share(ldSh, keptSet) >= 0.85) return kept;
    // The DOM missed a real part of the story (lazy-loaded paragraphs, odd markup): use the body itself.
    return splitBody(body);
  }
  // Inconsistent: trust the articleBody only when the DOM found little.
  if (domText.length < body.length * 0.3) return splitBody(body);
  return dom;
}

const NAMED: Record<string, string> = { amp: '&', apos: "'", quot: '"', lt: '<', gt: '>', nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', mdash: '—', ndash: '–', hellip: '…' };

/** JSON-LD strings are sometimes HTML-escaped twice ("&apos;"); undo the common entities. */
function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp < 0x110000 ? String.fromCodePoint(cp) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

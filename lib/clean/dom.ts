import type { AnyNode, Element } from 'domhandler';

// Small helpers over htmlparser2/domhandler nodes. The body extractor walks nodes directly rather than
// through cheerio selections: one pass over a large page costs milliseconds instead of tens of them.

export function isElement(n: AnyNode): n is Element {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

export function textOf(n: AnyNode): string {
  if (n.type === 'text') return n.data;
  if (!isElement(n) || n.type !== 'tag') {
    if (n.type === 'root') return n.children.map(textOf).join('');
    return '';
  }
  let s = '';
  for (const c of n.children) s += textOf(c);
  return s;
}

export function collapse(s: string): string {
  return s.replace(/[\s\u00a0\u200b\u2009\u202f]+/g, ' ').trim();
}

/** Lower-cased class and id tokens of an element, split on space, dash and underscore. */
export function classTokens(el: Element): string[] {
  const a = el.attribs;
  const raw = `${a.class ?? ''} ${a.id ?? ''}`;
  if (raw.length < 2) return [];
  return raw.split(/[\s_\-]+|(?<=[a-z])(?=[A-Z])/).filter(Boolean).map((t) => t.toLowerCase());
}

export function attr(el: Element, name: string): string | undefined {
  return el.attribs[name];
}

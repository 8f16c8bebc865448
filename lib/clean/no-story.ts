import type { AnyNode, Element } from 'domhandler';
import type { NoStory } from '../types';
import { classTokens, collapse } from './dom';

// Why a page gave no story text, for the failure record: its text is rendered by scripts (a JavaScript
// shell), a consent or login wall stands in front of it, the page is empty, or it holds only chrome
// (menus, link lists, a headline). Runs only on pages the cleaner found no story in.

// <head> is walked: a page without <body> gets all its markup there (htmlparser2 builds no implied body).
const NOT_SHOWN = new Set(['script', 'style', 'template', 'title', 'meta', 'link', 'svg', 'noscript']);

// Mount points of client-side apps (React, Vue, Next, Nuxt, Gatsby, Angular, Ember, Svelte).
const APP_ROOT_ID = /^(?:root|app|__next|__nuxt|___gatsby|app-root|application|main-app|svelte|ember-app|react-root|vue-app|spa-root)$/i;
const APP_ROOT_ATTRS = ['data-reactroot', 'ng-app', 'ng-version', 'data-server-rendered', 'data-v-app', 'data-vue-meta'];

// Words of consent boxes and of log-in or subscription walls, in the languages the wires are read in.
const CONSENT_WORDS = /\b(?:cookies?|consent|gdpr|dsgvo|rgpd|tracking|einwilligung|zustimm\w*|datenschutz\w*|privacy|personali[sz]ed ads|accept all|reject all|alle akzeptieren|akzeptieren|tout accepter|accepter|aceptar|accetta|partners?|vendors?)\b/gi;
const LOGIN_WORDS = /\b(?:log ?in|sign ?in|sign up|subscribe\w*|subscription|subscriber|register|create (?:an|a free) account|paywall|premium|continue reading|keep reading|already a member|anmelden|einloggen|abonn\w*|abo|registrier\w*|weiterlesen|konto|se connecter|connexion|s'abonner|abonnez|iniciar sesi[oó]n|suscr[ií]b\w*|suscriptor|accedi|abbonati)\b/gi;
const WALL_CLASS = /^(?:paywall|login|signin|register|registration|subscribe|subscription|regwall|piano|metered)$/;
const CONSENT_CLASS = /^(?:cookie|cookies|consent|gdpr|cmp|privacy)$/;
const MENTIONS_JS = /\bjava\s?script\b/i;

interface Seen {
  text: string;
  nonLink: string;
  noscript: string;
  scriptChars: number;
  emptyAppRoot: boolean;
  wallClass: boolean;
  consentClass: boolean;
}

function look(root: AnyNode): Seen {
  const seen: Seen = { text: '', nonLink: '', noscript: '', scriptChars: 0, emptyAppRoot: false, wallClass: false, consentClass: false };
  const visit = (n: AnyNode, inLink: boolean, inNoscript: boolean): void => {
    if (n.type === 'text') {
      if (inNoscript) seen.noscript += n.data;
      else {
        seen.text += n.data;
        if (!inLink) seen.nonLink += n.data;
      }
      return;
    }
    if (n.type === 'script' || n.type === 'style') {
      if (n.type === 'script') for (const c of n.children) if (c.type === 'text') seen.scriptChars += c.data.length;
      return;
    }
    if (n.type !== 'tag' && n.type !== 'root') return;
    if (n.type === 'tag') {
      const el = n as Element;
      if (el.name === 'noscript') {
        for (const c of el.children) visit(c, inLink, true);
        return;
      }
      if (NOT_SHOWN.has(el.name)) return;
      const a = el.attribs;
      if ((a.id && APP_ROOT_ID.test(a.id)) || APP_ROOT_ATTRS.some((k) => a[k] !== undefined)) {
        if (!collapse(textContent(el))) seen.emptyAppRoot = true;
      }
      for (const t of classTokens(el)) {
        if (WALL_CLASS.test(t)) seen.wallClass = true;
        if (CONSENT_CLASS.test(t)) seen.consentClass = true;
      }
      for (const c of el.children) visit(c, inLink || el.name === 'a', inNoscript);
      return;
    }
    for (const c of n.children) visit(c, inLink, inNoscript);
  };
  visit(root, false, false);
  return seen;
}

function textContent(el: Element): string {
  let s = '';
  for (const c of el.children) {
    if (c.type === 'text') s += c.data;
    else if (c.type === 'tag') s += textContent(c);
  }
  return s;
}

function distinct(text: string, re: RegExp): number {
  const found = new Set<string>();
  for (const m of text.matchAll(re)) found.add(m[0].toLowerCase());
  return found.size;
}

/** Why a page (its parsed document) holds no story text. */
export function diagnoseNoStory(root: AnyNode): NoStory {
  const s = look(root);
  const text = collapse(s.text);
  const nonLink = collapse(s.nonLink);
  const noscript = collapse(s.noscript);
  const kb = Math.round(s.scriptChars / 1024);
  const shown = `${text.length} characters of visible text`;
  // A shell: almost nothing shown, and either scripts, an empty app mount point or a noscript notice.
  const jsNotice = MENTIONS_JS.test(noscript) || (text.length < 300 && MENTIONS_JS.test(text));
  if (text.length < 500 && (s.emptyAppRoot || jsNotice || (text.length < 200 && s.scriptChars > 5000))) {
    const why = s.emptyAppRoot ? 'an empty app mount point' : jsNotice ? 'a notice that JavaScript is required' : `${kb} kB of script`;
    return { kind: 'javascript-shell', detail: `the page is a JavaScript shell: its text is rendered by scripts (${shown}, ${why})` };
  }
  if (text.length < 20) return { kind: 'empty-page', detail: noscript ? `the page is empty (only a noscript notice: "${noscript.slice(0, 80)}")` : 'the page is empty: no visible text' };
  // Walls: several of their words in the text that is not links (menus and footers are links).
  const consent = distinct(nonLink, CONSENT_WORDS) + (s.consentClass ? 1 : 0);
  const login = distinct(nonLink, LOGIN_WORDS) + (s.wallClass ? 1 : 0);
  if (login >= 3 && login >= consent) return { kind: 'login-wall', detail: `a login or subscription wall stands in front of the story (${shown})` };
  if (consent >= 3) return { kind: 'consent-wall', detail: `a cookie or consent wall stands in front of the story (${shown})` };
  return { kind: 'no-prose', detail: `no paragraph of prose among the page's ${shown} (${Math.round((100 * (text.length - nonLink.length)) / Math.max(1, text.length))}% of it links)` };
}

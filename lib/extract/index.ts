// extract(): countries, agencies, organizations, threat actors, systems and the incident block
// of one cleaned story. Synchronous and pure; gazetteers are built on first use and reused.
import { CountryMention, ExtractInput, Extraction, NamedEntity } from '../types';
import { countryIndex, countryName, findCountries } from './countries';
import { groupMentions, Grouped } from './entities';
import { gazetteer, looksCyber, talksThreats, threatGazetteer } from './gazetteers';
import { classifyIncident, CUE_MORE } from './incident';
import { cueGates } from './cues';
import { findMentions } from './mentions';
import { splitProducts } from './products';
import { lexicon } from './nlp';
import { sentencesOf, tokenize } from './text';
import { ExtractInputError } from './errors';

export { publicationDay, datesInSentence } from './dates';
export { ExtractInputError } from './errors';

// Lines that are page furniture rather than story, in case cleaning left some behind. Only short
// lines without a sentence ending, or lines that open with a furniture label and a colon, so that a
// paragraph such as "Share prices fell..." is never dropped.
const FURNITURE_LABEL = /^(?:related(?: coverage| stories| content| articles)?|read (?:more|also|next)|more (?:from|on|in|stories)|most (?:read|popular|viewed)|see also|also read|recommended|trending|watch|photo|video|listen|advertisement)\s*:/i;
const FURNITURE_LINE = /^(?:related(?: coverage| stories| content)?|read (?:more|also|next)|more (?:from|on|in|stories)|most (?:read|popular|viewed)|see also|also read|share(?: this)?|follow us|sign up|subscribe|download (?:our|the) app|advertisement|thank you for|please refresh|©|copyright|reporting by|editing by|writing by|additional reporting|our standards|how we report|this story contains|all rights reserved|get the latest|recommended|trending|\[(?:photo|image|video))\b/i;

/**
 * Loads every table extract() may need (country forms, both gazetteers, the word lexicon) now rather
 * than on the first story that needs each. A batch run (the CLI's extract command) calls it at
 * start-up; the processor Lambda does not, so its cold start stays small and general news never
 * loads the threat gazetteer.
 */
export function loadExtractData(): void {
  countryIndex();
  gazetteer();
  threatGazetteer();
  lexicon();
}

export function prepareText(text: string): string {
  return text
    .split('\n')
    .filter((l) => {
      const t = l.trim();
      if (FURNITURE_LABEL.test(t)) return false;
      if (/^(?:©|copyright\b|reporting by\b|editing by\b|writing by\b|additional reporting\b|this story contains\b|\[(?:photo|image|video))/i.test(t)) return false;
      if (FURNITURE_LINE.test(t) && t.split(/\s+/).length <= 12 && !/[.!?]["”’]?$/.test(t)) return false;
      if (!t.includes('·') && !t.includes('|')) return true;
      // navigation / related-links rows: several short segments separated by · or |
      const segs = t.split(/\s[·|]\s/);
      return segs.length < 3 && !/^(?:\S+\s*){1,3}[·|]\s/.test(t);
    })
    .join('\n');
}

// localeCompare's order (same locale and options) through one collator: several times cheaper per call.
const NAME_ORDER = new Intl.Collator().compare;

export function extract(input: ExtractInput): Extraction {
  if (!input || typeof input !== 'object') throw new ExtractInputError('extract() needs an input object with headline, text and publishedAt');
  if (typeof input.text !== 'string') throw new ExtractInputError(`story text must be a string, got ${input.text === null ? 'null' : typeof input.text}`);
  if (input.headline !== null && input.headline !== undefined && typeof input.headline !== 'string') throw new ExtractInputError('headline must be a string or null');
  const text = prepareText(input.text);
  const sentences = sentencesOf(input.headline, text);
  const toks = sentences.map((s) => tokenize(s.text));
  const lows = toks.map((tk) => tk.map((t) => t.text.toLowerCase()));
  let countryHits = findCountries(sentences, toks, text, lows);
  const all = input.headline ? `${input.headline}\n${text}` : text;
  const cyberish = looksCyber(all);
  // CUE_MORE's phrases tested once on the story, then only on its sentences when the story has one
  const gates = cyberish ? { ...cueGates(lows), more: CUE_MORE.test(all) } : undefined;
  const threatsTalk = cyberish && talksThreats(all);
  const { mentions } = findMentions(sentences, toks, countryHits, threatsTalk, lows);
  const allGroups = groupMentions(mentions);
  // countries inside entity names: a capital there is only a place ("Transport for London"); others are
  // kept as countries but left out of the incident roles
  const multi = new Map<number, typeof mentions>();
  for (const m of mentions) if (m.n > 1) { const l = multi.get(m.sent) ?? []; l.push(m); multi.set(m.sent, l); }
  for (const h of countryHits) {
    const m = multi.get(h.sent)?.find((x) => h.tok >= x.tok && h.tok < x.tok + x.n && !(h.tok === x.tok && x.category === 'agency'));
    if (m) h.inName = true;
  }
  countryHits = countryHits.filter((h) => !(h.inName && h.kind === 'capital'));

  // countries, most mentioned first
  const byCode = new Map<string, CountryMention>();
  for (const h of countryHits) {
    const c = byCode.get(h.code) ?? { code: h.code, name: countryName(h.code), mentions: 0, surfaceForms: [] };
    c.mentions++;
    if (!c.surfaceForms!.includes(h.surface)) c.surfaceForms!.push(h.surface);
    byCode.set(h.code, c);
  }
  const countries = [...byCode.values()].sort((a, b) => b.mentions - a.mentions || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

  // malware family names count as evidence that the story is about an intrusion
  let malwareHits = 0;
  if (threatsTalk) {
    const { malware } = threatGazetteer();
    for (let s = 0; s < toks.length; s++) {
      const tk = toks[s];
      for (let i = 0; i < tk.length; i++) {
        const t = tk[i].text;
        if (t.length >= 5 && /^[\p{Lu}]/u.test(t) && malware.has(t.toLowerCase())) malwareHits++;
      }
    }
  }

  const incident = classifyIncident({
    sentences, toks, lows, gates, countryHits, groups: allGroups, publishedAt: input.publishedAt, datelineCountry: input.dateline?.country ?? null, malwareHits, cyberish,
  });

  // in a story about an attack, a platform's name is the product where it is used and the company where it acts
  const groups = incident.isCyber ? splitProducts(allGroups, toks, incident.victimOrganizations ?? []) : allGroups;
  if (groups !== allGroups && incident.victimOrganizations?.length) {
    const orgNames = new Set(groups.filter((g) => g.category === 'organization' || g.category === 'agency').map((g) => g.entity.name));
    incident.victimOrganizations = incident.victimOrganizations.filter((n) => orgNames.has(n));
  }
  // agencies and systems without an owner in the text belong to the story's home country when it has one
  const home = input.dateline?.country ?? (incident.victims[0] ?? countries[0]?.code ?? null);
  const list = (cat: Grouped['category']): NamedEntity[] => groups
    .filter((g) => g.category === cat)
    .map((g) => {
      const e = { ...g.entity };
      if (!e.country && (cat === 'agency' && e.kind !== 'intergovernmental' || cat === 'system' && e.kind === 'descriptive')) {
        e.country = cat === 'agency' && g.mentions[0].gazId ? e.country ?? null : home;
      }
      return e;
    })
    .sort((a, b) => b.mentions - a.mentions || NAME_ORDER(a.name, b.name));

  // outside cyber stories, only unmistakable actor names stand, and a company's product is the company
  const organizations = list('organization');
  let actors = list('actor');
  let systems = list('system');
  if (!incident.isCyber) {
    const strongActors = new Set(groups.filter((g) => g.category === 'actor' && g.mentions.some((m) => m.strength >= 2)).map((g) => g.entity.name));
    actors = actors.filter((a) => strongActors.has(a.name));
    const orgNames = new Set(organizations.map((o) => o.name));
    systems = systems.filter((s) => !orgNames.has(s.name));
  }
  return { countries, agencies: list('agency'), organizations, actors, systems, incident };
}

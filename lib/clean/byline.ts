import { wireFromName } from './wire';

// Words that make a byline part a role, desk or organization rather than a person's name.
const NOT_A_NAME = /\b(?:staff|writer|reporter|correspondent|editor|editors|desk|bureau|team|news|press|agency|agencies|service|services|wire|wires|media|newsroom|contributor|contributors|columnist|analyst|producer|digital|online|times|post|journal|herald|guardian|tribune|telegraph|independent|daily|weekly|magazine|television|tv|radio|network|group|international|world|global|chief|senior|deputy|associate|political|business|technology|tech|science|health|security|affairs|foreign|national|investigations|and|with|via|for|from|in|at|updated|published|min|read|minutes?|hours?|ago|share|follow|email|twitter|more|articles?|stories|photos?|video|images?|getty|epa|shutterstock|view|profile|bio|opinion|contributing|special|to|the|by)\b/i;
const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/i;

function looksLikeName(s: string): boolean {
  if (s.length < 4 || s.length > 48) return false;
  if (/\d|@|https?:|www\.|[|·•:;!?()[\]{}<>]/.test(s)) return false;
  const words = s.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  if (NOT_A_NAME.test(s) && !/^(?:[A-Z][\w'’.-]*\s+){1,3}(?:van|von|de|da|del|der|bin|al|el|la|le|di|du)\b/.test(s)) {
    // Particles are allowed; role words are not.
    const roles = s.replace(/\b(?:van|von|de|da|del|der|bin|al|el|la|le|di|du|dos|das)\b/gi, '');
    if (NOT_A_NAME.test(roles)) return false;
  }
  // Each word capitalized, except name particles.
  return words.every((w) => /^[A-ZÀ-ÞĀ-Ž][\p{L}'’.-]*$/u.test(w) || /^(?:van|von|de|da|del|der|bin|al|el|la|le|di|du|dos|das|y|e|ter|ten|mac|st\.?)$/i.test(w) || /^[A-Z]\.$/.test(w) || /^(?:al|el)-[A-Z]/.test(w));
}

function titleCase(s: string): string {
  // "JANE DOE" → "Jane Doe"; mixed case names are left as written (McAllister, DeSantis).
  if (s !== s.toUpperCase()) return s;
  return s.toLowerCase().replace(/(^|[\s'’-])([\p{L}])/gu, (_m, p: string, c: string) => p + c.toUpperCase());
}

/**
 * Person names from byline text: "By Jane Doe and John Roe, Associated Press" → ["Jane Doe", "John Roe"].
 * Wire credits, roles ("Staff Writer"), "By", "and" and dates are dropped.
 */
export function parseByline(raw: string | string[] | null | undefined, exclude: string[] = []): string[] {
  const excluded = new Set(exclude.map((e) => e.toLowerCase().replace(/^the\s+/, '')));
  if (!raw) return [];
  const inputs = Array.isArray(raw) ? raw : [raw];
  const out: string[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    let s = input.replace(/\s+/g, ' ').trim();
    if (!s || /^https?:\/\//.test(s)) continue;
    // Cut at a date or a "Updated" stamp that often shares the line.
    s = s.replace(/\s*(?:[|·•]|\bupdated\b|\bpublished\b|\bposted\b).*$/i, '');
    const monthAt = MONTH.exec(s);
    if (monthAt) s = s.slice(0, monthAt.index);
    s = s.replace(/^(?:(?:story|words|text|reporting|written|report|photos?|video)\s+)?by[:\s]+/i, '');
    s = s.replace(/^(?:author|authors|byline)\s*:\s*/i, '');
    const parts = s
      .split(/\s*(?:,|;|&|\band\b|\bwith\b|\bund\b|\bet\b|\/|\s-\s|\s—\s|\s–\s)\s*/i)
      .map((p) => p.replace(/^(?:by|and)\s+/i, '').replace(/[.,;:]+$/, '').trim())
      .filter(Boolean);
    for (const p of parts) {
      if (wireFromName(p) || excluded.has(p.toLowerCase().replace(/^the\s+/, ''))) continue;
      // "Alice Marsh Technology reporter": drop the trailing role words.
      const words = p.split(/\s+/);
      while (words.length > 2 && NOT_A_NAME.test(words[words.length - 1])) words.pop();
      const name = titleCase(words.join(' '));
      if (!looksLikeName(name)) continue;
      const key = name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(name);
    }
  }
  return out;
}

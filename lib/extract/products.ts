// A name that is both a company and its product (WhatsApp, Telegram, Twitter): in a story about an
// attack, ANNOTATION.md makes the product that was attacked or used a system and the company that acts
// an organization. Each mention is read by its context; a story may use the name both ways.
import type { Grouped } from './entities';
import type { Token } from './text';

// the company acts: "WhatsApp said", "Telegram, which ..., told", "Twitter Inc", "WhatsApp's spokesperson"
const ACTS_NEXT = new Set(['said', 'says', 'told', 'confirmed', 'confirms', 'announced', 'denied', 'denies', 'declined', 'added',
  'acknowledged', 'disclosed', 'warned', 'urged', 'advised', 'removed', 'banned', 'suspended', 'blocked', 'notified', 'fixed', 'patched',
  'sued', 'agreed', 'has', 'is', 'was', 'Inc', 'Inc.', 'Corp', 'Corp.', 'Ltd', 'LLC']);
const ACTS_POSS = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'chief', 'ceo', 'owner', 'parent', 'founder', 'executives', 'lawyers', 'security']);
const APPOSITION_OPEN = new Set(['which', 'the', 'a', 'an', 'whose', 'owned']);

function companyActs(tk: Token[], e: number): boolean {
  const next = tk[e]?.text ?? '';
  if (ACTS_NEXT.has(next)) return true;
  if (next === "'s") return ACTS_POSS.has((tk[e + 1]?.text ?? '').toLowerCase());
  // "Twitter, which has faced criticism ..., said": skip one apposition
  if (next === ',' && APPOSITION_OPEN.has(tk[e + 1]?.text ?? '')) {
    for (let k = e + 2; k < tk.length && k < e + 20; k++) if (tk[k].text === ',') return ACTS_NEXT.has(tk[k + 1]?.text ?? '');
  }
  return false;
}

/**
 * Drops the organization reading of a dual name no mention of which shows the company acting or hit, and
 * the system reading of one every mention of which does. Only for names found in both categories.
 */
export function splitProducts(groups: Grouped[], toks: Token[][], hit: readonly string[]): Grouped[] {
  let systems: Map<string, Grouped> | null = null;
  for (const g of groups) if (g.category === 'system' && g.mentions[0]?.gazId) (systems ??= new Map()).set(g.entity.name.toLowerCase(), g);
  if (!systems) return groups;
  const drop = new Set<Grouped>();
  for (const g of groups) {
    if (g.category !== 'organization') continue;
    const sys = systems.get(g.entity.name.toLowerCase());
    // a company defrauded or breached as a company ("fake invoices sent to Facebook") stays one
    if (!sys || hit.includes(g.entity.name)) continue;
    let acts = 0;
    for (const m of g.mentions) if (companyActs(toks[m.sent], m.tok + m.n)) acts++;
    if (acts === 0) drop.add(g);
    else if (acts === g.mentions.length && sys.mentions.length <= g.mentions.length) drop.add(sys);
  }
  return drop.size ? groups.filter((g) => !drop.has(g)) : groups;
}

// Publisher text that is never part of a story: prompts, share rows, credits, related-story lists.
// Two kinds of rule: whole short lines that are chrome ("Share", "Advertisement", "Read more: …"),
// and prompt sentences that make a paragraph boilerplate (donations, newsletters, cookies, log-in).

// A short line that is only chrome. Anchored at both ends or at the start with a list after a colon.
const CHROME_LINE: RegExp[] = [
  /^(?:advertisement|advertising|advert|sponsored(?: content)?|ad|promoted|story continues(?: below)?(?: advertisement)?|continue reading(?: below)?|scroll (?:down )?to continue(?: with content)?|skip (?:to )?(?:main )?content|skip advert(?:isement)?|close|menu|search|loading\.*|watch|listen|play video|video|photos?|gallery|image|print|email|e-mail|comments?|\d+ comments?|share(?: this)?(?: article| story)?|tweet|save|copy link|link copied|opens in new window|back to top|top|more|view more|show more|see more|load more)\.?$/i,
  /^(?:share|follow us|follow)\s*(?:on|via)?\s*(?:facebook|twitter|x|linkedin|whatsapp|reddit|email|pinterest|telegram|messenger)(?:[\s·|,/&]+(?:facebook|twitter|x|linkedin|whatsapp|reddit|email|pinterest|telegram|messenger))*\.?$/i,
  /^(?:(?:facebook|twitter|x|linkedin|whatsapp|reddit|email|e-mail|print|pinterest|flipboard|share|tweet|copy link|comments?|save|gift(?: article)?)(?:\s*[·|,/•]\s*|\s+|$))+$/i,
  /^(?:read|see|watch|listen|more|related|also read|read also|read next|read more|recommended|most read|most popular|popular|trending|more on this|more on this story|more from [\w\s]+|related (?:stories|articles|coverage|content|topics)|top stories|latest(?: news| stories)?|you may also like|you might also like|what to read next|editor'?s picks)\s*(?::|›|»|→|>|-|—|\|)(?:.|\n)*$/i,
  /^(?:related|more|read more|see also|also read|recommended|most read|latest|top stories|in other news|elsewhere)\s*$/i,
  // "More stories: …", "MORE TECHNOLOGY NEWS: …", "Also in Nordics: …", "Read more → …": a short label, then a list.
  /^(?:more|related|read|see|also|latest|trending|most|top|recommended|popular|watch|listen|explore|further|elsewhere|editor'?s)\b[^:→»›.!?]{0,40}(?::|→|»|›)\s*\S/i,
  /^listen to (?:this|the) (?:article|story)\b/i,
  // Headings of related-story blocks: "More Great WIRED Stories", "Related Articles", "Most Popular News".
  /^(?:more|related|recommended|popular|most popular|most read|latest|top|trending|further|other|you may also like)\b.{0,40}\b(?:stories|articles|news|reads|reading|coverage|posts|videos|links|headlines|content|topics)\s*:?$/i,
  /^(?:photo|image|picture|video|graphic|illustration|file photo|caption|credit|photograph)\s*(?:credit)?\s*:/i,
  // The same labels in the other languages the wires are read in ("Foto: …", "Bildquelle: SWR", "Crédit photo : …").
  /^(?:fotos?|bild|bildquelle|bildnachweis|titelbild|beeld|imagen|cr[ée]dits? photos?|l[ée]gende)\s*:/i,
  /^\[?(?:photo|image|video)\s*:.*\]?$/i,
  /\((?:AP|AFP|Reuters|EPA|Getty|Getty Images|PA|Bloomberg)\s+Photos?(?:\/[^)]*)?\)\.?\s*$/,
  /^(?:©|\(c\)|copyright)\s*(?:\d{4})?/i,
  /\ball rights reserved\b/i,
  /\bmay not be (?:published|reproduced|republished|broadcast|rewritten|redistributed)\b/i,
  /\bwithout (?:written |prior )?(?:permission|a licen[cs]e)\b/i,
  /^(?:(?:[A-Z][\w'&.-]*(?:\s+[\w'&.-]+){0,3})\s*(?:\||·|•)\s*){2,}[A-Z][\w'&.-]*(?:\s+[\w'&.-]+){0,3}$/, // nav rows "News | World | Tech"
  /^(?:posted|updated|published|last updated|first published|modified)\b[^.]{0,60}$/i,
  /^(?:posted|updated|published|issued|last updated|first published|modified)(?: on| at)?:?\s*(?:\d|[A-Z][a-z]{2,8}\.?\s+\d|\w+day\b).{0,50}$/i,
  /^advertisement\b.{0,40}$/i,
  /^(?:[\w\s.&'-]{2,40}\s+and\s+)?(?:news\s+)?(?:agencies|wires|wire services)$/i, // "Al Jazeera and news agencies"
  /^(?:\d+\s*min(?:ute)?s?\s*read|\d+\s*min\s*(?:listen|watch))$/i,
  /^(?:by|written by|words by|reporting by)\s+[^.]{2,80}$/i,
  /^_{3,}$|^[-—–*•=~]{3,}$/,
  /^follow\s+[\w\s.'-]{2,60}\s+(?:at|on)\s+\S+$/i,
  /^(?:click|tap) here\b/i,
  /^tell us what you think\b/i,
  /^[(\[]?(?:AP|AFP|Reuters|dpa|EFE|ANSA|Xinhua|Kyodo|UPI|PA|Bloomberg|AFP-JIJI|Jiji)[)\]]?\.?$/i, // a bare wire credit line
  /^\[(\w+)(?:\s[^\]]*)?\].*\[\/\1\]$/, // WordPress shortcodes left in the text: [button …]…[/button]
  /^(?:have|got) a (?:news )?tip\b/i,
  /^(?:our standards|the trust project)\b/i,
  /^(?:editing|edited) by\b/i,
  /^(?:additional )?reporting by\b/i,
  /^(?:sign up|subscribe|register|log in|sign in|create (?:a free )?account)\b[^.]{0,120}$/i,
  /^(?:download|get) (?:our|the) (?:free )?app\b/i,
  /^(?:thank you for (?:registering|subscribing|signing up|reading))\b/i,
  /^(?:please )?(?:refresh|reload) (?:the|your) (?:page|browser)\b/i,
  /^(?:this (?:story|article) (?:contains|includes) material from|this (?:story|article) was (?:originally )?published)\b/i,
  /^(?:topics?|tags?|filed under|categories)\s*:/i,
  // Consent-box headings: "We value your privacy", "Your privacy choices", "Cookie settings".
  /^(?:we (?:value|respect|care about|protect) your privacy|your privacy(?: choices| settings| options| matters)?|privacy (?:settings|preferences|choices|options)|(?:manage )?cookie (?:settings|preferences|consent|choices|notice)|manage (?:cookies|consent|(?:your )?preferences))\s*[.!]?$/i,
  /^(?:source|sources)\s*:\s*[\w\s,.&()-]{2,80}$/i,
  // Pointers to the whole story at the end of an excerpt: "Full story: …", "Read the full article at …".
  /^(?:full|original|complete) (?:story|article|report|coverage)\s*(?::|\bat\b|\bon\b|\bhere\b|→|»|$)/i,
  /^(?:read|see|view|get|continue reading) (?:the )?(?:full|whole|original|complete|rest of the) (?:story|article|report|text|coverage)\b.{0,80}$/i,
];

const CTA_MODIFIERS = [
  'our', 'the', 'a', 'free', 'breaking', 'daily', 'weekly', 'latest', 'top', 'push', 'email', 'news', 'morning',
  'evening', 'mobile', 'official', 'new', 'live', 'instant', 'whatsapp', 'telegram', 'google', 'apple', 'android',
  'ios', 'iphone', 'app', 'podcast', 'newsletter', 'sports?', 'business', 'politics', 'tech', 'world', '[\\w.&-]+\'s',
].join('|');

// Prompt sentences. A paragraph made mostly of these is a prompt, whatever its length.
const PROMPT_SENTENCE: RegExp[] = [
  /\b(?:your|a) (?:support|donation|contribution|gift)\b.*\b(?:helps?|allows?|makes?|means?|keeps?|enables?|matters?|difference)\b/i,
  /\byour support (?:helps|makes|means|matters)\b/i,
  /\b(?:donate|make a donation|become a (?:member|supporter|subscriber)|support (?:our|us|independent) (?:journalism|reporting|work))\b/i,
  /\bpaywalls?\b/i,
  /\b(?:quality|independent|trusted|our) journalism\b.*\b(?:should|free|available|support|afford|fund)\b/i,
  /\b(?:sign(?:ing)? up|subscribe|register)\b.*\b(?:newsletter|inbox|email|alerts|briefing|updates|free|account|digest)\b/i,
  /\b(?:newsletter|briefing|digest)\b.*\b(?:sign(?:ing)? up|subscribe|delivered|inbox|every (?:day|morning|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i,
  /\bby (?:signing up|subscribing|registering|clicking|continuing)\b/i,
  /\b(?:privacy (?:policy|notice|statement)|terms (?:of (?:use|service)|and conditions)|cookie (?:policy|settings|preferences))\b/i,
  /\b(?:we use|this (?:site|website) uses) cookies\b|\baccept (?:all )?cookies\b/i,
  // Consent boxes: "X and our 200 partners use cookies and similar technologies to personalise content".
  /\bpartners use cookies\b|\bcookies and similar technologies\b|\bcookies to personali[sz]e\b/i,
  /\b(?:click|tap|select|press) ["“']?(?:accept|agree|i agree|ok|manage|reject)\b/i,
  /\bnotifications?\b.*\b(?:browser|enable|manage|allow|turn on|stay up to date)\b|\bstay up to date with\b/i,
  /\b(?:log(?:ged)? in|sign(?:ed)? in|logged out)\b.*\b(?:refresh|page|account|continue|browser)\b/i,
  /\bthank you for (?:registering|subscribing|signing up|your support)\b/i,
  /^(?:please )?(?:log|sign) ?in (?:with|to|using|here|now|below)\b/i,
  /\b(?:already (?:a subscriber|a member|have an account|registered)|subscriber[- ]only|subscribers only|for subscribers)\b/i,
  /\b(?:this (?:content|video|article|story) is (?:not )?available|javascript (?:is )?(?:disabled|required)|enable javascript|your browser does not support)\b/i,
  /\b(?:click|tap) (?:here|the link)\b/i,
  /\b(?:download|install) (?:our|the) (?:\w+ )?app\b/i,
  /\bfollow us on\b|\blike us on facebook\b|\bjoin (?:us|the conversation) on\b/i,
  /\b(?:comments? (?:are|have been) (?:closed|disabled|open)|leave a comment|join the discussion|community guidelines)\b/i,
  /\b(?:unlimited|full|digital) access\b|\bfree trial\b|\bper (?:month|week)\b.*\b(?:cancel|subscri)/i,
  /\bsent to your inbox\b|\bin your inbox\b/i,
  /\bdelivered (?:to|through) your (?:door|letterbox|mailbox|inbox)\b|\b\d+ issues for\b/i,
  /^(?:subscribe|sign up|register|join)(?: now| today| for free)?\s+(?:to|for|with)\b/i,
  /\bfollow (?:him|her|them|us|me)\b.*(?:twitter|facebook|instagram|linkedin|threads|@\w)/i,
  /\bjoin (?:our|the) (?:[\w-]+ )?(?:forums?|community|conversation|discussion|mailing list)\b/i,
  /\bwe (?:want|would like) to hear from you\b|\bcontact (?:us|the newsroom|our newsroom)\b|\bsend us a tip\b/i,
  /\bre-?publish(?:ed|ing)? this (?:article|story)\b|\brepublication\b/i,
  // Calls to action: an imperative, a few promo modifiers, then what is offered ("Get breaking news
  // alerts from The Sentinel", "Download our free app", "Sign up for our newsletter", "Join our
  // WhatsApp channel"). Only modifier words may sit between verb and offer, so a headline such as
  // "Get ready for more ransomware alerts" does not match.
  new RegExp(
    `^(?:get|receive|sign up (?:for|to)|subscribe to|download|install|join|try|enable|turn on|allow|activate|follow)\\s+(?:(?:${CTA_MODIFIERS})\\s+){0,4}` +
      `(?:alerts?|notifications?|newsletters?|updates|apps?|podcasts?|briefings?|digests?|e-?mails?|headlines|channel|account)\\b` +
      `(?:\\s+(?:from|by|for|with|on|in|to|straight|delivered|and)\\b.*)?[.!]?$`,
    'i',
  ),
  /\b(?:alerts|notifications)\b.*\b(?:in your browser|(?:turned|switched) off at any time|unsubscribe)\b/i,
];

const SENTENCE_SPLIT = /(?<=[.!?…])\s+(?=[A-Z“"‘'(])/;

/**
 * One regexp per flag set, matching when any of the list's regexps matches: a single scan of the line
 * instead of forty. Patterns with back-references keep their own regexp (group numbers would shift).
 */
function anyOf(list: RegExp[]): RegExp[] {
  const byFlags = new Map<string, string[]>();
  const alone: RegExp[] = [];
  for (const re of list) {
    if (/\\\d/.test(re.source)) {
      alone.push(re);
      continue;
    }
    const parts = byFlags.get(re.flags) ?? [];
    parts.push(`(?:${re.source})`);
    byFlags.set(re.flags, parts);
  }
  return [...[...byFlags].map(([flags, parts]) => new RegExp(parts.join('|'), flags)), ...alone];
}

const CHROME_ANY = anyOf(CHROME_LINE);
const PROMPT_ANY = anyOf(PROMPT_SENTENCE);

// Share bars with counts ("15 SHARES Share Tweet", "1.2K Shares · Facebook · Twitter", "Share 0 Comments"): made
// only of counts, separators and share targets, with at least one share word.
const SHARE_TOKEN = /^(?:\d[\d.,]*[km]?|shares?|tweet|tweets|pin|pins|email|e-mail|facebook|twitter|x|linkedin|whatsapp|reddit|telegram|messenger|print|save|flipboard|sms|copy|link|comments?|views?|reactions?|likes?|this|article|story|post|on|via|[·|•,/+])$/i;
const SHARE_WORD = /^(?:shares?|tweet|facebook|twitter|whatsapp|linkedin|comments?|pin)$/i;

/** A share bar, counts included. */
export function isShareBar(line: string): boolean {
  if (line.length > 120) return false;
  const toks = line.trim().split(/\s+/);
  if (toks.length > 14) return false;
  let share = false;
  for (const t of toks) {
    if (!SHARE_TOKEN.test(t.replace(/:$/, ''))) return false;
    if (SHARE_WORD.test(t)) share = true;
  }
  return share;
}

/** A short line that is only page chrome (nav, share row, credit, "Read more: …"). */
export function isChromeLine(line: string): boolean {
  const s = line.trim();
  if (!s) return true;
  if (s.length > 300) return false;
  for (const re of CHROME_ANY) if (re.test(s)) return true;
  return false;
}

// Every prompt pattern above needs one of these words (case-insensitive), so a paragraph without any
// of them has no prompt sentence: four in five story paragraphs are answered by this one cheap scan.
// Keep it in step when adding a pattern (test/unit/clean/boilerplate.test.ts checks both on fixtures).
export const PROMPT_GATE = new RegExp([
  'support', 'donat', 'contribution', 'gift', 'become a', 'paywall', 'journalism', 'sign', 'subscri', 'regist', 'newsletter',
  'briefing', 'digest', 'continuing', 'privacy', 'terms', 'cookie', 'click', 'tap', 'select', 'press', 'notification',
  'stay up to date', 'log in', 'logged', 'thank you for', 'already', 'available', 'javascript', 'browser', 'download',
  'install', 'follow', 'like us on', 'join', 'comment', 'community guidelines', 'access', 'free trial', 'per month', 'per week',
  'inbox', 'delivered', 'issues for', 'hear from you', 'contact', 'send us a tip', 'publi', 'alert', 'updates', '\\bapps?\\b',
  'podcast', 'mail', 'headlines', 'channel', 'account',
].join('|'), 'i');

/** Share of a paragraph's characters that sit in prompt sentences (0..1). */
export function promptShare(paragraph: string): number {
  const s = paragraph.trim();
  if (!s || !PROMPT_GATE.test(s)) return 0;
  const sentences = s.split(SENTENCE_SPLIT);
  let hit = 0;
  for (const sen of sentences) {
    if (PROMPT_ANY.some((re) => re.test(sen))) hit += sen.length;
  }
  return hit / s.length;
}

/** A paragraph that is boilerplate by its words alone. */
export function isBoilerplate(paragraph: string): boolean {
  return isChromeLine(paragraph) || promptShare(paragraph) >= 0.5;
}

/** First-person-plural publisher voice ("we", "our", "us") outside quotation marks. */
export function hasPublisherVoice(paragraph: string): boolean {
  const unquoted = paragraph.replace(/[“"][^”"]*[”"]/g, ' ');
  return /\b(?:we|our|us)\b/i.test(unquoted) && /\b(?:journalism|journalists|reporters|reporting|readers|newsroom|support|stories|coverage|subscribe|donat\w*)\b/i.test(unquoted);
}

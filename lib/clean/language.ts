// A cheap language guess for pages that do not declare one: share of very common function words.
const STOP: Record<string, Set<string>> = {
  en: new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'was', 'for', 'on', 'with', 'said', 'it', 'by', 'as', 'has', 'have', 'from']),
  fr: new Set(['le', 'la', 'les', 'de', 'des', 'et', 'est', 'une', 'un', 'du', 'dans', 'pour', 'qui', 'que', 'sur', 'pas']),
  de: new Set(['der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'mit', 'den', 'von', 'zu', 'sich', 'auf', 'dem']),
  es: new Set(['el', 'la', 'los', 'las', 'de', 'y', 'que', 'en', 'un', 'una', 'por', 'con', 'para', 'es', 'del', 'se']),
};

export function guessLanguage(text: string): string | null {
  const words = text.slice(0, 4000).toLowerCase().match(/[\p{L}]+/gu);
  if (!words || words.length < 20) return null;
  let best: string | null = null;
  let bestShare = 0;
  for (const [lang, set] of Object.entries(STOP)) {
    let n = 0;
    for (const w of words) if (set.has(w)) n++;
    const s = n / words.length;
    if (s > bestShare) {
      bestShare = s;
      best = lang;
    }
  }
  return bestShare >= 0.08 ? best : null;
}

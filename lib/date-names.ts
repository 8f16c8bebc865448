// Month names and time-zone abbreviations, shared by the feed, page and story date readers.

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};

/** 1-based month of an English month name or abbreviation ("Sept.", "july"); undefined otherwise. */
export function monthNumber(name: string): number | undefined {
  const n = name.toLowerCase();
  return MONTHS[n.endsWith('.') ? n.slice(0, -1) : n];
}

// Offsets in minutes: RFC 822's zones plus the abbreviations feeds and English-language news sites print.
const ZONES: Record<string, number> = {
  ut: 0, utc: 0, gmt: 0, z: 0, wet: 0, bst: 60, west: 60, ist: 330, cet: 60, cest: 120, met: 60, mest: 120,
  eet: 120, eest: 180, msk: 180, gst: 240, pkt: 300, ict: 420, wib: 420, hkt: 480, sgt: 480, awst: 480, pht: 480,
  cst8: 480, jst: 540, kst: 540, acst: 570, aest: 600, acdt: 630, aedt: 660, nzst: 720, nzdt: 780,
  adt: -180, ast: -240, edt: -240, est: -300, cdt: -300, cst: -360, mdt: -360, mst: -420, pdt: -420, pst: -480,
  akdt: -480, akst: -540, hst: -600, et: -300, pt: -480, ct: -360, brt: -180, art: -180,
};

/** UTC offset in minutes of a zone abbreviation ("EDT", "cest"); undefined when unknown. */
export function zoneOffsetMinutes(abbr: string): number | undefined {
  return ZONES[abbr.toLowerCase()];
}

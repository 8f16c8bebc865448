/*
 * Hand-made feeds put bare "&" in text and links (AT&T, ?a=1&b=2), which is not XML. This
 * escapes them to "&amp;" on the way into the parser, outside CDATA sections and comments
 * (where "&" is literal), chunk by chunk: a tail that could still become a reference or a
 * CDATA/comment marker is held back until the next chunk decides it.
 */

const REFERENCE = /&(?:[A-Za-z_:][\w.:-]*|#[0-9]+|#x[0-9A-Fa-f]+);/y;
/** A reference not finished yet at the chunk's end (names this long do not occur). */
const OPEN_REFERENCE = /^&(?:[A-Za-z_:][\w.:-]{0,40}|#[0-9]{0,10}|#x[0-9A-Fa-f]{0,8})?$/;
const MARKUP = /&|<!\[CDATA\[|<!--/g;
const CDATA_OPEN = '<![CDATA[';
const COMMENT_OPEN = '<!--';

export class BareAmpersandEscaper {
  private mode: 'markup' | 'cdata' | 'comment' = 'markup';
  private tail = '';

  /** Escaped text that is safe to parse now. */
  push(chunk: string): string {
    return this.run(this.tail + chunk, false);
  }

  /** Whatever was held back, escaped as it stands. */
  end(): string {
    return this.run(this.tail, true);
  }

  private run(text: string, atEnd: boolean): string {
    this.tail = '';
    let out = '';
    let pos = 0;
    while (pos < text.length) {
      if (this.mode !== 'markup') {
        const close = this.mode === 'cdata' ? ']]>' : '-->';
        const at = text.indexOf(close, pos);
        if (at < 0) {
          // Keep the last two characters: they could be the start of the closing marker.
          const keep = atEnd ? text.length : Math.max(pos, text.length - 2);
          out += text.slice(pos, keep);
          this.tail = text.slice(keep);
          return out;
        }
        out += text.slice(pos, at + 3);
        pos = at + 3;
        this.mode = 'markup';
        continue;
      }
      MARKUP.lastIndex = pos;
      const m = MARKUP.exec(text);
      if (!m) {
        // A "<" near the end could open a CDATA section or a comment in the next chunk.
        const lt = atEnd ? -1 : text.lastIndexOf('<');
        if (lt >= pos && lt > text.length - CDATA_OPEN.length) {
          const rest = text.slice(lt);
          if (CDATA_OPEN.startsWith(rest) || COMMENT_OPEN.startsWith(rest)) {
            out += text.slice(pos, lt);
            this.tail = rest;
            return out;
          }
        }
        out += text.slice(pos);
        return out;
      }
      out += text.slice(pos, m.index);
      if (m[0] === '&') {
        REFERENCE.lastIndex = m.index;
        const ref = REFERENCE.exec(text);
        if (ref) {
          out += ref[0];
          pos = m.index + ref[0].length;
          continue;
        }
        if (!atEnd && OPEN_REFERENCE.test(text.slice(m.index))) {
          this.tail = text.slice(m.index);
          return out;
        }
        out += '&amp;';
        pos = m.index + 1;
        continue;
      }
      out += m[0];
      pos = m.index + m[0].length;
      this.mode = m[0] === CDATA_OPEN ? 'cdata' : 'comment';
    }
    return out;
  }
}

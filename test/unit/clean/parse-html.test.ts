import * as fs from 'node:fs';
import * as path from 'node:path';
import { load } from 'cheerio/slim';
import type { AnyNode as DhNode } from 'domhandler';
import { parseHtml, type AnyNode } from '../../../lib/clean/parse-html';

// lib/clean's parser must build the same tree as htmlparser2 (what cheerio/slim uses): same elements,
// attributes and text, with comments and doctypes left out. Compared as one outline string per page.

function outlineOurs(n: AnyNode, out: string[]): void {
  if (n.type === 'text') {
    out.push(`#${JSON.stringify(n.data)}`);
    return;
  }
  if (n.type !== 'root') out.push(`<${n.name}:${n.type} ${JSON.stringify(Object.entries(n.attribs).sort())}`);
  for (const c of n.children) outlineOurs(c, out);
  if (n.type !== 'root') out.push(`</${n.name}`);
}

// htmlparser2's tree with comments/directives dropped and the text on either side of them joined.
function outlineTheirs(n: DhNode, out: string[]): void {
  if (n.type === 'text') {
    const last = out[out.length - 1];
    if (last?.startsWith('#')) out[out.length - 1] = `#${JSON.stringify(JSON.parse(last.slice(1)) + n.data)}`;
    else out.push(`#${JSON.stringify(n.data)}`);
    return;
  }
  if (n.type === 'comment' || n.type === 'directive' || n.type === 'cdata') return;
  const el = n as DhNode & { name?: string; attribs?: Record<string, string>; children?: DhNode[] };
  if (n.type !== 'root') out.push(`<${el.name}:${n.type} ${JSON.stringify(Object.entries(el.attribs ?? {}).sort())}`);
  for (const c of el.children ?? []) outlineTheirs(c, out);
  if (n.type !== 'root') out.push(`</${el.name}`);
}

function both(html: string): { ours: string[]; theirs: string[] } {
  const ours: string[] = [];
  outlineOurs(parseHtml(html), ours);
  const theirs: string[] = [];
  outlineTheirs(load(html, { xml: false }, true).root()[0] as unknown as DhNode, theirs);
  return { ours, theirs };
}

describe('parseHtml', () => {
  it.each([
    ['implied closes', '<div><p>one<p>two<ul><li>a<li>b</ul><table><tr><td>1<td>2<tr><td>3</table></div>'],
    ['void and stray end tags', '<p>a<br>b</br>c</p></p><img src=x.png alt="A &amp; B"><hr/>d</span>'],
    ['attributes', '<a HREF=/x/ Title=\'q "x"\' data-a = "1" data-a="2" checked class=one\tid=two/>t</a><i a="&copy=x" b="&amp;c">x</i>'],
    ['raw text', '<script>if (a < b && c) { x = "</div>"; }</script><style>p>a{color:red}</style><title>A &amp; B</title><textarea>&lt;x&gt;</textarea><SCRIPT type="application/ld+json">{"a":"</scrip"}</SCRIPT >'],
    ['comments and declarations', '<!DOCTYPE html><!-- <p>no</p> --><p>a<!-->b-->c</p><![CDATA[ x ]]><?xml x?><p>d</p>'],
    ['foreign content', '<svg><path d="M0"/><title>t</title><g/><text>x</text></svg><p>after<math><mi/></math>'],
    ['entities and stray angle brackets', '<p>a &lt; b &copy2023 &notit; &#x41;&#66; 3 < 4 <<b>x</b> </ p> </3> </></p>'],
    ['unterminated input', '<div class="a">text<span'],
    ['unterminated quote', '<p>a</p><div class="x>b</div><p>c</p>'],
    ['no-break space is not markup whitespace', '<p\u00a0class="x">a</p><p class\u00a0="y" id=z\u00a0w>b</p>'],
    ['slashes between attributes', '<p / class="a"/ id=b / >x</p><svg><g / ><rect/ ></svg>'],
  ])('matches htmlparser2: %s', (_name, html) => {
    const { ours, theirs } = both(html);
    expect(ours).toEqual(theirs);
  });

  it('matches htmlparser2 on every fixture page', () => {
    const dir = path.join(__dirname, '..', '..', 'fixtures', 'pages');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.html'));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const { ours, theirs } = both(fs.readFileSync(path.join(dir, f), 'utf8'));
      expect({ f, ours }).toEqual({ f, ours: theirs });
    }
  });

  it('matches htmlparser2 on random tag soup (fixed seed)', () => {
    const PIECES = [
      '<p>', '</p>', '<div class="a b">', '</div>', '<a href=x>', '</a>', '<br/>', '</br>', '<svg>', '</svg>', '<path d="M0"/>',
      '<script>', '</script>', '<title>', '</title>', '<style>', '</style>', '<textarea>', '</textarea>', '&amp;', '&copy',
      '&#x2019;', '<!--', '-->', '<![CDATA[', ']]>', '<!DOCTYPE html>', '<?x y?>', 'text', ' ', '\n', '<', '>', '</', '"', "'",
      '=', '/', '<td>', '<tr>', '<table>', '</table>', '<li>', '<ul>', '</ul>', '<noscript>', '</noscript>', '<math>', '<mi/>',
      '<input>', '</ p>', '<A HREF="Y">', '<img src="a&amp;b" alt=\'x\'>', '<b>', '</i>', '<h1>', '<option>', '<select>',
      '<p class=x', ' id="y"', '<dd>', '<dt>', '<tbody>', '<body>', '<head>', '<html lang=en>', '\u00a0', '<xmp>', '</xmp>',
      '<SCRIPT>', '</TITLE >', '<p/>', '<svg/>', '<title/>', "<a b='c", '<!-', '<![CDA', '</ ', '&#', '&am', '<desc>', '</desc>',
      '<foreignObject>', '\t', '<rt>', '<rp>', '<form>', '<button>', '<textarea/>', '<a b=c/>', '<i x y = z>',
    ];
    let seed = 12345;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let doc = 0; doc < 400; doc++) {
      let html = '';
      const n = 5 + rnd(60);
      for (let i = 0; i < n; i++) html += PIECES[rnd(PIECES.length)];
      const { ours, theirs } = both(html);
      expect({ html, ours }).toEqual({ html, ours: theirs });
    }
  });

  it('never throws on garbage', () => {
    for (const s of ['', '<', '</', '<!', '<!--', '<a b="', '<a b=', '&', '<script>', '<p></p></p></div>']) {
      expect(() => parseHtml(s)).not.toThrow();
    }
  });
});

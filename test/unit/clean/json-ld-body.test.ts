import { chooseArticleBody } from '../../../lib/clean/json-ld-body';

// Own text: a made-up story of twelve sentences, used as the publisher's JSON-LD articleBody.
const SENTENCES = Array.from({ length: 12 }, (_v, i) =>
  `Sentence ${i + 1} of the harbour story says the ferry operator restored its ticket system after outage number ${i + 1} on the northern route.`);
const BODY = SENTENCES.join('\n\n');

describe('chooseArticleBody', () => {
  it('keeps the DOM paragraphs the articleBody also has and drops the others', () => {
    const dom = [...SENTENCES.slice(0, 6), 'Photo caption: a ferry leaving the northern pier at dawn, seen from the hill above town.', ...SENTENCES.slice(6)];
    expect(chooseArticleBody(dom, BODY)).toEqual(SENTENCES);
  });

  it('keeps the DOM when the articleBody is a truncated teaser of it', () => {
    const dom = [...SENTENCES, ...SENTENCES.map((s) => s.replace('harbour', 'airport').replace('ferry', 'airline'))];
    expect(chooseArticleBody(dom, SENTENCES.slice(0, 5).join(' '))).toBe(dom);
  });

  it('uses the articleBody when the DOM missed most of the story', () => {
    expect(chooseArticleBody(SENTENCES.slice(0, 2), BODY)).toEqual(SENTENCES);
  });

  it('keeps the DOM when the articleBody is about something else and the DOM found plenty', () => {
    const other = SENTENCES.map((_s, i) => `Unrelated line ${i} about mountain weather, snow depth ${i * 3} cm and closed passes in the east.`);
    expect(chooseArticleBody(other, BODY)).toBe(other);
  });

  it('takes even a short articleBody (40+ words) when the DOM gave nothing, and not under 40 words', () => {
    const short = SENTENCES.slice(0, 2).join('\n\n');
    expect(chooseArticleBody([], short)).toEqual(SENTENCES.slice(0, 2));
    expect(chooseArticleBody(['Menu'], short)).toEqual(SENTENCES.slice(0, 2));
    expect(chooseArticleBody([], SENTENCES[0])).toEqual([]);
  });
});

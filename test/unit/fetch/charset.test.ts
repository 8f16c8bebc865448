import iconv from 'iconv-lite';
import { charsetFromContentType, decodeBody } from '../../../lib/fetch';

describe('decodeBody', () => {
  test('Content-Type charset parameter, quoted or not', () => {
    expect(charsetFromContentType('text/html; charset="Windows-1252"')).toBe('Windows-1252');
    expect(charsetFromContentType('text/html;charset=utf-8')).toBe('utf-8');
    expect(charsetFromContentType('text/html')).toBeNull();
    expect(charsetFromContentType(null)).toBeNull();
  });

  test('"latin1" and "ascii" labels mean windows-1252, as browsers decode them', () => {
    const bytes = Buffer.from([0x93, 0x6f, 0x6b, 0x94, 0x20, 0x80]);
    for (const label of ['latin1', 'us-ascii', 'iso-8859-1']) {
      expect(decodeBody(bytes, `text/html; charset=${label}`)).toEqual({ text: '\u201cok\u201d \u20ac', charset: 'windows-1252' });
    }
  });

  test('<meta charset> in the first bytes when the header has none', () => {
    const page = '<!doctype html><html><head><meta charset="windows-1251"><title>Хакеры</title></head></html>';
    expect(decodeBody(iconv.encode(page, 'windows-1251'), 'text/html')).toEqual({ text: page, charset: 'windows-1251' });
  });

  test('EUC-JP and GBK declared in <meta>', () => {
    const ja = '<meta charset="EUC-JP"><p>不正アクセス</p>';
    expect(decodeBody(iconv.encode(ja, 'euc-jp'), null)).toEqual({ text: ja, charset: 'euc-jp' });
    const zh = '<meta http-equiv="content-type" content="text/html; charset=gbk"><p>网络攻击</p>';
    expect(decodeBody(iconv.encode(zh, 'gbk'), null)).toEqual({ text: zh, charset: 'gbk' });
  });

  test('the header charset beats a <meta> that disagrees', () => {
    const page = '<meta charset="shift_jis"><p>Łódź</p>';
    expect(decodeBody(iconv.encode(page, 'iso-8859-2'), 'text/html; charset=iso-8859-2').text).toBe(page);
  });

  test('XML declaration encoding for feeds', () => {
    const feed = '<?xml version="1.0" encoding="ISO-8859-15"?><rss><channel><title>Sécurité €</title></channel></rss>';
    expect(decodeBody(iconv.encode(feed, 'iso-8859-15'), 'application/rss+xml')).toEqual({ text: feed, charset: 'iso-8859-15' });
  });

  test('BOMs: UTF-8 and UTF-16LE, stripped from the text', () => {
    expect(decodeBody(Buffer.from('\ufeff<p>é</p>', 'utf8'), 'text/html; charset=koi8-r')).toEqual({ text: '<p>é</p>', charset: 'utf-8' });
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>Ω</p>', 'utf16le')]);
    expect(decodeBody(le, null)).toEqual({ text: '<p>Ω</p>', charset: 'utf-16le' });
  });

  test('undeclared: UTF-8 when valid, windows-1252 when the bytes are not UTF-8', () => {
    expect(decodeBody(Buffer.from('<p>naïve – ok</p>'), null)).toEqual({ text: '<p>naïve – ok</p>', charset: 'utf-8' });
    expect(decodeBody(Buffer.from([0x3c, 0x70, 0x3e, 0x93, 0x78, 0x94]), 'text/html')).toEqual({ text: '<p>\u201cx\u201d', charset: 'windows-1252' });
  });

  test('an unknown charset label is ignored', () => {
    expect(decodeBody(Buffer.from('<p>é</p>'), 'text/html; charset=x-bogus-7')).toEqual({ text: '<p>é</p>', charset: 'utf-8' });
  });
});

import { InvalidAllowListError, checkAddress, isPublicAddress, parseAllowList } from '../../../lib/fetch';

describe('parseAllowList', () => {
  test('reads WIREWATCH_FETCH_ALLOW entries', () => {
    expect(parseAllowList('127.0.0.1:8081,localhost:9000')).toEqual(['127.0.0.1:8081', 'localhost:9000']);
    expect(parseAllowList(' LocalHost:9000 , [::1]:8080,,127.0.0.1:8081,127.0.0.1:8081 ')).toEqual(['localhost:9000', '[::1]:8080', '127.0.0.1:8081']);
    expect(parseAllowList(undefined)).toEqual([]);
    expect(parseAllowList('')).toEqual([]);
  });

  test('entries without a valid port are refused by name', () => {
    for (const bad of ['127.0.0.1', 'localhost:', 'localhost:99999', '::1:8080', 'host:80:90']) {
      expect(() => parseAllowList(bad)).toThrow(InvalidAllowListError);
    }
  });
});

describe('checkAddress', () => {
  test('only public unicast passes without an allow entry', () => {
    expect(isPublicAddress('93.184.216.34')).toBe(true);
    expect(isPublicAddress('2606:4700:4700::1111')).toBe(true);
    for (const a of ['127.0.0.1', '10.0.0.1', '172.31.255.255', '192.168.0.1', '169.254.169.254', '100.100.100.100', '0.0.0.0', '255.255.255.255', '239.1.1.1', '198.51.100.7', '203.0.113.9', '::1', '::', 'fc00::1', 'fe80::1', '::ffff:10.0.0.1', '::ffff:169.254.169.254', '2001:db8::1', '64:ff9b::a00:1', '2002:a00:1::1', 'ff02::1']) {
      expect([a, isPublicAddress(a)]).toEqual([a, false]);
    }
    expect(checkAddress('evil.example', '127.0.0.1', 80, [])).toEqual({ ok: false, range: 'loopback' });
  });

  test('allow matches the host as written or the resolved IP, with the effective port', () => {
    expect(checkAddress('localhost', '127.0.0.1', 9000, ['localhost:9000']).ok).toBe(true);
    expect(checkAddress('localhost', '127.0.0.1', 9000, ['127.0.0.1:9000']).ok).toBe(true);
    expect(checkAddress('localhost', '127.0.0.1', 9001, ['localhost:9000']).ok).toBe(false);
    expect(checkAddress('[::1]', '::1', 8080, ['[::1]:8080']).ok).toBe(true);
    expect(checkAddress('[::ffff:127.0.0.1]', '::ffff:127.0.0.1', 8080, ['127.0.0.1:8080']).ok).toBe(true);
    expect(checkAddress('other.test', '10.0.0.5', 80, ['127.0.0.1:80']).ok).toBe(false);
  });
});

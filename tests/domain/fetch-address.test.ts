import { describe, expect, it } from 'vitest';
import { classifyAddress, hostPortOf, parseAllowList, parseIPv6 } from '../../app/domain/fetch/address';

describe('classifyAddress', () => {
  it.each([
    ['93.184.215.14', 'public'],
    ['8.8.8.8', 'public'],
    ['0.0.0.0', 'unspecified'],
    ['127.0.0.1', 'loopback'],
    ['127.255.1.2', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['172.32.0.1', 'public'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'metadata'],
    ['169.254.1.1', 'link-local'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['100.100.100.200', 'carrier-grade NAT'],
    ['100.128.0.1', 'public'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:169.254.169.254', 'metadata'],
    ['::ffff:8.8.8.8', 'public'],
    ['::127.0.0.1', 'loopback'],
    ['64:ff9b::10.0.0.1', 'private'],
    ['2002:7f00:1::', 'loopback'],
    ['fc00::1', 'private'],
    ['fd12:3456::1', 'private'],
    ['fd00:ec2::254', 'metadata'],
    ['fe80::1%eth0', 'link-local'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'reserved'],
    ['2001:0:4136:e378::1', 'reserved'],
    ['2606:4700:4700::1111', 'public'],
    ['[2a00:1450:4001:81b::200e]', 'public'],
    ['example.org', 'not an IP address'],
    ['1.2.3', 'not an IP address'],
    ['1.2.3.256', 'not an IP address'],
  ])('%s is %s', (address, kind) => {
    expect(classifyAddress(address)).toBe(kind);
  });

  it('parses IPv6 in every written form', () => {
    expect(parseIPv6('1:2:3:4:5:6:7:8')).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(parseIPv6('1::8')).toEqual([1, 0, 0, 0, 0, 0, 0, 8]);
    expect(parseIPv6('::ffff:1.2.3.4')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x102, 0x304]);
    expect(parseIPv6('1:2:3:4:5:6:7:8:9')).toBeNull();
    expect(parseIPv6('1::2::3')).toBeNull();
    expect(parseIPv6('12345::')).toBeNull();
  });
});

describe('the allow list', () => {
  it('reads host:port entries and ignores the rest', () => {
    expect([...parseAllowList(' 127.0.0.1:4010, Intranet.Example:8080,nohost, [::1]:81 ,')]).toEqual([
      '127.0.0.1:4010',
      'intranet.example:8080',
      '[::1]:81',
    ]);
    expect(parseAllowList(undefined).size).toBe(0);
  });

  it('names a URL by host and port, default ports filled in', () => {
    expect(hostPortOf(new URL('http://127.0.0.1:4010/a'))).toBe('127.0.0.1:4010');
    expect(hostPortOf(new URL('https://News.example/a'))).toBe('news.example:443');
    expect(hostPortOf(new URL('http://[::1]/'))).toBe('[::1]:80');
  });
});

/**
 * Which network addresses a server-side fetch may reach (the SSRF guard,
 * ADR 020). Pure: takes the address strings DNS returned, decides nothing
 * about names. Every non-public range is refused: private, loopback,
 * link-local (cloud metadata at 169.254.169.254 included), carrier-grade
 * NAT, multicast, unspecified, documentation, benchmarking and reserved
 * ranges, in IPv4 and IPv6, with IPv4 addresses embedded in IPv6
 * (IPv4-mapped ::ffff:a.b.c.d, IPv4-compatible, NAT64 64:ff9b::/96, 6to4
 * 2002::/16) judged as the IPv4 address they carry.
 */

/** Why an address is refused, or 'public'. */
export type AddressClass =
  | 'public'
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'carrier-grade NAT'
  | 'multicast'
  | 'metadata'
  | 'reserved'
  | 'not an IP address';

type V4Range = [base: number, bits: number, kind: Exclude<AddressClass, 'public'>];

const V4_RANGES: V4Range[] = [
  [v4(169, 254, 169, 254), 32, 'metadata'],
  [v4(0, 0, 0, 0), 8, 'unspecified'],
  [v4(10, 0, 0, 0), 8, 'private'],
  [v4(100, 64, 0, 0), 10, 'carrier-grade NAT'],
  [v4(127, 0, 0, 0), 8, 'loopback'],
  [v4(169, 254, 0, 0), 16, 'link-local'],
  [v4(172, 16, 0, 0), 12, 'private'],
  [v4(192, 0, 0, 0), 24, 'reserved'],
  [v4(192, 0, 2, 0), 24, 'reserved'],
  [v4(192, 88, 99, 0), 24, 'reserved'],
  [v4(192, 168, 0, 0), 16, 'private'],
  [v4(198, 18, 0, 0), 15, 'reserved'],
  [v4(198, 51, 100, 0), 24, 'reserved'],
  [v4(203, 0, 113, 0), 24, 'reserved'],
  [v4(224, 0, 0, 0), 4, 'multicast'],
  [v4(240, 0, 0, 0), 4, 'reserved'],
];

function v4(a: number, b: number, c: number, d: number): number {
  return ((a << 24) >>> 0) + (b << 16) + (c << 8) + d;
}

/** Parses dotted-quad IPv4 ("10.0.0.1") to a 32-bit number, or null. */
export function parseIPv4(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return null;
    const v = Number(p);
    if (v > 255) return null;
    n = n * 256 + v;
  }
  return n;
}

/**
 * Parses an IPv6 address (with "::", an embedded dotted IPv4 tail, and a
 * zone "%eth0" ignored) into eight 16-bit groups, or null.
 */
export function parseIPv6(text: string): number[] | null {
  let s = text.trim();
  if (s.startsWith('[') && s.endsWith(']')) s = s.slice(1, -1);
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  if (!s.includes(':')) return null;
  // A dotted IPv4 tail ("::ffff:10.0.0.1") becomes its two 16-bit groups.
  const lastColon = s.lastIndexOf(':');
  const last = s.slice(lastColon + 1);
  if (last.includes('.')) {
    const v = parseIPv4(last);
    if (v === null) return null;
    s = `${s.slice(0, lastColon + 1)}${(v >>> 16).toString(16)}:${(v & 0xffff).toString(16)}`;
  }
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const groups = (h: string) => (h === '' ? [] : h.split(':'));
  const head = groups(halves[0]!);
  const rest = halves.length === 2 ? groups(halves[1]!) : [];
  if (![...head, ...rest].every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return null;
  const given = head.length + rest.length;
  if (halves.length === 1 ? given !== 8 : given > 7) return null;
  const hex = (g: string) => parseInt(g, 16);
  return [...head.map(hex), ...new Array<number>(8 - given).fill(0), ...rest.map(hex)];
}

function classifyV4(n: number): AddressClass {
  for (const [base, bits, kind] of V4_RANGES) {
    const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
    if (((n & mask) >>> 0) === base) return kind;
  }
  if (n === 0xffffffff) return 'reserved';
  return 'public';
}

function classifyV6(w: number[]): AddressClass {
  const embedded = () => ((w[6]! << 16) >>> 0) + w[7]!;
  const zeroUpTo = (k: number) => w.slice(0, k).every((x) => x === 0);
  if (w.every((x) => x === 0)) return 'unspecified';
  if (zeroUpTo(7) && w[7] === 1) return 'loopback';
  // IPv4-mapped ::ffff:a.b.c.d and the deprecated IPv4-compatible ::a.b.c.d
  if (zeroUpTo(5) && w[5] === 0xffff) return classifyV4(embedded());
  if (zeroUpTo(6)) return classifyV4(embedded());
  // NAT64 well-known prefix 64:ff9b::/96 (and the local-use 64:ff9b:1::/48)
  if (w[0] === 0x64 && w[1] === 0xff9b) return w.slice(2, 6).every((x) => x === 0) ? classifyV4(embedded()) : 'reserved';
  // 6to4 2002:AABB:CCDD::/48 carries an IPv4 address in groups 1 and 2
  if (w[0] === 0x2002) return classifyV4(((w[1]! << 16) >>> 0) + w[2]!);
  // AWS's IPv6 metadata endpoint fd00:ec2::254 (inside fc00::/7 anyway)
  if (w[0] === 0xfd00 && w[1] === 0xec2) return 'metadata';
  if ((w[0]! & 0xfe00) === 0xfc00) return 'private';
  if ((w[0]! & 0xffc0) === 0xfe80) return 'link-local';
  if ((w[0]! & 0xffc0) === 0xfec0) return 'private';
  if ((w[0]! & 0xff00) === 0xff00) return 'multicast';
  if (w[0] === 0x2001 && w[1] === 0xdb8) return 'reserved';
  // Teredo 2001::/32 hides an obfuscated IPv4 address; ORCHID and other 2001:0000-01ff assignments
  if (w[0] === 0x2001 && w[1]! < 0x200) return 'reserved';
  if (w[0] === 0x100 && w[1] === 0 && w[2] === 0 && w[3] === 0) return 'reserved';
  // Only global unicast 2000::/3 is routable on the internet.
  if ((w[0]! & 0xe000) !== 0x2000) return 'reserved';
  return 'public';
}

/**
 * The class of an IP address as DNS returns it.
 *
 * @example classifyAddress('169.254.169.254') === 'metadata'
 * @example classifyAddress('::ffff:127.0.0.1') === 'loopback'
 * @example classifyAddress('93.184.215.14') === 'public'
 */
export function classifyAddress(address: string): AddressClass {
  const v4n = parseIPv4(address);
  if (v4n !== null) return classifyV4(v4n);
  const v6 = parseIPv6(address);
  if (v6) return classifyV6(v6);
  return 'not an IP address';
}

/**
 * Parses CLAIMDESK_FETCH_ALLOW ("intranet.example:8080,127.0.0.1:4010") into
 * lower-case `host:port` entries; IPv6 hosts are written in brackets
 * ("[::1]:8080"). Entries without a port are ignored (a port is required).
 */
export function parseAllowList(value: string | undefined): Set<string> {
  const out = new Set<string>();
  for (const raw of (value ?? '').split(',')) {
    const entry = raw.trim().toLowerCase();
    if (/^(\[[0-9a-f:.]+\]|[^:[\]\s]+):\d{1,5}$/.test(entry)) out.add(entry);
  }
  return out;
}

/** The `host:port` a URL names (default port filled in), as the allow list writes it. */
export function hostPortOf(url: URL): string {
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return `${url.hostname.toLowerCase()}:${port}`;
}

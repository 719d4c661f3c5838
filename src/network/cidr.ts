/**
 * IPv4 addresses and CIDR blocks as 32-bit integers: parse, format, contain, overlap. The
 * only place that does address arithmetic.
 *
 * @module
 */

/** A parsed IPv4 CIDR block. */
export interface Cidr {
  /** Network address as an unsigned 32-bit integer. */
  base: number;
  prefix: number;
  /** Number of addresses in the block. */
  size: number;
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/**
 * Parses dotted-quad IPv4 to an unsigned integer, or `undefined`.
 *
 * @example
 * parseIpv4('10.0.1.5'); // 167772421
 */
export function parseIpv4(text: unknown): number | undefined {
  if (typeof text !== 'string' || !IPV4.test(text)) return undefined;
  return text.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
}

/**
 * Formats an unsigned integer as dotted-quad IPv4.
 *
 * @example
 * formatIpv4(167772421); // '10.0.1.5'
 */
export function formatIpv4(value: number): string {
  return [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].join('.');
}

/**
 * Parses `a.b.c.d/n`. Returns `undefined` for malformed text or when host bits are set
 * (AWS rejects `10.0.0.1/16` for a VPC or subnet).
 *
 * @example
 * parseCidr('10.0.0.0/16'); // { base: 167772160, prefix: 16, size: 65536 }
 */
export function parseCidr(text: unknown): Cidr | undefined {
  if (typeof text !== 'string') return undefined;
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const base = parseIpv4(text.slice(0, slash));
  const prefixText = text.slice(slash + 1);
  if (base === undefined || !/^\d{1,2}$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  if (prefix > 32) return undefined;
  const size = 2 ** (32 - prefix);
  if (base % size !== 0) return undefined;
  return { base, prefix, size };
}

/**
 * Canonical text of a CIDR.
 *
 * @example
 * formatCidr({ base: 167772160, prefix: 16, size: 65536 }); // '10.0.0.0/16'
 */
export function formatCidr(cidr: Cidr): string {
  return `${formatIpv4(cidr.base)}/${cidr.prefix}`;
}

/**
 * Whether `inner` lies entirely inside `outer`.
 *
 * @example
 * const [vpc, subnet] = [parseCidr('10.0.0.0/16'), parseCidr('10.0.1.0/24')];
 * if (vpc && subnet) cidrContains(vpc, subnet); // true
 */
export function cidrContains(outer: Cidr, inner: Cidr): boolean {
  return inner.base >= outer.base && inner.base + inner.size <= outer.base + outer.size;
}

/**
 * Whether an address lies inside a CIDR.
 *
 * @example
 * const [block, ip] = [parseCidr('10.0.0.0/16'), parseIpv4('10.0.9.9')];
 * if (block && ip !== undefined) cidrContainsIp(block, ip); // true
 */
export function cidrContainsIp(cidr: Cidr, ip: number): boolean {
  return ip >= cidr.base && ip < cidr.base + cidr.size;
}

/**
 * Whether two CIDRs share any address.
 *
 * @example
 * const [a, b] = [parseCidr('10.0.0.0/16'), parseCidr('10.0.128.0/17')];
 * if (a && b) cidrsOverlap(a, b); // true
 */
export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  return a.base < b.base + b.size && b.base < a.base + a.size;
}

/**
 * Parses `a.b.c.d/n` allowing host bits, and returns the canonical network text (as AWS
 * stores a security group rule's `CidrIp`), or `undefined` when malformed.
 *
 * @example
 * normalizeCidr('10.0.0.7/24'); // '10.0.0.0/24'
 */
export function normalizeCidr(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const address = parseIpv4(text.slice(0, slash));
  const prefixText = text.slice(slash + 1);
  if (address === undefined || !/^\d{1,2}$/.test(prefixText) || Number(prefixText) > 32) return undefined;
  const prefix = Number(prefixText);
  const size = 2 ** (32 - prefix);
  return formatCidr({ base: address - (address % size), prefix, size });
}

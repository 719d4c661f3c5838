/**
 * The IPv4 ranges a VPC may not use, as the Amazon VPC User Guide documents them ("VPC CIDR
 * blocks": the allowed block size is /16 to /28; "IPv4 CIDR block association
 * restrictions": a VPC takes an RFC 1918 block, `100.64.0.0/10`, `198.19.0.0/16` or a
 * publicly routable block, and the link-local `169.254.0.0/16` is reserved and "cannot be
 * assigned to VPCs"). The blocks below are the ones that are none of those: "this network",
 * loopback, link-local, multicast and the reserved class E space up to the broadcast
 * address. AWS answers `InvalidVpc.Range` for them, as for a block of the wrong size.
 *
 * @module
 */
import { cidrsOverlap, parseCidr, type Cidr } from './cidr.js';

/** Blocks no VPC may overlap, with the reason (for documentation and tests). */
export const RESTRICTED_VPC_RANGES: readonly { cidr: string; why: string }[] = [
  { cidr: '0.0.0.0/8', why: '"this network" (RFC 1122), not routable' },
  { cidr: '127.0.0.0/8', why: 'loopback (RFC 1122)' },
  { cidr: '169.254.0.0/16', why: 'link-local (RFC 3927), reserved by AWS for instance metadata and DNS' },
  { cidr: '224.0.0.0/4', why: 'multicast (RFC 5771)' },
  { cidr: '240.0.0.0/4', why: 'reserved class E and the limited broadcast address (RFC 1112, RFC 919)' },
];

const RESTRICTED: readonly Cidr[] = RESTRICTED_VPC_RANGES.flatMap(({ cidr }) => {
  const parsed = parseCidr(cidr);
  return parsed === undefined ? [] : [parsed];
});

/** The smallest and largest VPC blocks: /28 (16 addresses) and /16 (65,536). */
export const VPC_PREFIX_RANGE = { min: 16, max: 28 } as const;

/**
 * Whether a well-formed block may be a VPC's: /16 to /28 and clear of every restricted
 * range.
 *
 * @example
 * isAssignableVpcBlock({ base: 0x0a000000, prefix: 16, size: 65536 }); // true (10.0.0.0/16)
 * isAssignableVpcBlock({ base: 0x7f000000, prefix: 16, size: 65536 }); // false (127.0.0.0/16, loopback)
 */
export function isAssignableVpcBlock(cidr: Cidr): boolean {
  if (cidr.prefix < VPC_PREFIX_RANGE.min || cidr.prefix > VPC_PREFIX_RANGE.max) return false;
  return !RESTRICTED.some((range) => cidrsOverlap(range, cidr));
}

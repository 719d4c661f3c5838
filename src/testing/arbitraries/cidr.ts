/**
 * IPv4 CIDR blocks as EC2 accepts them: VPC blocks from /16 to /28 inside the private
 * ranges (RFC 1918), and subnet blocks inside a VPC block, aligned and never overlapping.
 *
 * @module
 */
import fc from 'fast-check';
import { formatIpv4, parseCidr } from '../../network/cidr.js';

/** The RFC 1918 private ranges. */
export type PrivateRange = '10.0.0.0/8' | '172.16.0.0/12' | '192.168.0.0/16';

const PRIVATE_RANGES: readonly PrivateRange[] = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'];

/**
 * Options of {@link vpcCidr}.
 *
 * @remarks Since 0.1.0
 */
export interface VpcCidrConstraints {
  /**
   * Shortest prefix (largest block); EC2's minimum is /16.
   * @defaultValue 16
   */
  minPrefixLength?: number;
  /**
   * Longest prefix (smallest block); EC2's maximum is /28.
   * @defaultValue 28
   */
  maxPrefixLength?: number;
  /**
   * Private ranges the block is drawn from.
   * @defaultValue ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16']
   */
  ranges?: readonly PrivateRange[];
}

/** An aligned block of `prefix` inside `range`, chosen by index. */
function blockIn(range: string, prefix: number): fc.Arbitrary<string> {
  const parent = parseCidr(range);
  if (parent === undefined || prefix < parent.prefix) return fc.constant(range);
  const count = 2 ** (prefix - parent.prefix);
  const size = 2 ** (32 - prefix);
  return fc.integer({ min: 0, max: count - 1 }).map((i) => `${formatIpv4(parent.base + i * size)}/${prefix}`);
}

/**
 * A VPC CIDR block (`CreateVpc`'s `CidrBlock`): aligned, /16 to /28 by default, inside a
 * private range. Shrinks towards `10.0.0.0/16`.
 *
 * @example
 * fc.assert(fc.property(vpcCidr(), (CidrBlock) => { ec2.createVpc({ CidrBlock }); }));
 *
 * @remarks Since 0.1.0
 */
export function vpcCidr(constraints: VpcCidrConstraints = {}): fc.Arbitrary<string> {
  const min = constraints.minPrefixLength ?? 16;
  const max = Math.max(min, constraints.maxPrefixLength ?? 28);
  const ranges = constraints.ranges !== undefined && constraints.ranges.length > 0 ? constraints.ranges : PRIVATE_RANGES;
  return fc
    .tuple(fc.constantFrom(...ranges), fc.integer({ min, max }))
    .chain(([range, prefix]) => blockIn(range, Math.max(prefix, parseCidr(range)?.prefix ?? prefix)));
}

/**
 * Options of {@link subnetCidrs}.
 *
 * @remarks Since 0.1.0
 */
export interface SubnetCidrsConstraints {
  /**
   * Shortest subnet prefix (never shorter than the VPC's).
   * @defaultValue the VPC's prefix length
   */
  minPrefixLength?: number;
  /**
   * Longest subnet prefix; EC2's maximum is /28.
   * @defaultValue 28
   */
  maxPrefixLength?: number;
  /**
   * Fewest subnets (fewer when the VPC cannot hold that many).
   * @defaultValue 1
   */
  minLength?: number;
  /**
   * Most subnets.
   * @defaultValue 4
   */
  maxLength?: number;
}

/**
 * Subnet blocks inside `vpcCidrBlock` (`CreateSubnet`'s `CidrBlock`): one prefix length for
 * the lot, aligned, distinct, so they never overlap and `CreateSubnet` accepts them all.
 *
 * @example
 * fc.assert(fc.property(vpcCidr().chain((vpc) => subnetCidrs(vpc).map((subnets) => ({ vpc, subnets }))), ({ vpc, subnets }) => {
 *   const { Vpc } = ec2.createVpc({ CidrBlock: vpc });
 *   for (const CidrBlock of subnets) ec2.createSubnet({ VpcId: Vpc.VpcId, CidrBlock, AvailabilityZoneId: 'use1-az1' });
 * }));
 *
 * @remarks Since 0.1.0
 */
export function subnetCidrs(vpcCidrBlock: string, constraints: SubnetCidrsConstraints = {}): fc.Arbitrary<string[]> {
  const vpc = parseCidr(vpcCidrBlock);
  if (vpc === undefined) return fc.constant([]);
  const max = Math.max(vpc.prefix, Math.min(constraints.maxPrefixLength ?? 28, 28));
  const min = Math.min(max, Math.max(vpc.prefix, constraints.minPrefixLength ?? vpc.prefix));
  const wanted = constraints.maxLength ?? 4;
  return fc.integer({ min, max }).chain((prefix) => {
    // Never need more blocks than asked for: cap the index space so generation stays cheap.
    const count = 2 ** Math.min(prefix - vpc.prefix, 16);
    const size = 2 ** (32 - prefix);
    const maxLength = Math.min(wanted, count);
    const minLength = Math.min(constraints.minLength ?? 1, maxLength);
    return fc
      .uniqueArray(fc.integer({ min: 0, max: count - 1 }), { minLength, maxLength })
      .map((indexes) => indexes.map((i) => `${formatIpv4(vpc.base + i * size)}/${prefix}`));
  });
}

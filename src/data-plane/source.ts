/**
 * Where a connection comes from: a host in one of the caller's subnets (by default at the
 * subnet's last usable address, in its VPC's `default` security group, like an instance
 * launched without one), or a host on an on-premises network attached to a VPC. Misuse
 * (an unknown subnet, an address outside it or among the five AWS reserves in every subnet)
 * is a `CloudError`; it is not a network outcome.
 *
 * @module
 */
import { errors } from '../core/errors.js';
import { isAccountId } from '../core/ids.js';
import { isDenseStringList } from '../core/params.js';
import { getRow } from '../core/table.js';
import { cidrContainsIp, formatIpv4, parseCidr, parseIpv4 } from '../network/cidr.js';
import type { World } from '../world/world.js';
import type { ConnectionSource } from './types.js';
import { isReservedSubnetAddress } from '../network/interfaces.js';

/** A checked source, with numbers ready for the hot path. */
export interface ResolvedSource {
  region: string;
  accountId: string;
  /** The source VPC (subnet sources). */
  vpcId: string | undefined;
  /** The on-premises network (on-premises sources). */
  onPremisesNetworkId: string | undefined;
  /** Subnet or network id: what reachability is cached by. */
  networkKey: string;
  ip: number;
  ipText: string;
  groupIds: readonly string[];
  /** The consumer host's id in the engine's port table; -1 until the engine interns it. */
  host: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Finds the region holding a subnet or on-prem network id (ids are unique across regions). */
function regionHolding(world: World, find: (region: string) => boolean): string | undefined {
  for (const region of Object.keys(world.regions)) if (find(region)) return region;
  return undefined;
}


function checkIp(raw: unknown, within: string, where: string, subnet: boolean): { ip: number; text: string } {
  const ip = parseIpv4(raw);
  const cidr = parseCidr(within);
  if (ip === undefined || cidr === undefined || !cidrContainsIp(cidr, ip)) {
    throw errors.invalidParameterValue('from.ip', raw, `Expected an IPv4 address inside ${where} (${within}).`);
  }
  const text = formatIpv4(ip);
  if (subnet && isReservedSubnetAddress(cidr, ip)) throw errors.addressInReservedRange(text);
  return { ip, text };
}

/**
 * Checks and resolves `from` against the world.
 *
 * @example
 * resolveSource(cloud.world, { accountId: '222222222222', subnetId }).ipText; // '10.1.1.254'
 */
export function resolveSource(world: World, from: ConnectionSource): ResolvedSource {
  if (!isRecord(from) || !isAccountId(from.accountId)) throw errors.unknownAccount(isRecord(from) ? from.accountId : from);
  const { accountId } = from;
  if ('subnetId' in from && typeof from.subnetId === 'string') {
    const subnetId = from.subnetId;
    const region = regionHolding(world, (r) => getRow(world.regions[r]?.subnets ?? {}, subnetId)?.OwnerId === accountId);
    const state = region === undefined ? undefined : world.regions[region];
    const subnet = state && getRow(state.subnets, subnetId);
    const vpc = state && subnet && getRow(state.vpcs, subnet.VpcId);
    if (region === undefined || !subnet || !vpc) throw errors.subnetNotFound(subnetId);
    const cidr = parseCidr(subnet.CidrBlock);
    // The default host sits at the last usable address: the one before the broadcast
    // address, never reserved (subnets are /16../28, so it is at least the 15th).
    const address =
      from.ip === undefined
        ? { ip: (cidr?.base ?? 0) + (cidr?.size ?? 2) - 2, text: '' }
        : checkIp(from.ip, subnet.CidrBlock, `subnet ${subnetId}`, true);
    const groupIds = from.securityGroupIds ?? [vpc.defaultSecurityGroupId];
    // Every slot: `some` would skip a hole.
    if (!isDenseStringList(groupIds)) {
      throw errors.invalidParameterValue('from.securityGroupIds', groupIds, 'Expected security group ids.');
    }
    return {
      region,
      accountId,
      vpcId: vpc.VpcId,
      onPremisesNetworkId: undefined,
      networkKey: subnetId,
      ip: address.ip,
      ipText: address.text || formatIpv4(address.ip),
      groupIds,
      host: -1,
    };
  }
  if ('network' in from && typeof from.network === 'string') {
    const networkId = from.network;
    const region = regionHolding(world, (r) => getRow(world.regions[r]?.onPremisesNetworks ?? {}, networkId)?.OwnerId === accountId);
    const network = region === undefined ? undefined : getRow(world.regions[region]?.onPremisesNetworks ?? {}, networkId);
    if (region === undefined || !network) {
      throw errors.invalidParameterValue('from.network', networkId, 'No such on-premises network of this account.');
    }
    // An on-premises network is not a VPC subnet: AWS reserves nothing in it.
    const address = checkIp(from.ip, network.CidrBlock, `on-premises network ${networkId}`, false);
    return {
      region,
      accountId,
      vpcId: undefined,
      onPremisesNetworkId: networkId,
      networkKey: networkId,
      ip: address.ip,
      ipText: address.text,
      groupIds: [],
      host: -1,
    };
  }
  throw errors.invalidParameterValue('from', from, 'Expected { accountId, subnetId } or { accountId, network, ip }.');
}

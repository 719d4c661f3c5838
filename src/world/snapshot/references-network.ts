/**
 * Cross-record rules of the network room a restored snapshot must keep: subnets inside
 * their VPC and in its region, every held address held by the interface that has it,
 * interfaces where their subnet is, security groups named once per VPC and their rule
 * references counted, peering connections between the VPCs they name.
 *
 * @module
 */
import { getRow, rowCount, rows, tableEntries } from '../../core/table.js';
import { findRegion } from '../../geo/regions.js';
import { cidrContains, cidrContainsIp, parseCidr, parseIpv4 } from '../../network/cidr.js';
import type { RegionState } from '../world.js';
import { expect, mustFind, tablePath, tally } from './check.js';
import { pathOf } from './read.js';

/** Security group users counted from interfaces (endpoints add theirs later). */
export type GroupUsers = Map<string, number>;

function checkSubnets(state: RegionState, region: string): void {
  const zones = findRegion(region)?.zoneIds ?? [];
  for (const subnet of rows(state.subnets)) {
    const at = tablePath(region, 'subnets', subnet.SubnetId);
    const vpc = mustFind(state.vpcs, subnet.VpcId, at, 'VPC');
    expect(subnet.OwnerId === vpc.OwnerId, at, `belongs to ${subnet.OwnerId}, its VPC to ${vpc.OwnerId}`);
    expect(vpc.subnetIds.includes(subnet.SubnetId), at, `is not listed in ${vpc.VpcId}.subnetIds`);
    expect(zones.includes(subnet.AvailabilityZoneId), at, `is in ${subnet.AvailabilityZoneId}, not an AZ of ${region}`);
    const block = parseCidr(subnet.CidrBlock);
    const outer = parseCidr(vpc.CidrBlock);
    expect(block !== undefined && outer !== undefined && cidrContains(outer, block), at, `has ${subnet.CidrBlock}, outside its VPC's ${vpc.CidrBlock}`);
    expect(rowCount(subnet.addresses.holders) === subnet.addresses.count, pathOf(at, 'addresses'), 'counts a different number of addresses than it holds');
    for (const [ip, eniId] of tableEntries(subnet.addresses.holders)) {
      const where = pathOf(pathOf(at, 'addresses'), ip);
      const address = parseIpv4(ip);
      expect(address !== undefined && cidrContainsIp(block, address), where, `is not an address of ${subnet.CidrBlock}`);
      const eni = mustFind(state.networkInterfaces, eniId, where, 'network interface');
      expect(eni.SubnetId === subnet.SubnetId && eni.PrivateIpAddress === ip, where, `is held by ${eniId}, which has ${eni.PrivateIpAddress} in ${eni.SubnetId}`);
    }
  }
}

function checkInterfaces(state: RegionState, region: string, users: GroupUsers): void {
  for (const eni of rows(state.networkInterfaces)) {
    const at = tablePath(region, 'networkInterfaces', eni.NetworkInterfaceId);
    const subnet = mustFind(state.subnets, eni.SubnetId, at, 'subnet');
    expect(eni.VpcId === subnet.VpcId && eni.AvailabilityZoneId === subnet.AvailabilityZoneId, at, `says ${eni.VpcId}/${eni.AvailabilityZoneId}, its subnet is in ${subnet.VpcId}/${subnet.AvailabilityZoneId}`);
    expect(getRow(subnet.addresses.holders, eni.PrivateIpAddress) === eni.NetworkInterfaceId, at, `has ${eni.PrivateIpAddress}, which ${eni.SubnetId} does not record as its`);
    for (const groupId of eni.Groups) {
      const group = mustFind(state.securityGroups, groupId, at, 'security group');
      expect(group.VpcId === eni.VpcId, at, `uses ${groupId} of another VPC`);
      tally(users, groupId);
    }
  }
}

function checkGroups(state: RegionState, region: string): void {
  const referenced = new Map<string, Map<string, number>>();
  for (const group of rows(state.securityGroups)) {
    const at = tablePath(region, 'securityGroups', group.GroupId);
    const vpc = mustFind(state.vpcs, group.VpcId, at, 'VPC');
    expect(group.OwnerId === vpc.OwnerId, at, `belongs to ${group.OwnerId}, its VPC to ${vpc.OwnerId}`);
    expect(getRow(vpc.securityGroupsByName, group.GroupName) === group.GroupId, at, `is not ${vpc.VpcId}'s group named ${JSON.stringify(group.GroupName)}`);
    for (const rule of [...group.IpPermissions, ...group.IpPermissionsEgress]) {
      expect((rule.CidrIp === undefined) !== (rule.GroupId === undefined), at, `has rule ${rule.SecurityGroupRuleId} without exactly one peer`);
      if (rule.GroupId === undefined) continue;
      mustFind(state.securityGroups, rule.GroupId, at, 'security group');
      // A group's rules that name the group itself (the default group's) are not counted.
      if (rule.GroupId === group.GroupId) continue;
      const byGroup = referenced.get(rule.GroupId) ?? new Map<string, number>();
      tally(byGroup, group.GroupId);
      referenced.set(rule.GroupId, byGroup);
    }
  }
  for (const group of rows(state.securityGroups)) {
    const at = pathOf(tablePath(region, 'securityGroups', group.GroupId), 'referencedBy');
    const expected = referenced.get(group.GroupId) ?? new Map<string, number>();
    const recorded = Object.entries(group.referencedBy);
    expect(recorded.length === expected.size && recorded.every(([id, n]) => expected.get(id) === n), at, 'does not count the rules that reference the group');
  }
}

function checkVpcs(state: RegionState, region: string): void {
  for (const vpc of rows(state.vpcs)) {
    const at = tablePath(region, 'vpcs', vpc.VpcId);
    const group = mustFind(state.securityGroups, vpc.defaultSecurityGroupId, at, 'default security group');
    expect(group.VpcId === vpc.VpcId && group.GroupName === 'default', at, `names ${group.GroupId} as its default group`);
    for (const [name, groupId] of tableEntries(vpc.securityGroupsByName)) {
      expect(getRow(state.securityGroups, groupId)?.GroupName === name, pathOf(pathOf(at, 'securityGroupsByName'), name), `is not the name of ${groupId}`);
    }
    for (const subnetId of vpc.subnetIds) expect(getRow(state.subnets, subnetId)?.VpcId === vpc.VpcId, at, `lists ${subnetId}, which is not its subnet`);
    for (const networkId of vpc.onPremisesNetworkIds) expect(getRow(state.onPremisesNetworks, networkId)?.VpcId === vpc.VpcId, at, `lists ${networkId}, which is not attached to it`);
    for (const peeringId of vpc.peeringConnectionIds) {
      const peering = mustFind(state.vpcPeeringConnections, peeringId, at, 'peering connection');
      expect(peering.RequesterVpcId === vpc.VpcId || peering.AccepterVpcId === vpc.VpcId, at, `lists ${peeringId}, which does not involve it`);
    }
  }
  for (const network of rows(state.onPremisesNetworks)) {
    const at = tablePath(region, 'onPremisesNetworks', network.NetworkId);
    const vpc = mustFind(state.vpcs, network.VpcId, at, 'VPC');
    expect(vpc.onPremisesNetworkIds.includes(network.NetworkId), at, `is not listed by ${vpc.VpcId}`);
  }
}

const ENDED = new Set(['rejected', 'failed', 'expired', 'deleting', 'deleted']);

function checkPeerings(state: RegionState, region: string): void {
  for (const peering of rows(state.vpcPeeringConnections)) {
    const at = tablePath(region, 'vpcPeeringConnections', peering.VpcPeeringConnectionId);
    expect(peering.RequesterVpcId !== peering.AccepterVpcId, at, 'peers a VPC with itself');
    // A request that named a VPC its PeerOwnerId does not own failed on reaching it (as on
    // AWS): an ended, never accepted connection may name an accepter VPC of another account.
    const unreached = ENDED.has(peering.Status) && !peering.accepted;
    for (const [vpcId, ownerId, mayDiffer] of [
      [peering.RequesterVpcId, peering.RequesterOwnerId, false],
      [peering.AccepterVpcId, peering.AccepterOwnerId, unreached],
    ] as const) {
      const vpc = getRow(state.vpcs, vpcId);
      // A VPC may be gone once the connection has ended; a live connection needs both.
      if (vpc === undefined) expect(ENDED.has(peering.Status), at, `is ${peering.Status} but ${vpcId} is not in the snapshot`);
      else expect(mayDiffer || vpc.OwnerId === ownerId, at, `says ${vpcId} belongs to ${ownerId}, not ${vpc.OwnerId}`);
    }
  }
}

/**
 * Checks the network room of one region; returns the security group users its interfaces
 * count (endpoints add theirs in their room's check).
 *
 * @example
 * const users = checkNetworkReferences(state, 'us-east-1');
 */
export function checkNetworkReferences(state: RegionState, region: string): GroupUsers {
  const users: GroupUsers = new Map();
  checkVpcs(state, region);
  checkSubnets(state, region);
  checkInterfaces(state, region, users);
  checkGroups(state, region);
  checkPeerings(state, region);
  return users;
}

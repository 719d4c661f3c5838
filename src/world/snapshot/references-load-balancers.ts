/**
 * Cross-record rules of the load-balancers room a restored snapshot must keep: an NLB's
 * nodes are its interfaces, one per AZ, in its VPC; listeners link an NLB and a target
 * group both ways; names index their owner's resources; an NLB lists the live services
 * that use it.
 *
 * @module
 */
import { parseArn } from '../../core/arn.js';
import { getRow, rowCount, rows, type Table, type TableLike } from '../../core/table.js';
import { isElbArn, type ElbArnKind } from '../../load-balancers/arns.js';
import type { RegionState } from '../world.js';
import { expect, mustFind, tablePath } from './check.js';
import { pathOf, type SnapshotPath } from './read.js';

function checkArn(value: string, kind: ElbArnKind, region: string, ownerId: string, at: SnapshotPath): void {
  const arn = parseArn(value);
  expect(isElbArn(value, kind) && arn?.region === region && arn.accountId === ownerId, at, `has ${value}, not a ${kind} ARN of ${ownerId} in ${region}`);
}

function checkNames(names: Record<string, Table<string>>, table: TableLike<{ OwnerId: string }>, path: SnapshotPath, kind: string): void {
  let named = 0;
  for (const [ownerId, byName] of Object.entries(names)) {
    named += rowCount(byName);
    for (const arn of rows(byName)) expect(mustFind(table, arn, pathOf(path, ownerId), kind).OwnerId === ownerId, pathOf(path, ownerId), `names ${arn} of another account`);
  }
  expect(named === rowCount(table), path, `names ${named} ${kind}s, the region holds ${rowCount(table)}`);
}

function sameGroups(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

/**
 * Checks the load-balancers room of one region.
 *
 * @example
 * checkLoadBalancerReferences(state, 'us-east-1');
 */
export function checkLoadBalancerReferences(state: RegionState, region: string): void {
  for (const lb of rows(state.loadBalancers)) {
    const at = tablePath(region, 'loadBalancers', lb.LoadBalancerArn);
    checkArn(lb.LoadBalancerArn, 'loadbalancer', region, lb.OwnerId, at);
    expect(getRow(state.loadBalancerNames[lb.OwnerId] ?? {}, lb.LoadBalancerName) === lb.LoadBalancerArn, at, `is not indexed under its name ${lb.LoadBalancerName}`);
    const vpc = mustFind(state.vpcs, lb.VpcId, at, 'VPC');
    expect(vpc.OwnerId === lb.OwnerId, at, `belongs to ${lb.OwnerId}, its VPC to ${vpc.OwnerId}`);
    const zones = new Set<string>();
    for (const node of lb.nodes) {
      expect(!zones.has(node.AvailabilityZoneId), at, `has two nodes in ${node.AvailabilityZoneId}`);
      zones.add(node.AvailabilityZoneId);
      const eni = mustFind(state.networkInterfaces, node.NetworkInterfaceId, at, 'network interface');
      expect(
        eni.SubnetId === node.SubnetId && eni.VpcId === lb.VpcId && eni.AvailabilityZoneId === node.AvailabilityZoneId && eni.PrivateIpAddress === node.PrivateIpAddress,
        at,
        `has a node that is not its interface ${eni.NetworkInterfaceId}`,
      );
      expect(sameGroups(eni.Groups, lb.SecurityGroups), at, `has a node whose interface ${eni.NetworkInterfaceId} does not carry its security groups`);
    }
    for (const groupId of lb.SecurityGroups) expect(getRow(state.securityGroups, groupId)?.VpcId === lb.VpcId, at, `uses ${groupId}, not a group of its VPC`);
    expect(
      (lb.EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic !== undefined) === (lb.SecurityGroups.length > 0),
      pathOf(at, 'EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic'),
      'is set exactly when the load balancer has security groups',
    );
    for (const listenerArn of lb.listenerArns) expect(mustFind(state.listeners, listenerArn, at, 'listener').LoadBalancerArn === lb.LoadBalancerArn, at, `lists ${listenerArn}, another NLB's listener`);
    for (const serviceId of lb.usedByServiceIds) {
      const service = mustFind(state.endpointServices, serviceId, at, 'endpoint service');
      expect(service.ServiceState !== 'Deleted' && service.NetworkLoadBalancerArns.includes(lb.LoadBalancerArn), at, `says ${serviceId} uses it, which it does not`);
    }
  }
  for (const listener of rows(state.listeners)) {
    const at = tablePath(region, 'listeners', listener.ListenerArn);
    checkArn(listener.ListenerArn, 'listener', region, listener.OwnerId, at);
    const lb = mustFind(state.loadBalancers, listener.LoadBalancerArn, at, 'load balancer');
    const tg = mustFind(state.targetGroups, listener.TargetGroupArn, at, 'target group');
    expect(lb.listenerArns.includes(listener.ListenerArn) && tg.listenerArns.includes(listener.ListenerArn), at, 'is not listed by its load balancer and its target group');
    expect(tg.LoadBalancerArns.includes(lb.LoadBalancerArn), at, `forwards to ${tg.TargetGroupArn}, which does not list ${lb.LoadBalancerArn}`);
    const ports = lb.listenerArns.filter((arn) => getRow(state.listeners, arn)?.Port === listener.Port);
    expect(ports.length === 1, at, `shares port ${listener.Port} with another listener of ${lb.LoadBalancerArn}`);
  }
  for (const tg of rows(state.targetGroups)) {
    const at = tablePath(region, 'targetGroups', tg.TargetGroupArn);
    checkArn(tg.TargetGroupArn, 'targetgroup', region, tg.OwnerId, at);
    expect(getRow(state.targetGroupNames[tg.OwnerId] ?? {}, tg.TargetGroupName) === tg.TargetGroupArn, at, `is not indexed under its name ${tg.TargetGroupName}`);
    expect(mustFind(state.vpcs, tg.VpcId, at, 'VPC').OwnerId === tg.OwnerId, at, 'is in a VPC of another account');
    for (const listenerArn of tg.listenerArns) expect(mustFind(state.listeners, listenerArn, at, 'listener').TargetGroupArn === tg.TargetGroupArn, at, `lists ${listenerArn}, which forwards elsewhere`);
    const linked = new Set(tg.listenerArns.map((arn) => getRow(state.listeners, arn)?.LoadBalancerArn));
    expect(tg.LoadBalancerArns.length === linked.size && tg.LoadBalancerArns.every((arn) => linked.has(arn)), at, 'lists load balancers its listeners do not come from');
  }
  checkNames(state.loadBalancerNames, state.loadBalancers, tablePath(region, 'loadBalancerNames'), 'load balancer');
  checkNames(state.targetGroupNames, state.targetGroups, tablePath(region, 'targetGroupNames'), 'target group');
}

/**
 * Cross-record rules of the endpoint-services and endpoints rooms a restored snapshot must
 * keep: a service names its own NLBs and is named by them; an endpoint's service, VPC,
 * subnets, interfaces and groups exist and agree with it; a live endpoint is in AZs its
 * service offers (by AZ id) and wired in each to one of the service's NLBs with a node
 * there (invariants 2 and 4); the indexes and counters that make lookups O(1) say exactly
 * what the records say.
 *
 * @module
 */
import { awsServiceId, awsServiceZoneIds, findAwsService, isAwsServiceEndpoint } from '../../aws-services/lookup.js';
import { accountOfPrincipal } from '../../core/arn.js';
import { getRow, rowCount, rows, tableEntries } from '../../core/table.js';
import { serviceNameOf } from '../../endpoint-services/lookup.js';
import type { EndpointServiceRecord } from '../../endpoint-services/model.js';
import { RELEASED_ENDPOINT_STATES, type VpcEndpointRecord } from '../../endpoints/model.js';
import type { RegionState } from '../world.js';
import { expect, mustFind, tablePath, tally } from './check.js';
import { pathOf } from './read.js';
import type { GroupUsers } from './references-network.js';

function checkServices(state: RegionState, region: string): void {
  for (const service of rows(state.endpointServices)) {
    const at = tablePath(region, 'endpointServices', service.ServiceId);
    expect(service.ServiceName === serviceNameOf(region, service.ServiceId), at, `is named ${service.ServiceName}, not ${serviceNameOf(region, service.ServiceId)}`);
    for (const arn of service.NetworkLoadBalancerArns) {
      const lb = mustFind(state.loadBalancers, arn, at, 'load balancer');
      expect(lb.OwnerId === service.OwnerId, at, `uses ${arn} of another account`);
      expect(service.ServiceState === 'Deleted' || lb.usedByServiceIds.includes(service.ServiceId), at, `uses ${arn}, which does not list it`);
    }
    for (const [endpointId, consumer] of tableEntries(service.connections)) {
      const endpoint = mustFind(state.vpcEndpoints, endpointId, pathOf(at, 'connections'), 'endpoint');
      expect(endpoint.ServiceId === service.ServiceId && endpoint.OwnerId === consumer, pathOf(at, 'connections'), `records ${endpointId} of ${consumer}, which is not its endpoint`);
    }
    if (service.PrivateDns !== undefined && service.ServiceState !== 'Deleted') {
      const ids = getRow(state.privateDnsNames, service.PrivateDns.Name);
      expect(ids !== undefined && ids[service.ServiceId] === true, at, `is not indexed under its private DNS name ${service.PrivateDns.Name}`);
    }
  }
  for (const [name, ids] of tableEntries(state.privateDnsNames)) {
    for (const serviceId of Object.keys(ids)) {
      const service = getRow(state.endpointServices, serviceId);
      expect(service?.PrivateDns?.Name === name, tablePath(region, 'privateDnsNames', name), `indexes ${serviceId}, which does not carry that name`);
    }
  }
}

function checkNotifications(state: RegionState, region: string): void {
  let indexed = 0;
  for (const [target, ids] of tableEntries(state.connectionNotificationsByTarget)) {
    for (const id of ids) {
      const notification = mustFind(state.connectionNotifications, id, tablePath(region, 'connectionNotificationsByTarget', target), 'connection notification');
      expect((notification.ServiceId ?? notification.VpcEndpointId) === target, tablePath(region, 'connectionNotificationsByTarget', target), `indexes ${id}, which is set on another resource`);
      indexed++;
    }
  }
  expect(indexed === rowCount(state.connectionNotifications), tablePath(region, 'connectionNotificationsByTarget'), 'does not index every connection notification once');
  for (const notification of rows(state.connectionNotifications)) {
    const at = tablePath(region, 'connectionNotifications', notification.ConnectionNotificationId);
    expect((notification.ServiceId === undefined) !== (notification.VpcEndpointId === undefined), at, 'must be set on exactly one service or endpoint');
    if (notification.ServiceId !== undefined) expect(mustFind(state.endpointServices, notification.ServiceId, at, 'endpoint service').OwnerId === notification.OwnerId, at, 'is set on a service of another account');
    if (notification.VpcEndpointId !== undefined) expect(mustFind(state.vpcEndpoints, notification.VpcEndpointId, at, 'endpoint').OwnerId === notification.OwnerId, at, 'is set on an endpoint of another account');
  }
}

/** States in which an endpoint holds AZs: its subnets, interfaces and wiring must be there. */
const isLive = (endpoint: VpcEndpointRecord): boolean => !RELEASED_ENDPOINT_STATES.has(endpoint.State) && endpoint.State !== 'deleted';

function checkEndpointZones(state: RegionState, region: string, endpoint: VpcEndpointRecord, service: EndpointServiceRecord): void {
  const at = tablePath(region, 'vpcEndpoints', endpoint.VpcEndpointId);
  const offering = service.ServiceState === 'Pending' || service.ServiceState === 'Available';
  const seen = new Set<string>();
  for (const zone of endpoint.zones) {
    expect(!seen.has(zone.AvailabilityZoneId), at, `has two subnets in ${zone.AvailabilityZoneId}`);
    seen.add(zone.AvailabilityZoneId);
    const subnet = mustFind(state.subnets, zone.SubnetId, at, 'subnet');
    expect(subnet.VpcId === endpoint.VpcId && subnet.AvailabilityZoneId === zone.AvailabilityZoneId, at, `records ${zone.SubnetId} in ${zone.AvailabilityZoneId}, which is not where that subnet is`);
    const eni = mustFind(state.networkInterfaces, zone.NetworkInterfaceId, at, 'network interface');
    expect(eni.SubnetId === zone.SubnetId && eni.PrivateIpAddress === zone.PrivateIpAddress, at, `records interface ${eni.NetworkInterfaceId}, which is elsewhere`);
    if (!offering) continue;
    const arn = zone.LoadBalancerArn;
    expect(arn !== undefined, at, `is wired in ${zone.AvailabilityZoneId} to no load balancer of its service`);
    if (arn === undefined) continue;
    const lb = getRow(state.loadBalancers, arn);
    expect(service.NetworkLoadBalancerArns.includes(arn), at, `is wired in ${zone.AvailabilityZoneId} to ${zone.LoadBalancerArn}, not a load balancer of its service`);
    expect(lb?.nodes.some((n) => n.AvailabilityZoneId === zone.AvailabilityZoneId) === true, at, `is wired in ${zone.AvailabilityZoneId} to ${zone.LoadBalancerArn}, which has no node there`);
  }
}

/**
 * An endpoint to an AWS service: it names an interface service of the catalogue in its
 * region by its fixed id, and a live one sits in AZs the service offers, wired to no NLB.
 */
function checkAwsServiceEndpoint(region: string, endpoint: VpcEndpointRecord): void {
  const at = tablePath(region, 'vpcEndpoints', endpoint.VpcEndpointId);
  const entry = findAwsService(region, endpoint.ServiceName);
  expect(entry !== undefined && entry.types.includes('Interface'), at, `names ${endpoint.ServiceName}, not an AWS interface service of ${region}`);
  if (entry === undefined) return;
  expect(endpoint.ServiceId === awsServiceId(region, entry.name, 'Interface'), at, `names ${endpoint.ServiceName} with id ${endpoint.ServiceId}, not its own`);
  if (!isLive(endpoint)) return;
  const offered = new Set(awsServiceZoneIds(region, entry));
  for (const zone of endpoint.zones) {
    expect(offered.has(zone.AvailabilityZoneId), at, `is in ${zone.AvailabilityZoneId}, which ${endpoint.ServiceName} does not offer`);
    expect(zone.LoadBalancerArn === undefined, at, `is wired in ${zone.AvailabilityZoneId} to ${zone.LoadBalancerArn ?? ''}, but an AWS service has no load balancer of a customer`);
  }
}

/**
 * Checks the endpoint-services and endpoints rooms of one region, completing the security
 * group user counts the network check began.
 *
 * @example
 * checkEndpointReferences(state, 'us-east-1', users);
 */
export function checkEndpointReferences(state: RegionState, region: string, users: GroupUsers): void {
  checkServices(state, region);
  checkNotifications(state, region);
  const dependents = new Map<string, number>();
  const byOwner = new Map<string, number>();
  let byVpc = 0;
  for (const endpoint of rows(state.vpcEndpoints)) {
    const at = tablePath(region, 'vpcEndpoints', endpoint.VpcEndpointId);
    if (isAwsServiceEndpoint(endpoint)) checkAwsServiceEndpoint(region, endpoint);
    else expect(endpoint.ServiceName === serviceNameOf(region, endpoint.ServiceId), at, `names ${endpoint.ServiceId} as ${endpoint.ServiceName}`);
    expect(accountOfPrincipal(endpoint.RequesterArn) === endpoint.OwnerId, at, `was requested by ${endpoint.RequesterArn}, a principal of another account`);
    expect(getRow(state.vpcEndpointsByOwner[endpoint.OwnerId] ?? {}, endpoint.VpcEndpointId) !== undefined, at, 'is not indexed under its owner');
    expect(getRow(getRow(state.vpcEndpointsByVpc, endpoint.VpcId) ?? {}, endpoint.VpcEndpointId) !== undefined, at, 'is not indexed under its VPC');
    tally(byOwner, endpoint.OwnerId);
    byVpc++;
    // A deleted service leaves the world; only endpoints that let go of it may outlive it.
    const service = isAwsServiceEndpoint(endpoint) ? undefined : isLive(endpoint) ? mustFind(state.endpointServices, endpoint.ServiceId, at, 'endpoint service') : getRow(state.endpointServices, endpoint.ServiceId);
    if (service !== undefined) {
      expect(endpoint.ServiceOwnerId === service.OwnerId, at, `says ${endpoint.ServiceId} belongs to ${endpoint.ServiceOwnerId}, not ${service.OwnerId}`);
      expect(getRow(service.connections, endpoint.VpcEndpointId) === endpoint.OwnerId, at, `is not recorded in ${service.ServiceId}.connections`);
      if (isLive(endpoint)) checkEndpointZones(state, region, endpoint, service);
    }
    if (endpoint.State === 'deleted') continue;
    const vpc = mustFind(state.vpcs, endpoint.VpcId, at, 'VPC');
    expect(vpc.OwnerId === endpoint.OwnerId, at, `is in ${vpc.VpcId} of another account`);
    tally(dependents, endpoint.VpcId);
    for (const groupId of endpoint.Groups) {
      expect(mustFind(state.securityGroups, groupId, at, 'security group').VpcId === endpoint.VpcId, at, `uses ${groupId}, not a group of its VPC`);
      tally(users, groupId);
    }
  }
  for (const [ownerId, ids] of Object.entries(state.vpcEndpointsByOwner)) {
    expect(rowCount(ids) === (byOwner.get(ownerId) ?? 0), tablePath(region, 'vpcEndpointsByOwner', ownerId), 'indexes endpoints that are not this owner\'s');
  }
  let indexed = 0;
  for (const ids of rows(state.vpcEndpointsByVpc)) indexed += rowCount(ids);
  expect(indexed === byVpc, tablePath(region, 'vpcEndpointsByVpc'), 'indexes endpoints that are not in the region');
  for (const vpc of rows(state.vpcs)) {
    const endpoints = dependents.get(vpc.VpcId) ?? 0;
    expect(vpc.dependentCount === endpoints, pathOf(tablePath(region, 'vpcs', vpc.VpcId), 'dependentCount'), 'does not count the endpoints in the VPC');
    expect(vpc.interfaceEndpointCount === endpoints, pathOf(tablePath(region, 'vpcs', vpc.VpcId), 'interfaceEndpointCount'), 'does not count the endpoints in the VPC');
  }
  for (const group of rows(state.securityGroups)) {
    expect(group.userCount === (users.get(group.GroupId) ?? 0), pathOf(tablePath(region, 'securityGroups', group.GroupId), 'userCount'), 'does not count the interfaces and endpoints using the group');
  }
}

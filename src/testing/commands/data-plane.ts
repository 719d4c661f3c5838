/**
 * Data-plane commands: `cloud.connect` from a host in the endpoint's VPC, a peered VPC, an
 * unrelated VPC or an attached on-premises network, to the endpoint's regional name, one of
 * its zonal names (in the consumer's AZ names) or the service's private DNS name, on a
 * listener port or another one; and `cloud.close`. Every answer is checked against the
 * reference data plane: the failure reason, or the connection's AZ, NLB, target and port.
 *
 * @module
 */
import fc from 'fast-check';
import type { Cloud } from '../../cloud.js';
import type { Connection, ConnectionSource } from '../../data-plane/types.js';
import { formatIpv4, parseCidr } from '../../network/cidr.js';
import { fuzzFailure } from '../_internals/failure.js';
import { control, journaled } from '../model/attempt.js';
import { predictConnect, type ConnectPrediction, type ModelSource } from '../model/connect-rules.js';
import type { FuzzModel, ModelEndpoint } from '../model/fuzz-model.js';
import { pick, subnetsOf, zonesOf } from '../model/queries.js';
import { portKeyOf, releasePort } from '../model/reference.js';
import { defineFuzzCommand, type FuzzCommand } from './define.js';

type From = 'sameVpc' | 'peered' | 'otherVpc' | 'onPremises';
type Host = 'regional' | 'zonal' | 'private';

const lastHost = (cidr: string) => {
  const block = parseCidr(cidr);
  return block === undefined ? cidr : formatIpv4(block.base + block.size - 2);
};

/** The source as the request and the model see it, or `undefined` when none of that kind exists. */
function source(model: FuzzModel, endpoint: ModelEndpoint, from: From, n: number): { request: ConnectionSource; model: ModelSource } | undefined {
  if (from === 'onPremises') {
    const network = pick(model.onPremises.filter((o) => o.vpcId === endpoint.vpcId), n);
    if (network === undefined) return undefined;
    const ip = lastHost(network.cidr);
    return { request: { accountId: network.owner, network: network.id, ip }, model: { vpcId: undefined, resolvingVpcId: network.vpcId, ip, groups: [], path: 'on-premises' } };
  }
  const peered = (vpcId: string) => model.peerings.some((p) => p.status === 'active' && ((p.requesterVpcId === vpcId && p.accepterVpcId === endpoint.vpcId) || (p.accepterVpcId === vpcId && p.requesterVpcId === endpoint.vpcId)));
  const vpcs = model.vpcs.filter((v) => subnetsOf(model, v.id).length > 0 && (from === 'sameVpc' ? v.id === endpoint.vpcId : v.id !== endpoint.vpcId && peered(v.id) === (from === 'peered')));
  const vpc = pick(vpcs, n);
  const subnet = vpc === undefined ? undefined : pick(subnetsOf(model, vpc.id), n);
  if (vpc === undefined || subnet === undefined) return undefined;
  const ip = lastHost(subnet.cidr);
  const path = from === 'sameVpc' ? 'same-vpc' : from === 'peered' ? 'peering' : 'none';
  return { request: { accountId: vpc.owner, subnetId: subnet.id }, model: { vpcId: vpc.id, resolvingVpcId: vpc.id, ip, groups: [vpc.defaultSecurityGroupId], path } };
}

/** The endpoint a private name resolves to from `vpcId`: the first by id with private DNS on for a service verified for it. */
function privateResolution(model: FuzzModel, name: string, vpcId: string): ModelEndpoint | undefined {
  return model.endpoints
    .filter((e) => e.vpcId === vpcId && e.privateDnsEnabled && e.state !== 'deleted')
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .find((e) => {
      const s = model.services.find((x) => x.id === e.serviceId);
      return s?.privateDns?.state === 'verified' && s.privateDns.name === name;
    });
}

/** Checks an opened connection against the prediction and records it in the model. */
function accept(model: FuzzModel, c: Connection, predicted: Extract<ConnectPrediction, { kind: 'open' }>, pinned: string | undefined, path: ModelSource['path']): void {
  const zone = predicted.zones.find((z) => z.zoneId === c.availabilityZoneId);
  const target = zone?.targets.find((t) => t.ip === c.target.ip && t.port === c.target.port);
  const problems = [
    c.endpointId !== predicted.endpoint.id && `endpoint ${c.endpointId}, expected ${predicted.endpoint.id}`,
    zone === undefined && `AZ ${c.availabilityZoneId}, expected one of [${predicted.zones.map((z) => z.zoneId).join(', ')}]`,
    pinned !== undefined && c.availabilityZoneId !== pinned && `AZ ${c.availabilityZoneId} through a zonal name of ${pinned}`,
    zone !== undefined && c.loadBalancerArn !== zone.loadBalancerArn && `NLB ${c.loadBalancerArn}, expected ${zone.loadBalancerArn}`,
    zone !== undefined && c.targetGroupArn !== zone.targetGroupArn && `target group ${c.targetGroupArn}, expected ${zone.targetGroupArn}`,
    zone !== undefined && target === undefined && `target ${c.target.ip}:${c.target.port}, not eligible from ${zone.zoneId}`,
    target !== undefined && c.crossZone !== (target.zoneId !== c.availabilityZoneId) && `crossZone ${c.crossZone}`,
    c.seenSourceIp !== c.nodeIp && `the target sees ${c.seenSourceIp}, not the NLB node ${c.nodeIp}`,
    c.path.kind !== path && `path ${c.path.kind}, expected ${path}`,
  ].filter((p): p is string => typeof p === 'string');
  const tg = model.targetGroups.find((t) => t.arn === c.targetGroupArn);
  if (tg !== undefined && (c.proxyProtocolHeader !== undefined) !== tg.proxyProtocol) problems.push(`proxy protocol header ${c.proxyProtocolHeader === undefined ? 'missing' : 'present'}`);
  if (problems.length > 0 || zone === undefined || target === undefined) throw fuzzFailure(`connection ${c.id}: ${problems.join('; ')}`);
  model.connections.push({
    id: c.id,
    endpointId: c.endpointId,
    serviceId: c.serviceId,
    zoneId: c.availabilityZoneId,
    loadBalancerArn: c.loadBalancerArn,
    targetGroupArn: c.targetGroupArn,
    target: { ip: target.ip, port: target.port, zoneId: target.zoneId },
    portKey: portKeyOf(c.loadBalancerArn, c.availabilityZoneId, target.ip, target.port),
    ...(c.path.kind === 'peering' ? { via: c.path.vpcPeeringConnectionId } : c.path.kind === 'on-premises' ? { via: c.path.networkId } : {}),
  });
}

/**
 * `cloud.connect`.
 *
 * @example
 * const commands = fc.commands([connectCommand()], { maxCommands: 10 });
 */
export function connectCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'Connect',
    input: fc.record({
      endpoint: fc.nat(),
      from: fc.constantFrom<From>('sameVpc', 'sameVpc', 'sameVpc', 'peered', 'otherVpc', 'onPremises'),
      host: fc.constantFrom<Host>('regional', 'regional', 'regional', 'zonal', 'zonal', 'private'),
      pick: fc.nat(),
      listenerPort: fc.oneof({ arbitrary: fc.constant(true), weight: 4 }, { arbitrary: fc.constant(false), weight: 1 }),
      // Mostly an available endpoint: the paths that carry traffic.
      live: fc.oneof({ arbitrary: fc.constant(true), weight: 3 }, { arbitrary: fc.constant(false), weight: 1 }),
    }),
    check: (model) => model.endpoints.length > 0,
    run: (model, cloud, input) => {
      // Endpoints to AWS services answer AwsServiceNotModelled: their own command checks that.
      const customer = model.endpoints.filter((e) => e.awsService === undefined);
      const available = customer.filter((e) => e.state === 'available');
      const endpoint = pick(input.live && available.length > 0 ? available : customer, input.endpoint);
      const from = endpoint === undefined ? undefined : source(model, endpoint, input.from, input.pick);
      if (endpoint === undefined || from === undefined) return;
      const ports = endpoint.zones.flatMap((z) => model.listeners.filter((l) => l.loadBalancerArn === z.loadBalancerArn).map((l) => l.port));
      const port = input.listenerPort ? (pick(ports, input.pick) ?? 443) : 9_999;
      const zone = pick(endpoint.zones, input.pick);
      const service = model.services.find((s) => s.id === endpoint.serviceId);
      let host = endpoint.regionalDnsName;
      let resolved: ModelEndpoint | undefined = endpoint.state === 'deleted' ? undefined : endpoint;
      let pinned: string | undefined;
      if (input.host === 'zonal' && zone !== undefined) {
        const letter = zonesOf(model, endpoint.owner).indexOf(zone.zoneId);
        const [first = '', ...rest] = host.split('.');
        host = [`${first}-${model.region}${String.fromCharCode(97 + letter)}`, ...rest].join('.');
        pinned = zone.zoneId;
      } else if (input.host === 'private') {
        host = service?.privateDns?.name ?? 'api.example.com';
        resolved = privateResolution(model, host, from.model.resolvingVpcId);
      }
      const predicted = predictConnect(model, resolved, pinned, from.model, port);
      const result = journaled(model, cloud, (c: Cloud) => c.connect({ from: from.request, host, port }));
      model.coverage.record('cloud.connect', result.ok ? 'opened' : result.reason);
      if (!result.ok) {
        const expected = predicted.kind === 'fail' ? predicted.reason : predicted.mayExhaust ? 'PortAllocationError' : 'opened';
        if (result.reason !== expected) throw fuzzFailure(`connect to ${host}:${port} failed with ${result.reason} (${result.message}), expected ${expected}`);
        return;
      }
      if (predicted.kind === 'fail') throw fuzzFailure(`connect to ${host}:${port} opened connection ${result.connection.id}, expected ${predicted.reason}`);
      accept(model, result.connection, predicted, pinned, from.model.path);
    },
  });
}

/**
 * `cloud.close` of an open connection (or of one that is not: `false`).
 *
 * @example
 * const commands = fc.commands([closeCommand()], { maxCommands: 10 });
 */
export function closeCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'Close',
    input: fc.record({ pick: fc.nat(), open: fc.boolean() }),
    check: (model) => model.connections.length > 0,
    run: (model, cloud, { pick: n, open }) => {
      const connection = open ? pick(model.connections, n) : undefined;
      const id = connection?.id ?? 1_000_000 + n;
      const closed = control(model, cloud, 'cloud.close', (c) => c.close(id));
      if (closed !== (connection !== undefined)) throw fuzzFailure(`close(${id}) answered ${closed}`);
      if (connection === undefined) return;
      model.connections = model.connections.filter((c) => c.id !== id);
      releasePort(model, connection.portKey);
    },
  });
}

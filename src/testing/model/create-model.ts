/**
 * The reference model of a freshly built topology: everything `realizeTopology` created,
 * in the states the plan implies.
 *
 * @module
 */
import type { Cloud } from '../../cloud.js';
import type { CloudHistory } from '../invariants/history.js';
import type { RealizedTopology } from '../topology/realize.js';
import type { ModelEndpoint, ModelSecurityGroup, ModelSubnet, ModelVpc } from './fuzz-model.js';
import { parseEndpointDnsName } from '../../endpoints/dns-entries.js';
import { observeZones } from './endpoint-rules.js';
import { moveModelEndpoint } from './reference.js';
import { Coverage } from './coverage.js';
import { settle } from '../invariants/json-carry.js';
import { FullCheckSchedule } from './full-checks.js';
import type { FuzzModel } from './fuzz-model.js';
import type { VpcPlan } from '../topology/plan.js';

/** Options of {@link createFuzzModel}. */
export interface FuzzModelOptions {
  /** Shared across the runs of a campaign. @defaultValue a new one */
  coverage?: Coverage;
  /** Every invariant in full every N commands (on changes only in between); 0 only on changes. @defaultValue 1 */
  fullCheckEvery?: number;
  /**
   * A cadence shared with other runs (a campaign's); replaces `fullCheckEvery`.
   * @defaultValue a new schedule of `fullCheckEvery`
   */
  fullCheckSchedule?: FullCheckSchedule;
}

function vpcAndSubnets(owner: string, plan: VpcPlan, ids: { vpcId: string; subnetIds: string[]; defaultSecurityGroupId: string }): { vpc: ModelVpc; subnets: ModelSubnet[] } {
  return {
    vpc: { id: ids.vpcId, owner, cidr: plan.cidr, defaultSecurityGroupId: ids.defaultSecurityGroupId, dnsSupport: true, dnsHostnames: false, spareCidrs: [...plan.spareCidrs] },
    subnets: plan.subnets.map((s, i) => ({ id: ids.subnetIds[i] ?? '', owner, vpcId: ids.vpcId, cidr: s.cidr, zoneId: s.zoneId })),
  };
}

/** The NLBs' planned security group, as the model keeps groups (none when the plan has none). */
function planGroup(topology: RealizedTopology): ModelSecurityGroup[] {
  const { plan, provider } = topology;
  const guard = plan.provider.loadBalancerSecurityGroup;
  if (guard === undefined || provider.loadBalancerSecurityGroupId === undefined) return [];
  const rules = guard.ingressCidr === undefined ? [] : [`${plan.provider.listenerPort} ${guard.ingressCidr}`];
  return [{ id: provider.loadBalancerSecurityGroupId, owner: provider.accountId, vpcId: provider.vpcId, name: 'plan-nlb', isDefault: false, rules }];
}

/**
 * The model of `topology` as just built in `cloud` (with `history` recording it).
 *
 * @example
 * const cloud = createTopologyCloud(plan);
 * const history = recordHistory(cloud);
 * const model = createFuzzModel(cloud, realizeTopology(cloud, plan), history);
 */
export function createFuzzModel(cloud: Cloud, topology: RealizedTopology, history: CloudHistory, options: FuzzModelOptions = {}): FuzzModel {
  const { plan, provider } = topology;
  const p = vpcAndSubnets(provider.accountId, plan.provider.vpc, provider);
  const consumers = topology.consumers.map((c, i) => vpcAndSubnets(c.accountId, plan.consumers[i]?.vpc ?? { cidr: '', subnets: [], spareCidrs: [] }, c));
  const vpcs = [p.vpc, ...consumers.map((c) => c.vpc)];
  const model: FuzzModel = {
    topology,
    region: plan.region,
    accounts: [provider.accountId, ...topology.consumers.map((c) => c.accountId)],
    principals: [`arn:aws:iam::${provider.accountId}:root`, ...topology.consumers.flatMap((c) => c.principals)],
    vpcs,
    subnets: [...p.subnets, ...consumers.flatMap((c) => c.subnets)],
    securityGroups: [
      ...vpcs.map((v) => ({ id: v.defaultSecurityGroupId, owner: v.owner, vpcId: v.id, name: 'default', isDefault: true, rules: [] })),
      ...planGroup(topology),
    ],
    loadBalancers: plan.provider.loadBalancers.map((lbPlan, i) => {
      const subnets = lbPlan.subnets.map((j) => p.subnets[j]).filter((s): s is ModelSubnet => s !== undefined);
      return {
        arn: provider.loadBalancers[i]?.loadBalancerArn ?? '',
        owner: provider.accountId,
        vpcId: provider.vpcId,
        subnetIds: subnets.map((s) => s.id),
        zoneIds: subnets.map((s) => s.zoneId),
        crossZone: plan.provider.crossZone,
        securityGroups: provider.loadBalancerSecurityGroupId === undefined ? [] : [provider.loadBalancerSecurityGroupId],
        enforcePrivateLink: plan.provider.loadBalancerSecurityGroup?.enforcePrivateLink ?? 'on',
        serviceId: provider.serviceId,
      };
    }),
    targetGroups: provider.loadBalancers.map((lb) => ({
      arn: lb.targetGroupArn,
      owner: provider.accountId,
      vpcId: provider.vpcId,
      port: plan.provider.targetPort,
      proxyProtocol: plan.provider.proxyProtocol,
      targets: lb.targets.map((t) => ({ ...t, healthy: true })),
    })),
    listeners: provider.loadBalancers.map((lb) => ({
      arn: lb.listenerArn,
      owner: provider.accountId,
      loadBalancerArn: lb.loadBalancerArn,
      port: plan.provider.listenerPort,
      targetGroupArn: lb.targetGroupArn,
    })),
    services: [{
      id: provider.serviceId,
      name: provider.serviceName,
      owner: provider.accountId,
      acceptanceRequired: plan.provider.acceptanceRequired,
      principals: [...new Set(plan.provider.allowedPrincipals)],
      loadBalancerArns: provider.loadBalancers.map((lb) => lb.loadBalancerArn),
    }],
    endpoints: [],
    connections: [],
    peerings: [],
    onPremises: [],
    notifications: [],
    failedZones: new Set(),
    deniedPrincipals: new Set(),
    coolingPorts: new Map(),
    elbTags: new Map(),
    ec2Tags: new Map(),
    publishedTxt: new Set(),
    now: cloud.clock.now(),
    portCapacity: plan.portCapacity,
    portCooldownMs: cloud.world.timings.portCooldownMs,
    quotas: { ...plan.quotas },
    sequence: 0,
    coverage: options.coverage ?? new Coverage(),
    history,
    journal: [],
    fullChecks: options.fullCheckSchedule ?? new FullCheckSchedule(options.fullCheckEvery ?? 1),
    startWorld: cloud.world,
    // Walked now, so the first command's check covers only what it changed.
    checkedWorld: settle(cloud.world),
    commandsRun: 0,
  };
  topology.consumers.forEach((c, i) => {
    if (c.endpointId !== undefined) adoptPlannedEndpoint(model, cloud, c.endpointId, c.accountId, consumers[i]?.subnets ?? [], plan.consumers[i]?.endpointSubnets ?? []);
  });
  return model;
}

/** Adds an endpoint the plan created (as the consumer's root) to the model. */
function adoptPlannedEndpoint(model: FuzzModel, cloud: Cloud, endpointId: string, owner: string, subnets: readonly ModelSubnet[], indexes: readonly number[]): void {
  const service = model.services[0];
  const vpc = model.vpcs.find((v) => v.owner === owner);
  if (service === undefined || vpc === undefined) return;
  const chosen = indexes.map((i) => subnets[i]).filter((s): s is ModelSubnet => s !== undefined);
  const described = cloud.ec2({ accountId: owner, region: model.region }).describeVpcEndpoints({ VpcEndpointIds: [endpointId] }).VpcEndpoints[0];
  const regional = (described?.DnsEntries ?? []).map((d) => d.DnsName ?? '').find((n) => parseEndpointDnsName(n)?.zoneName === undefined) ?? '';
  const endpoint: ModelEndpoint = {
    id: endpointId,
    owner,
    requester: `arn:aws:iam::${owner}:root`,
    vpcId: vpc.id,
    serviceId: service.id,
    state: service.acceptanceRequired ? 'pendingAcceptance' : 'pending',
    zones: observeZones(model, cloud.world, endpointId, service, chosen),
    groups: [vpc.defaultSecurityGroupId],
    privateDnsEnabled: false,
    regionalDnsName: regional,
  };
  model.endpoints.push(endpoint);
  moveModelEndpoint(model, endpoint, endpoint.state);
}

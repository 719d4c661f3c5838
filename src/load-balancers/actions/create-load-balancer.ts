/**
 * ELBv2 `CreateLoadBalancer` for Network Load Balancers: a node (network interface with a
 * private IPv4 address) in each requested subnet, at most one subnet per AZ, all in one VPC.
 * The answer shows `provisioning`; the load balancer machine moves it to `active`.
 * Calling again with the same name and settings returns the existing load balancer, as AWS
 * does; the same name with other settings is `DuplicateLoadBalancerName`. A new one past
 * the account's Network Load Balancers per Region quota is `TooManyLoadBalancers`.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { errors } from '../../core/errors.js';
import { getRow, putRow, tableIn } from '../../core/table.js';
import type { Tag } from '../../core/tags.js';
import { ELB_HEX_LENGTH, loadBalancerArnOf, loadBalancerDnsName } from '../arns.js';
import { scheduleProvisioning } from '../lifecycle.js';
import { defaultLoadBalancerAttributes } from '../load-balancer-attributes.js';
import type { LoadBalancerRecord } from '../model.js';
import { checkLoadBalancerName } from '../names.js';
import { createNode, planNodes, readSubnetRequests, type SubnetRequest } from '../nodes.js';
import { renderLoadBalancer, type LoadBalancer } from '../render.js';
import { checkSecurityGroupCount, checkSecurityGroups } from '../security-groups.js';
import { exceedsQuota } from '../../quotas/limits.js';
import { accountUsage, countUsage } from '../../quotas/usage.js';

/** SDK v3 `CreateLoadBalancerInput` (the fields an IPv4 NLB uses). */
export interface CreateLoadBalancerInput {
  Name: string | undefined;
  Subnets?: string[] | undefined;
  SubnetMappings?: { SubnetId?: string | undefined; AllocationId?: string | undefined; PrivateIPv4Address?: string | undefined; IPv6Address?: string | undefined }[] | undefined;
  SecurityGroups?: string[] | undefined;
  Scheme?: 'internet-facing' | 'internal' | undefined;
  Tags?: Tag[] | undefined;
  Type?: 'application' | 'network' | 'gateway' | undefined;
  IpAddressType?: 'ipv4' | 'dualstack' | 'dualstack-without-public-ipv4' | undefined;
}

/** SDK v3 `CreateLoadBalancerOutput`. */
export interface CreateLoadBalancerOutput {
  LoadBalancers: LoadBalancer[];
}

const TYPES = ['application', 'network', 'gateway'] as const;
const IP_TYPES = ['ipv4', 'dualstack', 'dualstack-without-public-ipv4'] as const;

/** Whether an existing NLB was created with the same settings (AWS's idempotent create). */
function sameSettings(lb: LoadBalancerRecord, scheme: string, subnets: readonly SubnetRequest[], groups: readonly string[]): boolean {
  const ids = (list: readonly string[]) => [...list].sort().join(',');
  return (
    lb.Scheme === scheme &&
    ids(lb.nodes.map((n) => n.SubnetId)) === ids(subnets.map((s) => s.SubnetId)) &&
    ids(lb.SecurityGroups) === ids(groups)
  );
}

/**
 * `CreateLoadBalancer` (`Type: 'network'` only: the model serves NLBs, the load balancers an
 * endpoint service fronts).
 *
 * @example
 * const { LoadBalancers } = elbv2.createLoadBalancer({
 *   Name: 'svc-nlb', Type: 'network', Scheme: 'internal', Subnets: [subnetA, subnetB],
 * });
 */
export const createLoadBalancer = defineAction<CreateLoadBalancerInput, CreateLoadBalancerOutput>()({
  name: 'CreateLoadBalancer',
  api: 'elbv2',
  parse: (p) => {
    const name = checkLoadBalancerName(p.string('Name'));
    const type = p.optionalEnum('Type', TYPES) ?? 'application';
    if (type !== 'network') {
      throw errors.validationError(
        `Load balancer type '${type}'${p.has('Type') ? '' : ' (the default when Type is omitted)'} is not supported: privatelink-model serves Network Load Balancers only (Type 'network'), the load balancers an endpoint service uses`,
      );
    }
    const ipAddressType = p.optionalEnum('IpAddressType', IP_TYPES) ?? 'ipv4';
    if (ipAddressType !== 'ipv4') {
      throw errors.validationError(`IP address type '${ipAddressType}' is not supported: an endpoint service carries IPv4 traffic only (IpAddressType 'ipv4')`);
    }
    return {
      name,
      scheme: p.optionalEnum('Scheme', ['internet-facing', 'internal'] as const) ?? 'internet-facing',
      subnets: readSubnetRequests(p),
      securityGroups: p.optionalStringList('SecurityGroups') ?? [],
      tags: p.tagList('Tags'),
    };
  },
  apply: (ctx, input) => {
    const { accountId, region } = ctx.caller;
    const existingArn = getRow(ctx.region.loadBalancerNames[accountId] ?? {}, input.name);
    const existing = existingArn === undefined ? undefined : getRow(ctx.region.loadBalancers, existingArn);
    if (existing !== undefined) {
      if (!sameSettings(existing, input.scheme, input.subnets, input.securityGroups)) throw errors.loadBalancerNameTaken(input.name);
      return { LoadBalancers: [renderLoadBalancer(ctx.world, region, existing)] };
    }
    if (exceedsQuota(ctx.world, 'networkLoadBalancersPerRegion', accountUsage(ctx.region, accountId).loadBalancers)) {
      throw errors.tooManyLoadBalancers(accountId);
    }
    const { vpcId, plans } = planNodes(ctx.region, accountId, input.subnets, input.scheme);
    checkSecurityGroupCount(ctx.world, input.securityGroups.length);
    checkSecurityGroups(ctx.region, accountId, vpcId, input.securityGroups);
    const hex = ctx.mintHex('loadbalancer', ELB_HEX_LENGTH);
    const arn = loadBalancerArnOf(region, accountId, input.name, hex);
    const description = `ELB net/${input.name}/${hex}`;
    const nodes = plans.map((plan) => createNode(ctx, ctx.region, plan, { accountId, description, groups: input.securityGroups }));
    // Object.assign rather than a spread inside the literal (see `renderNetworkInterface`);
    // the keys keep their order, so snapshots are the same bytes.
    const lb: LoadBalancerRecord = Object.assign(
      {
        LoadBalancerArn: arn,
        LoadBalancerName: input.name,
        DNSName: loadBalancerDnsName(region, input.name, hex),
        OwnerId: accountId,
        Scheme: input.scheme,
        VpcId: vpcId,
        State: 'provisioning' as const,
        IpAddressType: 'ipv4' as const,
        nodes,
        SecurityGroups: input.securityGroups,
      },
      input.securityGroups.length > 0 ? { EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic: 'on' as const } : {},
      { attributes: defaultLoadBalancerAttributes(), Tags: input.tags, listenerArns: [], usedByServiceIds: [], createdAt: ctx.now },
    );
    putRow(ctx.region.loadBalancers, arn, lb);
    putRow(tableIn(ctx.region.loadBalancerNames, accountId), input.name, arn);
    countUsage(ctx.region, accountId, 'loadBalancers', 1);
    ctx.emit({ type: 'ResourceCreated', region, accountId, resourceType: 'load-balancer', resourceId: arn });
    scheduleProvisioning(ctx, region, arn);
    return { LoadBalancers: [renderLoadBalancer(ctx.world, region, lb)] };
  },
});

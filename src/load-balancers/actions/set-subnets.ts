/**
 * ELBv2 `SetSubnets` for a Network Load Balancer: the given subnets replace the enabled
 * ones. A new AZ gets a node; an AZ left out loses its node (its network interface is
 * deleted and the NLB's targets there become `unused`, their connections cut). As AWS
 * documents: one subnet per AZ, all in the NLB's VPC; changing the subnet of an enabled AZ
 * takes two calls (remove, then add); no subnet can be removed while an endpoint service
 * uses the NLB.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { errors } from '../../core/errors.js';
import { deleteNetworkInterface } from '../../network/interfaces.js';
import { checkElbArn } from '../arns.js';
import { attachedTargetGroups } from '../attached.js';
import { requireLoadBalancer } from '../lookup.js';
import { createNode, planNodes, readSubnetRequests } from '../nodes.js';
import { renderLoadBalancer, type LoadBalancerAvailabilityZone } from '../render.js';
import { isLoadBalancerInUse } from '../usage.js';
import { rows } from '../../core/table.js';

/** SDK v3 `SetSubnetsInput` (IPv4 fields). */
export interface SetSubnetsInput {
  LoadBalancerArn: string | undefined;
  Subnets?: string[] | undefined;
  SubnetMappings?: { SubnetId?: string | undefined; AllocationId?: string | undefined; PrivateIPv4Address?: string | undefined; IPv6Address?: string | undefined }[] | undefined;
  IpAddressType?: 'ipv4' | 'dualstack' | 'dualstack-without-public-ipv4' | undefined;
}

/** SDK v3 `SetSubnetsOutput`. */
export interface SetSubnetsOutput {
  AvailabilityZones: LoadBalancerAvailabilityZone[];
  IpAddressType: 'ipv4';
}

/**
 * `SetSubnets`.
 *
 * @example
 * elbv2.setSubnets({ LoadBalancerArn, Subnets: [subnetA, subnetB, subnetC] }); // adds AZ c
 */
export const setSubnets = defineAction<SetSubnetsInput, SetSubnetsOutput>()({
  name: 'SetSubnets',
  api: 'elbv2',
  parse: (p) => {
    const ipAddressType = p.optionalEnum('IpAddressType', ['ipv4', 'dualstack', 'dualstack-without-public-ipv4'] as const);
    if (ipAddressType !== undefined && ipAddressType !== 'ipv4') {
      throw errors.validationError(`IP address type '${ipAddressType}' is not supported: an endpoint service carries IPv4 traffic only (IpAddressType 'ipv4')`);
    }
    return { arn: checkElbArn(p.string('LoadBalancerArn'), 'loadbalancer'), subnets: readSubnetRequests(p) };
  },
  apply: (ctx, { arn, subnets }) => {
    const { accountId, region } = ctx.caller;
    const lb = requireLoadBalancer(ctx.region, accountId, arn);
    const attached = new Set(lb.nodes.map((node) => node.SubnetId));
    const { plans } = planNodes(ctx.region, accountId, subnets, lb.Scheme, lb.VpcId, attached);
    const wanted = new Map(plans.map((plan) => [plan.subnet.AvailabilityZoneId, plan]));
    for (const node of lb.nodes) {
      const plan = wanted.get(node.AvailabilityZoneId);
      if (plan !== undefined && plan.subnet.SubnetId !== node.SubnetId) {
        throw errors.invalidConfigurationRequest(
          `The subnet of Availability Zone '${node.AvailabilityZoneId}' cannot be changed in one call: remove subnet '${node.SubnetId}' first, then add subnet '${plan.subnet.SubnetId}'`,
        );
      }
    }
    const removed = lb.nodes.filter((node) => !wanted.has(node.AvailabilityZoneId));
    if (removed.length > 0 && isLoadBalancerInUse(lb)) {
      throw errors.invalidConfigurationRequest(`Subnets cannot be removed from load balancer '${arn}' because it has active VPC endpoint associations`);
    }
    const kept = new Set(lb.nodes.map((node) => node.AvailabilityZoneId));
    const description = `ELB net/${lb.LoadBalancerName}/${arn.slice(arn.lastIndexOf('/') + 1)}`;
    for (const node of removed) {
      deleteNetworkInterface(ctx.region, node.NetworkInterfaceId);
      for (const tg of attachedTargetGroups(ctx.region, lb)) {
        for (const target of rows(tg.targets)) {
          if (target.AvailabilityZoneId !== node.AvailabilityZoneId) continue;
          ctx.emit({
            type: 'DataPathCut',
            region,
            scope: { kind: 'target', targetGroupArn: tg.TargetGroupArn, targetId: target.Id, port: target.Port },
            reason: `Availability Zone ${node.AvailabilityZoneId} removed from load balancer ${arn}`,
          });
        }
      }
    }
    lb.nodes = lb.nodes.filter((node) => wanted.has(node.AvailabilityZoneId));
    for (const plan of plans) {
      if (kept.has(plan.subnet.AvailabilityZoneId)) continue;
      lb.nodes.push(createNode(ctx, ctx.region, plan, { accountId, description, groups: lb.SecurityGroups }));
    }
    return { AvailabilityZones: renderLoadBalancer(ctx.world, region, lb).AvailabilityZones, IpAddressType: 'ipv4' };
  },
});

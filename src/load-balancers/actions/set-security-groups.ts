/**
 * ELBv2 `SetSecurityGroups` for a Network Load Balancer: the given groups replace its
 * groups, on the load balancer and on every node's network interface, and
 * `EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic` says whether they filter traffic
 * from interface endpoints. As AWS documents ("Security groups for your Network Load
 * Balancer"): an NLB created without security groups can never get any
 * (`InvalidConfigurationRequest`), one created with them keeps at least one; each group is
 * the caller's and in the NLB's VPC (`InvalidSecurityGroup`); at most 5 (the security groups
 * per network interface quota). Connections already open stay open: security groups are
 * stateful, a rule change affects new connections.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { errors } from '../../core/errors.js';
import { checkElbArn } from '../arns.js';
import { requireLoadBalancer } from '../lookup.js';
import type { PrivateLinkEnforcement } from '../model.js';
import { checkSecurityGroupCount, checkSecurityGroups, setLoadBalancerGroups } from '../security-groups.js';

/** SDK v3 `SetSecurityGroupsInput`. */
export interface SetSecurityGroupsInput {
  LoadBalancerArn: string | undefined;
  SecurityGroups: string[] | undefined;
  EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic?: PrivateLinkEnforcement | undefined;
}

/** SDK v3 `SetSecurityGroupsOutput`. */
export interface SetSecurityGroupsOutput {
  SecurityGroupIds: string[];
  EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic: PrivateLinkEnforcement;
}

/**
 * `SetSecurityGroups`. Without `EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic` the
 * NLB keeps its current setting.
 *
 * @example
 * elbv2.setSecurityGroups({ LoadBalancerArn, SecurityGroups: [groupId], EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic: 'off' });
 * // { SecurityGroupIds: [groupId], EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic: 'off' }
 */
export const setSecurityGroups = defineAction<SetSecurityGroupsInput, SetSecurityGroupsOutput>()({
  name: 'SetSecurityGroups',
  api: 'elbv2',
  parse: (p) => {
    const arn = checkElbArn(p.string('LoadBalancerArn'), 'loadbalancer');
    const groups = p.optionalStringList('SecurityGroups');
    if (groups === undefined) throw p.missing('SecurityGroups');
    const enforce = p.optionalEnum('EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic', ['on', 'off'] as const);
    return { arn, groups, enforce };
  },
  apply: (ctx, { arn, groups, enforce }) => {
    const lb = requireLoadBalancer(ctx.region, ctx.caller.accountId, arn);
    if (lb.SecurityGroups.length === 0) throw errors.nlbCreatedWithoutSecurityGroups();
    if (groups.length === 0) throw errors.nlbSecurityGroupsRequired();
    checkSecurityGroupCount(ctx.world, groups.length);
    checkSecurityGroups(ctx.region, ctx.caller.accountId, lb.VpcId, groups);
    const setting = enforce ?? lb.EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic ?? 'on';
    setLoadBalancerGroups(ctx.region, lb, groups, setting);
    return { SecurityGroupIds: [...groups], EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic: setting };
  },
});

/**
 * Read-only commands: every describe action the model implements, as one of the plan's
 * accounts, with what it needs (its own VPC, service, NLB or target group). A describe must
 * succeed and leave `cloud.world` the same object; paged reads (`MaxResults` 5) must list
 * what one unpaged read lists; and the caller's endpoints must show the states the reference
 * model predicts.
 *
 * @module
 */
import fc from 'fast-check';
import type { Cloud } from '../../cloud.js';
import { fuzzFailure } from '../_internals/failure.js';
import { allPages } from '../_internals/paging.js';
import { attempt, expectOutcome } from '../model/attempt.js';
import type { FuzzModel } from '../model/fuzz-model.js';
import { identityOf, pick } from '../model/queries.js';
import { defineFuzzCommand, type FuzzCommand } from './define.js';

type Read = (c: Cloud) => unknown;

/**
 * Every describe {@link describeCommand} covers.
 *
 * @example
 * DESCRIBE_ACTIONS.includes('DescribeVpcEndpointServices'); // true
 */
export const DESCRIBE_ACTIONS = [
  'DescribeAvailabilityZones', 'DescribeVpcs', 'DescribeSubnets', 'DescribeSecurityGroups', 'DescribeVpcAttribute',
  'DescribeVpcPeeringConnections', 'DescribeVpcEndpoints', 'DescribeVpcEndpointServices', 'DescribeVpcEndpointServiceConfigurations',
  'DescribeVpcEndpointServicePermissions', 'DescribeVpcEndpointConnections', 'DescribeVpcEndpointConnectionNotifications',
  'DescribeLoadBalancers', 'DescribeLoadBalancerAttributes', 'DescribeListeners', 'DescribeTargetGroups', 'DescribeTargetHealth',
  'DescribeTargetGroupAttributes', 'DescribeRouteTables', 'DescribePrefixLists',
] as const;

/** The describes `account` can make now, by action name. */
function describes(model: FuzzModel, account: string, n: number): Record<(typeof DESCRIBE_ACTIONS)[number], Read | undefined> {
  const me = identityOf(model, account);
  const vpc = pick(model.vpcs.filter((v) => v.owner === account), n);
  const service = pick(model.services.filter((s) => s.owner === account), n);
  const lb = pick(model.loadBalancers.filter((l) => l.owner === account), n);
  const tg = pick(model.targetGroups.filter((t) => t.owner === account), n);
  return {
    DescribeAvailabilityZones: (c) => c.ec2(me).describeAvailabilityZones(),
    DescribeVpcs: (c) => c.ec2(me).describeVpcs(),
    DescribeSubnets: (c) => c.ec2(me).describeSubnets(),
    DescribeSecurityGroups: (c) => c.ec2(me).describeSecurityGroups(),
    DescribeVpcAttribute: vpc && ((c) => c.ec2(me).describeVpcAttribute({ VpcId: vpc.id, Attribute: 'enableDnsHostnames' })),
    DescribeVpcPeeringConnections: (c) => c.ec2(me).describeVpcPeeringConnections(),
    DescribeVpcEndpoints: (c) => c.ec2(me).describeVpcEndpoints(),
    DescribeVpcEndpointServices: (c) => c.ec2(me).describeVpcEndpointServices(),
    DescribeVpcEndpointServiceConfigurations: (c) => c.ec2(me).describeVpcEndpointServiceConfigurations(),
    DescribeVpcEndpointServicePermissions: service && ((c) => c.ec2(me).describeVpcEndpointServicePermissions({ ServiceId: service.id })),
    DescribeVpcEndpointConnections: (c) => c.ec2(me).describeVpcEndpointConnections(),
    DescribeVpcEndpointConnectionNotifications: (c) => c.ec2(me).describeVpcEndpointConnectionNotifications(),
    DescribeLoadBalancers: (c) => c.elbv2(me).describeLoadBalancers(),
    DescribeLoadBalancerAttributes: lb && ((c) => c.elbv2(me).describeLoadBalancerAttributes({ LoadBalancerArn: lb.arn })),
    DescribeListeners: lb && ((c) => c.elbv2(me).describeListeners({ LoadBalancerArn: lb.arn })),
    DescribeTargetGroups: (c) => c.elbv2(me).describeTargetGroups(),
    DescribeTargetHealth: tg && ((c) => c.elbv2(me).describeTargetHealth({ TargetGroupArn: tg.arn })),
    DescribeTargetGroupAttributes: tg && ((c) => c.elbv2(me).describeTargetGroupAttributes({ TargetGroupArn: tg.arn })),
    DescribeRouteTables: (c) => c.ec2(me).describeRouteTables(vpc ? { Filters: [{ Name: 'vpc-id', Values: [vpc.id] }] } : {}),
    DescribePrefixLists: (c) => c.ec2(me).describePrefixLists(),
  };
}

/** Checks that the caller's endpoints show the states the model predicts. */
function checkEndpointStates(model: FuzzModel, cloud: Cloud, account: string): void {
  const listed = new Map(cloud.ec2(identityOf(model, account)).describeVpcEndpoints().VpcEndpoints.map((e) => [e.VpcEndpointId, e.State]));
  for (const e of model.endpoints) {
    if (e.owner !== account || e.state === 'deleted') continue;
    const state = listed.get(e.id);
    if (state !== e.state) throw fuzzFailure(`endpoint ${e.id} is ${state ?? 'not listed'}, the model expected ${e.state}`);
  }
}

/** Checks that the caller has exactly one main route table per VPC the model knows it has. */
function checkRouteTables(model: FuzzModel, cloud: Cloud, account: string): void {
  const listed = cloud.ec2(identityOf(model, account)).describeRouteTables({ Filters: [{ Name: 'association.main', Values: ['true'] }] }).RouteTables.map((t) => t.VpcId).sort();
  const expected = model.vpcs.filter((v) => v.owner === account).map((v) => v.id).sort();
  if (listed.join(',') !== expected.join(',')) throw fuzzFailure(`DescribeRouteTables lists main tables of [${listed.join(', ')}], the model expected [${expected.join(', ')}]`);
}

/** Checks that pages of 5 list what one unpaged read lists. */
function checkPaging(model: FuzzModel, cloud: Cloud, account: string): void {
  const ec2 = cloud.ec2(identityOf(model, account));
  const whole = ec2.describeSubnets().Subnets.map((s) => s.SubnetId).sort();
  const paged = allPages((NextToken) => ec2.describeSubnets({ MaxResults: 5, ...(NextToken === undefined ? {} : { NextToken }) }), (p) => p.Subnets).map((s) => s.SubnetId).sort();
  if (whole.join(',') !== paged.join(',')) throw fuzzFailure(`DescribeSubnets pages list [${paged.join(', ')}], one read lists [${whole.join(', ')}]`);
}

/**
 * One describe, as one of the plan's accounts.
 *
 * @example
 * const commands = fc.commands([describeCommand()], { maxCommands: 10 });
 */
export function describeCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'Describe',
    input: fc.record({ action: fc.constantFrom(...DESCRIBE_ACTIONS), who: fc.nat(), pick: fc.nat() }),
    run: (model, cloud, { action, who, pick: n }) => {
      // The drawn account first; when it has nothing this describe names (a load balancer, a
      // target group...), the next account that has.
      let account = '';
      let read: Read | undefined;
      for (let i = 0; i < model.accounts.length && read === undefined; i++) {
        account = pick(model.accounts, who + i) ?? '';
        read = describes(model, account, n)[action];
      }
      if (read === undefined) return;
      const before = cloud.world;
      attempt(model, cloud, action, expectOutcome('ok'), read);
      if (cloud.world !== before) throw fuzzFailure(`${action} changed the world`);
      if (action === 'DescribeVpcEndpoints') checkEndpointStates(model, cloud, account);
      if (action === 'DescribeSubnets') checkPaging(model, cloud, account);
      if (action === 'DescribeRouteTables') checkRouteTables(model, cloud, account);
    },
  });
}

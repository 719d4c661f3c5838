/**
 * Network Load Balancer commands: `CreateLoadBalancer` (one subnet per AZ; two in one AZ is
 * `InvalidConfigurationRequest`, a subnet with fewer than 8 free addresses `InvalidSubnet`,
 * first of all `TooManyLoadBalancers` past the quota; sometimes with security groups),
 * `DeleteLoadBalancer` (`ResourceInUse` while an endpoint service uses it), `SetSubnets`
 * (adding an AZ; removing one is refused while a service uses the NLB), and
 * `ModifyLoadBalancerAttributes` (cross-zone load balancing).
 *
 * @module
 */
import fc from 'fast-check';
import { firstOf, present } from '../_internals/first.js';
import { attempt, expectOutcome } from '../model/attempt.js';
import type { FuzzModel, ModelSubnet } from '../model/fuzz-model.js';
import { freeAddresses, identityOf, nextName, pick, subnetsOf } from '../model/queries.js';
import { quotaRefusal } from '../model/quota-rules.js';
import { cutConnections } from '../model/reference.js';
import { defineFuzzCommand, type FuzzCommand } from './define.js';
import { groupPicks, groupsOutcome, pickGroups } from './load-balancer-security-groups.js';

/** What `CreateLoadBalancer`/`SetSubnets` answer for these subnets, checked in order as AWS does. */
function nodePlanOutcome(model: FuzzModel, subnets: readonly ModelSubnet[]): string {
  const zones = new Set<string>();
  for (const s of subnets) {
    if (zones.has(s.zoneId)) return 'InvalidConfigurationRequest';
    zones.add(s.zoneId);
    if (freeAddresses(model, s) < 8) return 'InvalidSubnet';
  }
  return 'ok';
}

/**
 * `CreateLoadBalancer` (internal, network) in one of the model's VPCs.
 *
 * @example
 * const commands = fc.commands([createLoadBalancerCommand()], { maxCommands: 10 });
 */
export function createLoadBalancerCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'CreateLoadBalancer',
    input: fc.record({
      vpc: fc.nat(),
      subnets: fc.uniqueArray(fc.nat({ max: 7 }), { minLength: 1, maxLength: 3 }),
      // Now and then with security groups (then SetSecurityGroups may change them).
      groups: fc.oneof({ weight: 2, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: groupPicks(1) }),
    }),
    check: (model) => model.subnets.length > 0,
    run: (model, cloud, { vpc, subnets, groups: picks }) => {
      const withSubnets = model.vpcs.filter((v) => subnetsOf(model, v.id).length > 0);
      const target = pick(withSubnets, vpc);
      if (target === undefined) return;
      const candidates = subnetsOf(model, target.id);
      const chosen = [...new Set(subnets.map((i) => pick(candidates, i)).filter((s): s is ModelSubnet => s !== undefined))];
      const name = nextName(model, 'fuzz-nlb');
      // The quota is checked before the subnets.
      const groups = pickGroups(model, target.id, picks);
      const planned = nodePlanOutcome(model, chosen);
      const expected = quotaRefusal(model, 'networkLoadBalancersPerRegion', target.owner) ?? (planned === 'ok' ? groupsOutcome(model, target.owner, target.id, groups) : planned);
      const r = attempt(model, cloud, 'CreateLoadBalancer', expectOutcome(expected), (c) =>
        c.elbv2(identityOf(model, target.owner)).createLoadBalancer({
          Name: name,
          Type: 'network',
          Scheme: 'internal',
          Subnets: chosen.map((s) => s.id),
          ...(groups.length > 0 ? { SecurityGroups: groups } : {}),
        }),
      );
      if (!r.ok) return;
      const lb = firstOf(r.value.LoadBalancers, 'a load balancer');
      model.loadBalancers.push({
        arn: present(lb.LoadBalancerArn, 'LoadBalancerArn'),
        owner: target.owner,
        vpcId: target.id,
        subnetIds: chosen.map((s) => s.id),
        zoneIds: chosen.map((s) => s.zoneId),
        crossZone: false,
        securityGroups: groups,
        enforcePrivateLink: 'on',
      });
    },
  });
}

/**
 * `DeleteLoadBalancer`.
 *
 * @example
 * const commands = fc.commands([deleteLoadBalancerCommand()], { maxCommands: 10 });
 */
export function deleteLoadBalancerCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'DeleteLoadBalancer',
    input: fc.nat(),
    check: (model) => model.loadBalancers.length > 0,
    run: (model, cloud, n) => {
      const lb = pick(model.loadBalancers, n);
      if (lb === undefined) return;
      const r = attempt(model, cloud, 'DeleteLoadBalancer', expectOutcome(lb.serviceId !== undefined ? 'ResourceInUse' : 'ok'), (c) =>
        c.elbv2(identityOf(model, lb.owner)).deleteLoadBalancer({ LoadBalancerArn: lb.arn }),
      );
      if (!r.ok) return;
      cutConnections(model, (c) => c.loadBalancerArn === lb.arn);
      model.loadBalancers = model.loadBalancers.filter((l) => l.arn !== lb.arn);
      model.listeners = model.listeners.filter((l) => l.loadBalancerArn !== lb.arn);
    },
  });
}

/**
 * `SetSubnets`: add a subnet in a new AZ, or drop one AZ.
 *
 * @example
 * const commands = fc.commands([setSubnetsCommand()], { maxCommands: 10 });
 */
export function setSubnetsCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'SetSubnets',
    input: fc.record({ lb: fc.nat(), subnet: fc.nat(), add: fc.boolean() }),
    check: (model) => model.loadBalancers.length > 0,
    run: (model, cloud, { lb: n, subnet, add }) => {
      const lb = pick(model.loadBalancers, n);
      if (lb === undefined) return;
      const current = lb.subnetIds.map((id) => model.subnets.find((s) => s.id === id)).filter((s): s is ModelSubnet => s !== undefined);
      let next: ModelSubnet[];
      let expected: string;
      if (add) {
        const extra = pick(subnetsOf(model, lb.vpcId).filter((s) => !lb.zoneIds.includes(s.zoneId)), subnet);
        if (extra === undefined) return;
        next = [...current, extra];
        expected = freeAddresses(model, extra) < 8 ? 'InvalidSubnet' : 'ok';
      } else {
        const dropped = pick(current, subnet);
        if (dropped === undefined || current.length < 2) return;
        next = current.filter((s) => s.id !== dropped.id);
        expected = lb.serviceId !== undefined ? 'InvalidConfigurationRequest' : 'ok';
      }
      const r = attempt(model, cloud, 'SetSubnets', expectOutcome(expected), (c) =>
        c.elbv2(identityOf(model, lb.owner)).setSubnets({ LoadBalancerArn: lb.arn, Subnets: next.map((s) => s.id) }),
      );
      if (!r.ok) return;
      lb.subnetIds = next.map((s) => s.id);
      lb.zoneIds = next.map((s) => s.zoneId);
    },
  });
}

/**
 * `ModifyLoadBalancerAttributes` of `load_balancing.cross_zone.enabled`.
 *
 * @example
 * const commands = fc.commands([modifyLoadBalancerAttributesCommand()], { maxCommands: 10 });
 */
export function modifyLoadBalancerAttributesCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'ModifyLoadBalancerAttributes',
    input: fc.record({ lb: fc.nat(), crossZone: fc.boolean() }),
    check: (model) => model.loadBalancers.length > 0,
    run: (model, cloud, { lb: n, crossZone }) => {
      const lb = pick(model.loadBalancers, n);
      if (lb === undefined) return;
      const r = attempt(model, cloud, 'ModifyLoadBalancerAttributes', expectOutcome('ok'), (c) =>
        c.elbv2(identityOf(model, lb.owner)).modifyLoadBalancerAttributes({
          LoadBalancerArn: lb.arn,
          Attributes: [{ Key: 'load_balancing.cross_zone.enabled', Value: String(crossZone) }],
        }),
      );
      if (r.ok) lb.crossZone = crossZone;
    },
  });
}

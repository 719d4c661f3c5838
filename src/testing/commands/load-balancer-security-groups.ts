/**
 * Security groups of Network Load Balancers in the fuzzer: the groups `CreateLoadBalancer`
 * sometimes gives, and `SetSecurityGroups` (`InvalidConfigurationRequest` for an NLB created
 * without groups, `ValidationError` for none, `InvalidConfigurationRequest` past the security
 * groups per network interface quota, `InvalidSecurityGroup` for a group not the owner's or
 * not in the NLB's VPC, `LoadBalancerNotFound` asked by another account), with the PrivateLink
 * enforcement switched on and off.
 *
 * @module
 */
import fc from 'fast-check';
import { attempt, expectOutcome } from '../model/attempt.js';
import type { FuzzModel, ModelLoadBalancer } from '../model/fuzz-model.js';
import { identityOf, pick } from '../model/queries.js';
import { defineFuzzCommand, type FuzzCommand } from './define.js';

/**
 * Groups for a load balancer in `vpcId`: indexes into its VPC's groups first, then every
 * other group of the model (so a few picks are another VPC's or another account's).
 *
 * @example
 * pickGroups(model, vpcId, [0, 1]); // ['sg-...', 'sg-...']
 */
export function pickGroups(model: FuzzModel, vpcId: string, picks: readonly number[]): string[] {
  const own = model.securityGroups.filter((g) => g.vpcId === vpcId);
  const others = model.securityGroups.filter((g) => g.vpcId !== vpcId);
  const chosen = picks.map((i) => (i < FOREIGN_PICK || others.length === 0 ? pick(own, i) : pick(others, i))?.id);
  return [...new Set(chosen.filter((id): id is string => id !== undefined))];
}

/** Picks from 0 to this one choose among the VPC's groups; the rest among the others. */
const FOREIGN_PICK = 8;

/**
 * Indexes for {@link pickGroups}: mostly one group (the security groups per network
 * interface quota may be 1), a fifth of picks outside the VPC.
 *
 * @example
 * fc.sample(groupPicks(1), 1); // [[3]]
 */
export function groupPicks(minLength: 0 | 1): fc.Arbitrary<number[]> {
  const index = fc.nat({ max: FOREIGN_PICK + 1 });
  return fc.oneof(
    { weight: 3, arbitrary: index.map((i) => [i]) },
    { weight: 1, arbitrary: fc.uniqueArray(index, { minLength, maxLength: 3 }) },
  );
}

/**
 * What checking `groups` for a load balancer of `owner` in `vpcId` answers, in the cloud's
 * order: the count against the quota, then each group.
 *
 * @example
 * groupsOutcome(model, owner, vpcId, ['sg-...']); // 'ok' | 'InvalidConfigurationRequest' | 'InvalidSecurityGroup'
 */
export function groupsOutcome(model: FuzzModel, owner: string, vpcId: string, groups: readonly string[]): string {
  if (groups.length > (model.quotas.securityGroupsPerNetworkInterface ?? Infinity)) return 'InvalidConfigurationRequest';
  const valid = groups.every((id) => model.securityGroups.some((g) => g.id === id && g.owner === owner && g.vpcId === vpcId));
  return valid ? 'ok' : 'InvalidSecurityGroup';
}

/** What `SetSecurityGroups` answers its owner. */
function setOutcome(model: FuzzModel, lb: ModelLoadBalancer, groups: readonly string[]): string {
  if (lb.securityGroups.length === 0) return 'InvalidConfigurationRequest';
  if (groups.length === 0) return 'ValidationError';
  return groupsOutcome(model, lb.owner, lb.vpcId, groups);
}

/**
 * `SetSecurityGroups` on one of the model's load balancers.
 *
 * @example
 * const commands = fc.commands([setSecurityGroupsCommand()], { maxCommands: 10 });
 */
export function setSecurityGroupsCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'SetSecurityGroups',
    input: fc.record({
      lb: fc.nat(),
      groups: groupPicks(0),
      enforce: fc.option(fc.constantFrom('on' as const, 'off' as const), { nil: undefined }),
      stranger: fc.nat({ max: 9 }),
    }),
    check: (model) => model.loadBalancers.length > 0,
    run: (model, cloud, { lb: n, groups: picks, enforce, stranger }) => {
      // Mostly one created with groups (the only kind that accepts the call), else any.
      const guarded = model.loadBalancers.filter((l) => l.securityGroups.length > 0);
      const lb = pick(n % 4 === 0 || guarded.length === 0 ? model.loadBalancers : guarded, n >> 2);
      if (lb === undefined) return;
      const groups = pickGroups(model, lb.vpcId, picks);
      // Now and then another account asks: the load balancer is not found, as for one that does not exist.
      const other = stranger === 0 ? model.accounts.find((a) => a !== lb.owner) : undefined;
      const caller = other ?? lb.owner;
      const expected = other !== undefined ? 'LoadBalancerNotFound' : setOutcome(model, lb, groups);
      const r = attempt(model, cloud, 'SetSecurityGroups', expectOutcome(expected), (c) =>
        c.elbv2(identityOf(model, caller)).setSecurityGroups({
          LoadBalancerArn: lb.arn,
          SecurityGroups: groups,
          ...(enforce === undefined ? {} : { EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic: enforce }),
        }),
      );
      if (!r.ok) return;
      lb.securityGroups = groups;
      if (enforce !== undefined) lb.enforcePrivateLink = enforce;
    },
  });
}

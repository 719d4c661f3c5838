/**
 * Security group commands: `CreateSecurityGroup` (`InvalidGroup.Duplicate` for a name taken
 * in the VPC, then `SecurityGroupLimitExceeded` past the quota), `AuthorizeSecurityGroupIngress`
 * (`InvalidPermission.Duplicate` for a rule it has, then `RulesPerSecurityGroupLimitExceeded`), `RevokeSecurityGroupIngress`, `DeleteSecurityGroup` (`CannotDelete` for a VPC's
 * default group, `DependencyViolation` while an endpoint not yet deleted or a load balancer lists it).
 *
 * @module
 */
import fc from 'fast-check';
import { present } from '../_internals/first.js';
import { attempt, expectOutcome } from '../model/attempt.js';
import type { FuzzModel, ModelSecurityGroup } from '../model/fuzz-model.js';
import { identityOf, pick } from '../model/queries.js';
import { quotaRefusal } from '../model/quota-rules.js';
import { defineFuzzCommand, type FuzzCommand } from './define.js';

const NAMES = ['web', 'app', 'db'] as const;
const PORTS = [80, 443, 8443, 22] as const;
const CIDRS = ['10.0.0.0/8', '0.0.0.0/0', '192.168.0.0/16'] as const;

/**
 * `CreateSecurityGroup` with a name from a small pool (so duplicates happen).
 *
 * @example
 * const commands = fc.commands([createSecurityGroupCommand()], { maxCommands: 10 });
 */
export function createSecurityGroupCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'CreateSecurityGroup',
    input: fc.record({ vpc: fc.nat(), name: fc.constantFrom(...NAMES) }),
    check: (model) => model.vpcs.length > 0,
    run: (model, cloud, { vpc, name }) => {
      const target = pick(model.vpcs, vpc);
      if (target === undefined) return;
      const taken = model.securityGroups.some((g) => g.vpcId === target.id && g.name === name);
      const expected = taken ? 'InvalidGroup.Duplicate' : (quotaRefusal(model, 'securityGroupsPerRegion', target.owner) ?? 'ok');
      const r = attempt(model, cloud, 'CreateSecurityGroup', expectOutcome(expected), (c) =>
        c.ec2(identityOf(model, target.owner)).createSecurityGroup({ VpcId: target.id, GroupName: name, Description: `fuzz ${name}` }),
      );
      if (r.ok) model.securityGroups.push({ id: present(r.value.GroupId, 'GroupId'), owner: target.owner, vpcId: target.id, name, isDefault: false, rules: [] });
    },
  });
}

const ruleInput = fc.record({ group: fc.nat(), port: fc.constantFrom(...PORTS), cidr: fc.constantFrom(...CIDRS) });
const permission = (port: number, cidr: string) => [{ IpProtocol: 'tcp', FromPort: port, ToPort: port, IpRanges: [{ CidrIp: cidr }] }];

/**
 * `AuthorizeSecurityGroupIngress` of one TCP port from one CIDR.
 *
 * @example
 * const commands = fc.commands([authorizeIngressCommand()], { maxCommands: 10 });
 */
export function authorizeIngressCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'AuthorizeSecurityGroupIngress',
    input: ruleInput,
    check: (model) => model.securityGroups.length > 0,
    run: (model, cloud, { group, port, cidr }) => {
      const target = pick(model.securityGroups, group);
      if (target === undefined) return;
      const rule = `${port} ${cidr}`;
      const expected = target.rules.includes(rule) ? 'InvalidPermission.Duplicate' : (quotaRefusal(model, 'rulesPerSecurityGroup', target.id) ?? 'ok');
      const r = attempt(model, cloud, 'AuthorizeSecurityGroupIngress', expectOutcome(expected), (c) =>
        c.ec2(identityOf(model, target.owner)).authorizeSecurityGroupIngress({ GroupId: target.id, IpPermissions: permission(port, cidr) }),
      );
      if (r.ok) target.rules.push(rule);
    },
  });
}

/**
 * `RevokeSecurityGroupIngress` of a rule the group may or may not have.
 *
 * @example
 * const commands = fc.commands([revokeIngressCommand()], { maxCommands: 10 });
 */
export function revokeIngressCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'RevokeSecurityGroupIngress',
    input: ruleInput,
    check: (model) => model.securityGroups.length > 0,
    run: (model, cloud, { group, port, cidr }) => {
      const target = pick(model.securityGroups, group);
      if (target === undefined) return;
      const rule = `${port} ${cidr}`;
      const has = target.rules.includes(rule);
      // AWS answers a rule the group lacks either way, depending on the API version.
      const r = attempt(model, cloud, 'RevokeSecurityGroupIngress', has ? expectOutcome('ok') : expectOutcome('ok', 'InvalidPermission.NotFound'), (c) =>
        c.ec2(identityOf(model, target.owner)).revokeSecurityGroupIngress({ GroupId: target.id, IpPermissions: permission(port, cidr) }),
      );
      if (r.ok) target.rules = target.rules.filter((x) => x !== rule);
    },
  });
}

/** Whether an endpoint not yet deleted lists the group (with or without interfaces), or a load balancer does (its nodes' interfaces). */
function inUse(model: FuzzModel, group: ModelSecurityGroup): boolean {
  return model.endpoints.some((e) => e.state !== 'deleted' && e.groups.includes(group.id)) || model.loadBalancers.some((l) => l.securityGroups.includes(group.id));
}

/**
 * `DeleteSecurityGroup`.
 *
 * @example
 * const commands = fc.commands([deleteSecurityGroupCommand()], { maxCommands: 10 });
 */
export function deleteSecurityGroupCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'DeleteSecurityGroup',
    input: fc.nat(),
    check: (model) => model.securityGroups.length > 0,
    run: (model, cloud, n) => {
      const target = pick(model.securityGroups, n);
      if (target === undefined) return;
      const expected = target.isDefault ? 'CannotDelete' : inUse(model, target) ? 'DependencyViolation' : 'ok';
      const r = attempt(model, cloud, 'DeleteSecurityGroup', expectOutcome(expected), (c) =>
        c.ec2(identityOf(model, target.owner)).deleteSecurityGroup({ GroupId: target.id }),
      );
      if (r.ok) model.securityGroups = model.securityGroups.filter((g) => g.id !== target.id);
    },
  });
}

/**
 * Target group commands: `CreateTargetGroup` (TCP, `ip` targets; `TooManyTargetGroups` past
 * the quota), `RegisterTargets` (an address inside a subnet of the group's VPC; registering
 * again changes nothing; a new target past the quota is `TooManyTargets`),
 * `DeregisterTargets` (its connections are cut; a target not registered is `InvalidTarget`),
 * `ModifyTargetGroupAttributes` (proxy protocol v2), `DeleteTargetGroup` (`ResourceInUse`
 * while a listener forwards to it).
 *
 * @module
 */
import fc from 'fast-check';
import { firstOf, present } from '../_internals/first.js';
import { attempt, expectOutcome } from '../model/attempt.js';
import { identityOf, nextName, pick, subnetsOf } from '../model/queries.js';
import { quotaRefusal } from '../model/quota-rules.js';
import { cutConnections } from '../model/reference.js';
import { hostIn } from '../topology/realize.js';
import { defineFuzzCommand, type FuzzCommand } from './define.js';


/**
 * `CreateTargetGroup` in one of the model's VPCs.
 *
 * @example
 * const commands = fc.commands([createTargetGroupCommand()], { maxCommands: 10 });
 */
export function createTargetGroupCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'CreateTargetGroup',
    input: fc.record({ vpc: fc.nat(), port: fc.constantFrom(80, 8080, 9000) }),
    check: (model) => model.vpcs.length > 0,
    run: (model, cloud, { vpc, port }) => {
      const target = pick(model.vpcs, vpc);
      if (target === undefined) return;
      const name = nextName(model, 'fuzz-tg');
      const r = attempt(model, cloud, 'CreateTargetGroup', expectOutcome(quotaRefusal(model, 'targetGroupsPerRegion', target.owner) ?? 'ok'), (c) =>
        c.elbv2(identityOf(model, target.owner)).createTargetGroup({ Name: name, Protocol: 'TCP', Port: port, VpcId: target.id, TargetType: 'ip' }),
      );
      if (!r.ok) return;
      const tg = firstOf(r.value.TargetGroups, 'a target group');
      model.targetGroups.push({ arn: present(tg.TargetGroupArn, 'TargetGroupArn'), owner: target.owner, vpcId: target.id, port, proxyProtocol: false, targets: [] });
    },
  });
}

/**
 * `RegisterTargets`: one address in a subnet of the group's VPC.
 *
 * @example
 * const commands = fc.commands([registerTargetsCommand()], { maxCommands: 10 });
 */
export function registerTargetsCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'RegisterTargets',
    input: fc.record({ tg: fc.nat(), subnet: fc.nat(), host: fc.integer({ min: 4, max: 10 }) }),
    check: (model) => model.targetGroups.some((tg) => subnetsOf(model, tg.vpcId).length > 0),
    run: (model, cloud, { tg: n, subnet, host }) => {
      const tg = pick(model.targetGroups.filter((t) => subnetsOf(model, t.vpcId).length > 0), n);
      const where = tg === undefined ? undefined : pick(subnetsOf(model, tg.vpcId), subnet);
      if (tg === undefined || where === undefined) return;
      const ip = hostIn(where.cidr, host);
      // Registering a target again adds nothing, so only a new one can pass the quota.
      const known = tg.targets.some((t) => t.ip === ip && t.port === tg.port);
      const r = attempt(model, cloud, 'RegisterTargets', expectOutcome((known ? undefined : quotaRefusal(model, 'targetsPerTargetGroup', tg.arn)) ?? 'ok'), (c) =>
        c.elbv2(identityOf(model, tg.owner)).registerTargets({ TargetGroupArn: tg.arn, Targets: [{ Id: ip, Port: tg.port }] }),
      );
      if (r.ok && !known) tg.targets.push({ ip, port: tg.port, zoneId: where.zoneId, healthy: true });
    },
  });
}

/**
 * `DeregisterTargets` of a registered target (or of one that is not: `InvalidTarget`).
 *
 * @example
 * const commands = fc.commands([deregisterTargetsCommand()], { maxCommands: 10 });
 */
export function deregisterTargetsCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'DeregisterTargets',
    input: fc.record({ tg: fc.nat(), target: fc.nat(), registered: fc.boolean() }),
    check: (model) => model.targetGroups.length > 0,
    run: (model, cloud, { tg: n, target, registered }) => {
      const tg = pick(model.targetGroups, n);
      if (tg === undefined) return;
      const chosen = registered ? pick(tg.targets, target) : { ip: '10.255.255.254', port: tg.port };
      if (chosen === undefined) return;
      const r = attempt(model, cloud, 'DeregisterTargets', expectOutcome(registered ? 'ok' : 'InvalidTarget'), (c) =>
        c.elbv2(identityOf(model, tg.owner)).deregisterTargets({ TargetGroupArn: tg.arn, Targets: [{ Id: chosen.ip, Port: chosen.port }] }),
      );
      if (!r.ok) return;
      tg.targets = tg.targets.filter((t) => !(t.ip === chosen.ip && t.port === chosen.port));
      cutConnections(model, (c) => c.targetGroupArn === tg.arn && c.target.ip === chosen.ip && c.target.port === chosen.port);
    },
  });
}

/**
 * `ModifyTargetGroupAttributes` of `proxy_protocol_v2.enabled`.
 *
 * @example
 * const commands = fc.commands([modifyTargetGroupAttributesCommand()], { maxCommands: 10 });
 */
export function modifyTargetGroupAttributesCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'ModifyTargetGroupAttributes',
    input: fc.record({ tg: fc.nat(), proxyProtocol: fc.boolean() }),
    check: (model) => model.targetGroups.length > 0,
    run: (model, cloud, { tg: n, proxyProtocol }) => {
      const tg = pick(model.targetGroups, n);
      if (tg === undefined) return;
      const r = attempt(model, cloud, 'ModifyTargetGroupAttributes', expectOutcome('ok'), (c) =>
        c.elbv2(identityOf(model, tg.owner)).modifyTargetGroupAttributes({ TargetGroupArn: tg.arn, Attributes: [{ Key: 'proxy_protocol_v2.enabled', Value: String(proxyProtocol) }] }),
      );
      if (r.ok) tg.proxyProtocol = proxyProtocol;
    },
  });
}

/**
 * `DeleteTargetGroup`.
 *
 * @example
 * const commands = fc.commands([deleteTargetGroupCommand()], { maxCommands: 10 });
 */
export function deleteTargetGroupCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'DeleteTargetGroup',
    input: fc.nat(),
    check: (model) => model.targetGroups.length > 0,
    run: (model, cloud, n) => {
      const tg = pick(model.targetGroups, n);
      if (tg === undefined) return;
      const inUse = model.listeners.some((l) => l.targetGroupArn === tg.arn);
      const r = attempt(model, cloud, 'DeleteTargetGroup', expectOutcome(inUse ? 'ResourceInUse' : 'ok'), (c) =>
        c.elbv2(identityOf(model, tg.owner)).deleteTargetGroup({ TargetGroupArn: tg.arn }),
      );
      if (r.ok) model.targetGroups = model.targetGroups.filter((t) => t.arn !== tg.arn);
    },
  });
}

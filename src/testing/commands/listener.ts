/**
 * Listener commands: `CreateListener` (TCP, forwarding to one target group; a port taken by
 * another group is `DuplicateListener`, a group of another VPC `InvalidConfigurationRequest`,
 * a group already behind another NLB `TargetGroupAssociationLimit`, a new listener past the
 * quota `TooManyListeners`) and `DeleteListener`.
 *
 * @module
 */
import fc from 'fast-check';
import { firstOf, present } from '../_internals/first.js';
import { attempt, expectOutcome } from '../model/attempt.js';
import type { FuzzModel, ModelLoadBalancer, ModelTargetGroup } from '../model/fuzz-model.js';
import { identityOf, pick } from '../model/queries.js';
import { quotaRefusal } from '../model/quota-rules.js';
import { defineFuzzCommand, type FuzzCommand } from './define.js';

function listenerOutcome(model: FuzzModel, lb: ModelLoadBalancer, tg: ModelTargetGroup, port: number): string {
  const taken = model.listeners.find((l) => l.loadBalancerArn === lb.arn && l.port === port);
  if (taken !== undefined) return taken.targetGroupArn === tg.arn ? 'ok' : 'DuplicateListener';
  if (tg.vpcId !== lb.vpcId) return 'InvalidConfigurationRequest';
  if (model.listeners.some((l) => l.targetGroupArn === tg.arn && l.loadBalancerArn !== lb.arn)) return 'TargetGroupAssociationLimit';
  return quotaRefusal(model, 'listenersPerNetworkLoadBalancer', lb.arn) ?? 'ok';
}

/**
 * `CreateListener` on one of an account's NLBs to one of its target groups.
 *
 * @example
 * const commands = fc.commands([createListenerCommand()], { maxCommands: 10 });
 */
export function createListenerCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'CreateListener',
    input: fc.record({ lb: fc.nat(), tg: fc.nat(), port: fc.constantFrom(80, 443, 8443) }),
    check: (model) => model.loadBalancers.some((lb) => model.targetGroups.some((tg) => tg.owner === lb.owner)),
    run: (model, cloud, { lb: l, tg: t, port }) => {
      const lb = pick(model.loadBalancers.filter((x) => model.targetGroups.some((tg) => tg.owner === x.owner)), l);
      const tg = lb === undefined ? undefined : pick(model.targetGroups.filter((x) => x.owner === lb.owner), t);
      if (lb === undefined || tg === undefined) return;
      const expected = listenerOutcome(model, lb, tg, port);
      const existed = model.listeners.some((x) => x.loadBalancerArn === lb.arn && x.port === port);
      const r = attempt(model, cloud, 'CreateListener', expectOutcome(expected), (c) =>
        c.elbv2(identityOf(model, lb.owner)).createListener({ LoadBalancerArn: lb.arn, Protocol: 'TCP', Port: port, DefaultActions: [{ Type: 'forward', TargetGroupArn: tg.arn }] }),
      );
      if (!r.ok || existed) return;
      const listener = firstOf(r.value.Listeners, 'a listener');
      model.listeners.push({ arn: present(listener.ListenerArn, 'ListenerArn'), owner: lb.owner, loadBalancerArn: lb.arn, port, targetGroupArn: tg.arn });
    },
  });
}

/**
 * `DeleteListener`.
 *
 * @example
 * const commands = fc.commands([deleteListenerCommand()], { maxCommands: 10 });
 */
export function deleteListenerCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'DeleteListener',
    input: fc.nat(),
    check: (model) => model.listeners.length > 0,
    run: (model, cloud, n) => {
      const listener = pick(model.listeners, n);
      if (listener === undefined) return;
      const r = attempt(model, cloud, 'DeleteListener', expectOutcome('ok'), (c) =>
        c.elbv2(identityOf(model, listener.owner)).deleteListener({ ListenerArn: listener.arn }),
      );
      if (r.ok) model.listeners = model.listeners.filter((x) => x.arn !== listener.arn);
    },
  });
}

/**
 * ELBv2 `CreateListener` on a Network Load Balancer: protocol `TCP` (an endpoint service
 * carries TCP only), a port, and one `forward` default action to a target group in the
 * NLB's VPC. The target group becomes attached to the NLB (`LoadBalancerArns`); an NLB's
 * target group serves one load balancer only (`TargetGroupAssociationLimit`). The same port
 * with the same settings returns the existing listener, as AWS does; another setting on a
 * port in use is `DuplicateListener`. A new listener past the listeners per Network Load
 * Balancer quota is `TooManyListeners`.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { errors } from '../../core/errors.js';
import { getRow } from '../../core/table.js';
import type { Tag } from '../../core/tags.js';
import { checkElbArn, ELB_HEX_LENGTH, listenerArnOf } from '../arns.js';
import { attachListener } from '../listener-links.js';
import { requireLoadBalancer, requireTargetGroup } from '../lookup.js';
import type { ListenerRecord } from '../model.js';
import { renderListener, type Listener } from '../render-target-group.js';
import { readForwardTarget } from '../forward-action.js';
import { exceedsQuota } from '../../quotas/limits.js';

/** SDK v3 `CreateListenerInput` (the fields a TCP listener uses). */
export interface CreateListenerInput {
  LoadBalancerArn: string | undefined;
  Protocol?: 'TCP' | 'HTTP' | 'HTTPS' | 'TLS' | 'UDP' | 'TCP_UDP' | 'GENEVE' | 'QUIC' | 'TCP_QUIC' | undefined;
  Port?: number | undefined;
  DefaultActions:
    | {
        Type: 'forward' | 'authenticate-oidc' | 'authenticate-cognito' | 'redirect' | 'fixed-response' | 'jwt-validation' | undefined;
        TargetGroupArn?: string | undefined;
        ForwardConfig?: { TargetGroups?: { TargetGroupArn?: string | undefined; Weight?: number | undefined }[] | undefined } | undefined;
      }[]
    | undefined;
  Tags?: Tag[] | undefined;
}

/** SDK v3 `CreateListenerOutput`. */
export interface CreateListenerOutput {
  Listeners: Listener[];
}

const PROTOCOLS = ['HTTP', 'HTTPS', 'TCP', 'TLS', 'UDP', 'TCP_UDP', 'GENEVE', 'QUIC', 'TCP_QUIC'] as const;

/**
 * `CreateListener`.
 *
 * @example
 * elbv2.createListener({
 *   LoadBalancerArn, Protocol: 'TCP', Port: 443,
 *   DefaultActions: [{ Type: 'forward', TargetGroupArn }],
 * });
 */
export const createListener = defineAction<CreateListenerInput, CreateListenerOutput>()({
  name: 'CreateListener',
  api: 'elbv2',
  parse: (p) => {
    const arn = checkElbArn(p.string('LoadBalancerArn'), 'loadbalancer');
    const protocol = p.optionalEnum('Protocol', PROTOCOLS);
    if (protocol === undefined) throw errors.validationError('A listener protocol must be specified for a Network Load Balancer');
    if (protocol !== 'TCP') {
      throw errors.validationError(
        `Listener protocol '${protocol}' is not supported: an endpoint service carries TCP traffic only, so privatelink-model listeners use protocol 'TCP'`,
      );
    }
    if (!p.has('Port')) throw errors.validationError('A listener port must be specified for a Network Load Balancer');
    return { arn, port: p.integer('Port', 1, 65535), targetGroupArn: readForwardTarget(p), tags: p.tagList('Tags') };
  },
  apply: (ctx, input) => {
    const { accountId, region } = ctx.caller;
    const lb = requireLoadBalancer(ctx.region, accountId, input.arn);
    const tg = requireTargetGroup(ctx.region, accountId, input.targetGroupArn);
    for (const listenerArn of lb.listenerArns) {
      const other = getRow(ctx.region.listeners, listenerArn);
      if (other === undefined || other.Port !== input.port) continue;
      if (other.TargetGroupArn !== tg.TargetGroupArn) throw errors.listenerPortTaken(lb.LoadBalancerArn);
      return { Listeners: [renderListener(other)] };
    }
    if (tg.VpcId !== lb.VpcId) {
      throw errors.invalidConfigurationRequest(`Target group '${tg.TargetGroupArn}' and load balancer '${lb.LoadBalancerArn}' must be in the same VPC`);
    }
    if (tg.LoadBalancerArns.some((other) => other !== lb.LoadBalancerArn)) throw errors.targetGroupAssociationLimit(tg.TargetGroupArn);
    if (exceedsQuota(ctx.world, 'listenersPerNetworkLoadBalancer', lb.listenerArns.length)) throw errors.tooManyListeners(lb.LoadBalancerArn);
    const listener: ListenerRecord = {
      ListenerArn: listenerArnOf(lb.LoadBalancerArn, ctx.mintHex('listener', ELB_HEX_LENGTH)),
      LoadBalancerArn: lb.LoadBalancerArn,
      OwnerId: accountId,
      Port: input.port,
      Protocol: 'TCP',
      TargetGroupArn: tg.TargetGroupArn,
      Tags: input.tags,
    };
    attachListener(ctx.region, listener);
    ctx.emit({ type: 'ResourceCreated', region, accountId, resourceType: 'listener', resourceId: listener.ListenerArn });
    return { Listeners: [renderListener(listener)] };
  },
});

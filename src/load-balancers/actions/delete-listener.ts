/**
 * ELBv2 `DeleteListener`: removes a listener; its target group stays, detached from the
 * load balancer unless another listener still forwards to it. An unknown listener is AWS's
 * `ListenerNotFound`.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { checkElbArn } from '../arns.js';
import { detachListener } from '../listener-links.js';
import { requireListener } from '../lookup.js';

/** SDK v3 `DeleteListenerInput`. */
export interface DeleteListenerInput {
  ListenerArn: string | undefined;
}

/** SDK v3 `DeleteListenerOutput` (empty). */
export type DeleteListenerOutput = Record<string, never>;

/**
 * `DeleteListener`.
 *
 * @example
 * elbv2.deleteListener({ ListenerArn });
 */
export const deleteListener = defineAction<DeleteListenerInput, DeleteListenerOutput>()({
  name: 'DeleteListener',
  api: 'elbv2',
  parse: (p) => ({ arn: checkElbArn(p.string('ListenerArn'), 'listener') }),
  apply: (ctx, { arn }) => {
    const { accountId, region } = ctx.caller;
    const listener = requireListener(ctx.region, accountId, arn);
    detachListener(ctx.region, listener);
    ctx.emit({ type: 'ResourceDeleted', region, accountId, resourceType: 'listener', resourceId: arn });
    return {};
  },
});

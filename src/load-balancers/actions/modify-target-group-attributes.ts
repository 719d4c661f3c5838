/**
 * ELBv2 `ModifyTargetGroupAttributes` for TCP target groups, e.g. turning on proxy protocol
 * v2 (`proxy_protocol_v2.enabled`) so targets learn the consumer's address and the VPC
 * endpoint id.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { checkElbArn } from '../arns.js';
import { readAttributeList, renderAttributes } from '../load-balancer-attributes.js';
import { requireTargetGroup } from '../lookup.js';
import { checkTargetGroupAttributes } from '../target-group-attributes.js';
import type { TargetGroupAttributesOutput } from './describe-target-group-attributes.js';

/** SDK v3 `ModifyTargetGroupAttributesInput`. */
export interface ModifyTargetGroupAttributesInput {
  TargetGroupArn: string | undefined;
  Attributes: { Key?: string | undefined; Value?: string | undefined }[] | undefined;
}

/**
 * `ModifyTargetGroupAttributes`; answers with every attribute after the change.
 *
 * @example
 * elbv2.modifyTargetGroupAttributes({
 *   TargetGroupArn, Attributes: [{ Key: 'proxy_protocol_v2.enabled', Value: 'true' }],
 * });
 */
export const modifyTargetGroupAttributes = defineAction<ModifyTargetGroupAttributesInput, TargetGroupAttributesOutput>()({
  name: 'ModifyTargetGroupAttributes',
  api: 'elbv2',
  parse: (p) => {
    const arn = checkElbArn(p.string('TargetGroupArn'), 'targetgroup');
    return { arn, changes: checkTargetGroupAttributes(readAttributeList(p)) };
  },
  apply: (ctx, { arn, changes }) => {
    const tg = requireTargetGroup(ctx.region, ctx.caller.accountId, arn);
    Object.assign(tg.attributes, changes);
    return { Attributes: renderAttributes(tg.attributes) };
  },
});

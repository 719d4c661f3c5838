/**
 * ELBv2 `DescribeTargetGroupAttributes` for TCP target groups: every attribute with its
 * current value (`proxy_protocol_v2.enabled` defaults to `false`).
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { checkElbArn } from '../arns.js';
import { renderAttributes } from '../load-balancer-attributes.js';
import { requireTargetGroup } from '../lookup.js';

/** SDK v3 `DescribeTargetGroupAttributesInput`. */
export interface DescribeTargetGroupAttributesInput {
  TargetGroupArn: string | undefined;
}

/** SDK v3 `DescribeTargetGroupAttributesOutput` (also the shape of `ModifyTargetGroupAttributesOutput`). */
export interface TargetGroupAttributesOutput {
  Attributes: { Key: string; Value: string }[];
}

/**
 * `DescribeTargetGroupAttributes`.
 *
 * @example
 * elbv2.describeTargetGroupAttributes({ TargetGroupArn }).Attributes;
 */
export const describeTargetGroupAttributes = defineAction<DescribeTargetGroupAttributesInput, TargetGroupAttributesOutput>()({
  name: 'DescribeTargetGroupAttributes',
  api: 'elbv2',
  readOnly: true,
  parse: (p) => ({ arn: checkElbArn(p.string('TargetGroupArn'), 'targetgroup') }),
  apply: (ctx, { arn }) => ({ Attributes: renderAttributes(requireTargetGroup(ctx.region, ctx.caller.accountId, arn).attributes) }),
});

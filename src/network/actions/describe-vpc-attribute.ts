/**
 * EC2 `DescribeVpcAttribute`: one attribute of one of the caller's VPCs.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { errors } from '../../core/errors.js';
import { readId } from '../id-params.js';
import { requireVpc } from '../lookup.js';
import { readVpcAttribute, VPC_ATTRIBUTE_NAMES, vpcAttributeField, type VpcAttributeName } from '../vpc-attributes.js';

/** SDK v3 `DescribeVpcAttributeRequest`. */
export interface DescribeVpcAttributeRequest {
  VpcId: string | undefined;
  Attribute: VpcAttributeName | undefined;
  DryRun?: boolean | undefined;
}

/** SDK v3 `DescribeVpcAttributeResult`: the VPC id and the one attribute asked for. */
export interface DescribeVpcAttributeResult {
  VpcId: string;
  EnableDnsSupport?: { Value: boolean };
  EnableDnsHostnames?: { Value: boolean };
  EnableNetworkAddressUsageMetrics?: { Value: boolean };
}

/**
 * `DescribeVpcAttribute`.
 *
 * @example
 * ec2.describeVpcAttribute({ VpcId, Attribute: 'enableDnsSupport' }).EnableDnsSupport?.Value; // true
 */
export const describeVpcAttribute = defineAction<DescribeVpcAttributeRequest, DescribeVpcAttributeResult>()({
  name: 'DescribeVpcAttribute',
  api: 'ec2',
  readOnly: true,
  parse: (p) => {
    const attribute = p.string('Attribute');
    if (!(VPC_ATTRIBUTE_NAMES as readonly string[]).includes(attribute)) {
      throw errors.invalidParameterValue('attribute', attribute, 'Unknown attribute.');
    }
    return { vpcId: readId(p, 'VpcId', 'vpc'), attribute: attribute as VpcAttributeName };
  },
  apply: (ctx, { vpcId, attribute }) => {
    const vpc = requireVpc(ctx.region, ctx.caller.accountId, vpcId);
    return { VpcId: vpc.VpcId, [vpcAttributeField(attribute)]: { Value: readVpcAttribute(vpc, attribute) } };
  },
});

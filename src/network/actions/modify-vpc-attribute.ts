/**
 * EC2 `ModifyVpcAttribute`: one attribute per call, as AWS requires (two at once is
 * `InvalidParameterCombination`). DNS hostnames can only be enabled while DNS support is on.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { errors } from '../../core/errors.js';
import { readId } from '../id-params.js';
import { requireVpc } from '../lookup.js';
import { VPC_ATTRIBUTE_NAMES, vpcAttributeField, type VpcAttributeName } from '../vpc-attributes.js';

/** SDK v3 `AttributeBooleanValue`. */
export interface AttributeBooleanValue {
  Value?: boolean | undefined;
}

/** SDK v3 `ModifyVpcAttributeRequest`. */
export interface ModifyVpcAttributeRequest {
  VpcId: string | undefined;
  EnableDnsSupport?: AttributeBooleanValue | undefined;
  EnableDnsHostnames?: AttributeBooleanValue | undefined;
  EnableNetworkAddressUsageMetrics?: AttributeBooleanValue | undefined;
}

/** SDK v3 `ModifyVpcAttribute` output (no fields). */
export type ModifyVpcAttributeResult = Record<string, never>;

/**
 * `ModifyVpcAttribute`.
 *
 * @example
 * ec2.modifyVpcAttribute({ VpcId, EnableDnsHostnames: { Value: true } });
 */
export const modifyVpcAttribute = defineAction<ModifyVpcAttributeRequest, ModifyVpcAttributeResult>()({
  name: 'ModifyVpcAttribute',
  api: 'ec2',
  parse: (p) => {
    const vpcId = readId(p, 'VpcId', 'vpc');
    const given = VPC_ATTRIBUTE_NAMES.filter((name) => p.has(vpcAttributeField(name)));
    if (given.length === 0) throw errors.vpcAttributeNoneSpecified();
    if (given.length > 1) throw errors.vpcAttributeMultipleSpecified(given);
    const name = given[0] as VpcAttributeName;
    const field = vpcAttributeField(name);
    const value = p.optionalStruct(field, (s) => s.optionalBoolean('Value'));
    if (value === undefined) throw errors.missingParameter(`${field}.Value`);
    return { vpcId, name, value };
  },
  apply: (ctx, { vpcId, name, value }) => {
    const vpc = requireVpc(ctx.region, ctx.caller.accountId, vpcId);
    if (name === 'enableDnsHostnames' && value && !vpc.enableDnsSupport) throw errors.vpcDnsHostnamesNeedDnsSupport();
    vpc[name] = value;
    return {};
  },
});

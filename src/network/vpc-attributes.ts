/**
 * The VPC attributes `ModifyVpcAttribute` / `DescribeVpcAttribute` work on, by their API
 * names, and where each lives in a stored VPC.
 *
 * @module
 */
import type { VpcRecord } from './model.js';

/** SDK v3 `VpcAttributeName`. */
export type VpcAttributeName = 'enableDnsSupport' | 'enableDnsHostnames' | 'enableNetworkAddressUsageMetrics';

/**
 * Every attribute name, in the order AWS lists them in its combination error.
 *
 * @example
 * VPC_ATTRIBUTE_NAMES.filter((name) => p.has(vpcAttributeField(name)));
 */
export const VPC_ATTRIBUTE_NAMES: readonly VpcAttributeName[] = [
  'enableDnsHostnames',
  'enableDnsSupport',
  'enableNetworkAddressUsageMetrics',
];

/** The request/response field of an attribute (`enableDnsSupport` -> `EnableDnsSupport`). */
export type VpcAttributeField = 'EnableDnsSupport' | 'EnableDnsHostnames' | 'EnableNetworkAddressUsageMetrics';

/**
 * The request/response field of `name`.
 *
 * @example
 * vpcAttributeField('enableDnsSupport'); // 'EnableDnsSupport'
 */
export function vpcAttributeField(name: VpcAttributeName): VpcAttributeField {
  return `${name.charAt(0).toUpperCase()}${name.slice(1)}` as VpcAttributeField;
}

/**
 * Reads an attribute of a stored VPC.
 *
 * @example
 * readVpcAttribute(vpc, 'enableDnsHostnames'); // false by default
 */
export function readVpcAttribute(vpc: VpcRecord, name: VpcAttributeName): boolean {
  return vpc[name];
}

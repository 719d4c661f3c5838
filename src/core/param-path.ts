/**
 * How AWS names a request field in its messages, and the error for a missing or invalid
 * one, per API: EC2 names `Filters.2.Values.1` and answers `MissingParameter` /
 * `InvalidParameterValue`; ELBv2 names `tags.1.member.key` (lower camel, `member` after a
 * list index) and answers `ValidationError` ("Value null at 'tags.1.member.key' failed to
 * satisfy constraint: Member must not be null"). Used by `params.ts` only.
 *
 * @module
 */
import { type CloudError, errors } from './errors.js';

/** Which API's error vocabulary to use for malformed input. */
export type ParamStyle = 'ec2' | 'elbv2';

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * The path of field `name` of the structure at `at` (`''` at the top, else ending in `.`).
 *
 * @example
 * fieldPath('elbv2', 'tags.1.member.', 'Key'); // 'tags.1.member.key'
 */
export function fieldPath(style: ParamStyle, at: string, name: string): string {
  return at + (style === 'ec2' ? name : lowerFirst(name));
}

/**
 * The path of element `index` (0-based) of the list field `name`.
 *
 * @example
 * itemPath('ec2', '', 'Filters', 0); // 'Filters.1'
 * itemPath('elbv2', '', 'Tags', 1);  // 'tags.2.member'
 */
export function itemPath(style: ParamStyle, at: string, name: string, index: number): string {
  const list = fieldPath(style, at, name);
  return style === 'ec2' ? `${list}.${index + 1}` : `${list}.${index + 1}.member`;
}

/**
 * The error for an absent field or element at `path`.
 *
 * @example
 * missingAt('ec2', 'Filters.1'); // MissingParameter: The request must contain the parameter Filters.1
 */
export function missingAt(style: ParamStyle, path: string): CloudError {
  return style === 'ec2' ? errors.missingParameter(path) : errors.validationNull(path);
}

/**
 * The error for an unacceptable value at `path`; `why` says which rule it broke.
 *
 * @example
 * invalidAt('elbv2', 'pageSize', 0, 'Member must have value greater than or equal to 1');
 */
export function invalidAt(style: ParamStyle, path: string, value: unknown, why?: string): CloudError {
  return style === 'ec2' ? errors.invalidParameterValue(path, value, why) : errors.validationConstraint(path, value, why ?? 'Member is invalid');
}

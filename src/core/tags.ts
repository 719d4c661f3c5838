/**
 * Resource tags (`Key` / `Value`) as EC2 and ELBv2 carry them, and AWS's tag rules, in one
 * place for every path that adds tags (EC2 `TagSpecifications`, ELBv2 `Tags` on creates and
 * `AddTags`): at most 50 tags per resource, counting the tags it already has; keys unique
 * within a request; a key of 1 to 128 characters and a value of 0 to 256; no key starting
 * with the reserved `aws:` (any case). Each broken rule is the error the API answers with.
 *
 * @module
 */
import { type CloudError, errors } from './errors.js';

/** An AWS tag. */
export interface Tag {
  Key: string;
  Value: string;
}

/** AWS's limit of tags per resource (EC2 and ELBv2; not adjustable). */
export const MAX_TAGS_PER_RESOURCE = 50;
/** Longest tag key, in Unicode characters. */
export const MAX_TAG_KEY_LENGTH = 128;
/** Longest tag value, in Unicode characters. */
export const MAX_TAG_VALUE_LENGTH = 256;

/** Which API answers: EC2 and ELBv2 word the same rules differently. */
export type TagApi = 'ec2' | 'elbv2';

/** Length as AWS counts it: Unicode characters, not UTF-16 units. */
const lengthOf = (text: string): number => {
  let n = 0;
  for (const _ of text) n++;
  return n;
};

const RESERVED_PREFIX = 'aws:';

/**
 * Whether a key uses AWS's reserved prefix (`aws:`, in any case).
 *
 * @example
 * isReservedTagKey('AWS:cloudformation:stack-name'); // true
 */
export function isReservedTagKey(key: string): boolean {
  return key.slice(0, RESERVED_PREFIX.length).toLowerCase() === RESERVED_PREFIX;
}

/** The error for one tag that breaks a per-tag rule, or `undefined`. `position` is 1-based. */
function tagError(tag: Tag, position: number, api: TagApi, field: string): CloudError | undefined {
  const keyLength = lengthOf(tag.Key);
  const path = (part: 'key' | 'value') => `${field.charAt(0).toLowerCase()}${field.slice(1)}.${position}.member.${part}`;
  if (keyLength < 1) {
    return api === 'ec2' ? errors.tagKeyEmpty() : errors.validationConstraint(path('key'), tag.Key, 'Member must have length greater than or equal to 1');
  }
  if (keyLength > MAX_TAG_KEY_LENGTH) {
    return api === 'ec2'
      ? errors.tagKeyTooLong()
      : errors.validationConstraint(path('key'), tag.Key, `Member must have length less than or equal to ${MAX_TAG_KEY_LENGTH}`);
  }
  if (lengthOf(tag.Value) > MAX_TAG_VALUE_LENGTH) {
    return api === 'ec2'
      ? errors.tagValueTooLong()
      : errors.validationConstraint(path('value'), tag.Value, `Member must have length less than or equal to ${MAX_TAG_VALUE_LENGTH}`);
  }
  if (isReservedTagKey(tag.Key)) return api === 'ec2' ? errors.tagKeyReserved(tag.Key) : errors.elbTagKeyReserved(tag.Key);
  return undefined;
}

/**
 * Checks the tags one request adds to one resource (`field` names the request's list, for
 * ELBv2's messages): each tag's key and value, unique keys, at most 50. Throws the error
 * the API answers with.
 *
 * @example
 * checkRequestTags([{ Key: 'team', Value: 'blue' }], 'ec2', 'Tags');
 * checkRequestTags([{ Key: 'aws:x', Value: '' }], 'elbv2', 'Tags'); // throws ValidationError
 */
export function checkRequestTags(tags: readonly Tag[], api: TagApi, field: string): void {
  const seen = new Set<string>();
  tags.forEach((tag, index) => {
    const error = tagError(tag, index + 1, api, field);
    if (error !== undefined) throw error;
    if (seen.has(tag.Key)) throw api === 'ec2' ? errors.duplicateTagKey(tag.Key) : errors.duplicateTagKeys(tag.Key);
    seen.add(tag.Key);
  });
  if (tags.length > MAX_TAGS_PER_RESOURCE) throw tooManyTagsError(api);
}

function tooManyTagsError(api: TagApi, arn?: string): CloudError {
  return api === 'ec2' ? errors.tagLimitExceeded() : errors.tooManyTags(arn);
}

/**
 * Adds `added` (already checked by {@link checkRequestTags}) to a resource's tags (a
 * draft list): a key it has takes the new value, others are appended. Refuses, with
 * nothing changed, when the resource would hold more than 50 tags.
 *
 * @example
 * mergeTags(resource.Tags, [{ Key: 'team', Value: 'blue' }], 'elbv2', LoadBalancerArn);
 */
export function mergeTags(existing: Tag[], added: readonly Tag[], api: TagApi, arn?: string): void {
  const fresh = added.filter((tag) => !existing.some((t) => t.Key === tag.Key));
  if (existing.length + fresh.length > MAX_TAGS_PER_RESOURCE) throw tooManyTagsError(api, arn);
  for (const tag of added) {
    const current = existing.find((t) => t.Key === tag.Key);
    if (current !== undefined) current.Value = tag.Value;
    else existing.push({ Key: tag.Key, Value: tag.Value });
  }
}

/**
 * One tag named by EC2 `DeleteTags`: a key alone deletes the key whatever its value; a key
 * with a value deletes it only when the value is the same (an empty-string value matches an
 * empty value only).
 */
export interface TagToDelete {
  Key: string;
  Value?: string;
}

/**
 * Checks the tags a `DeleteTags` request names: each key as {@link checkRequestTags} checks
 * it (not empty, at most 128 characters, not `aws:`), each value at most 256 characters.
 * Duplicates and the 50-tag limit do not apply to a deletion.
 *
 * @example
 * checkTagsToDelete([{ Key: 'team' }]);
 * checkTagsToDelete([{ Key: 'aws:x' }]); // throws InvalidTagKey.Malformed
 */
export function checkTagsToDelete(tags: readonly TagToDelete[]): void {
  tags.forEach((tag, index) => {
    const error = tagError({ Key: tag.Key, Value: tag.Value ?? '' }, index + 1, 'ec2', 'Tags');
    if (error !== undefined) throw error;
  });
}

/**
 * The tags left after EC2 `DeleteTags` (`undefined`: the request named no tags, and every
 * tag goes). A key the resource does not carry, or a value that differs, is ignored.
 *
 * @example
 * tagsAfterDelete([{ Key: 'team', Value: 'blue' }], [{ Key: 'team', Value: 'red' }]); // unchanged
 * tagsAfterDelete([{ Key: 'team', Value: 'blue' }], [{ Key: 'team' }]); // []
 */
export function tagsAfterDelete(existing: readonly Tag[], named: readonly TagToDelete[] | undefined): Tag[] {
  if (named === undefined) return [];
  return existing.filter((tag) => !named.some((n) => n.Key === tag.Key && (n.Value === undefined || n.Value === tag.Value)));
}

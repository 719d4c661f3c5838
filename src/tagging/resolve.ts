/**
 * From a resource id to what `CreateTags`, `DeleteTags` and `DescribeTags` work on: its
 * kind (by id prefix, `kinds.ts`), the caller's record, and its ARN for IAM. An id of no
 * taggable kind, or a malformed one, is AWS's `InvalidID` ("The ID 'x' is not valid"),
 * checked before any lookup; a well-formed id the caller does not own is the kind's
 * `Invalid...ID.NotFound`. IAM is asked once per resource, on its ARN, with the tags it
 * carries as `ec2:ResourceTag/<key>` condition keys.
 *
 * @module
 */
import type { ActionContext } from '../core/action.js';
import { errors } from '../core/errors.js';
import { isIdOf } from '../core/ids.js';
import type { Params } from '../core/params.js';
import type { Caller } from '../core/identity.js';
import { regionOf, type World } from '../world/world.js';
import { TAGGABLE_KINDS, type TaggableKind, type Tagged, type TagScope } from './kinds.js';

/**
 * The taggable kind of `id`, or `undefined` (malformed, or of a kind AWS does not tag).
 *
 * @example
 * taggableKindOf('vpce-svc-0123456789abcdef0')?.resourceType; // 'vpc-endpoint-service'
 */
export function taggableKindOf(id: string): TaggableKind | undefined {
  return TAGGABLE_KINDS.find((kind) => isIdOf(kind.idKind, id));
}

/**
 * The kind of `id`, or AWS's `InvalidID`.
 *
 * @example
 * requireTaggableKind('i-1'); // throws InvalidID
 */
export function requireTaggableKind(id: string): TaggableKind {
  const kind = taggableKindOf(id);
  if (kind === undefined) throw errors.invalidId(id);
  return kind;
}

/**
 * The required list of resource ids `name` (EC2 `Resources`), each of a taggable kind,
 * duplicates removed, order kept.
 *
 * @example
 * parse: (p) => ({ ids: readTaggableIds(p, 'Resources') }) // MissingParameter, InvalidID
 */
export function readTaggableIds(p: Params, name: string): string[] {
  const ids = [...new Set(p.stringList(name))];
  for (const id of ids) requireTaggableKind(id);
  return ids;
}

/**
 * What a tagging action sees: the caller's account and Region in the world of `ctx`.
 *
 * @example
 * const scope = tagScopeOf(ctx);
 */
export function tagScopeOf(ctx: ActionContext): TagScope {
  return { world: ctx.world, region: ctx.region, accountId: ctx.caller.accountId, now: ctx.now };
}

/**
 * The caller's resource `id` (a draft inside a changing action), or its kind's not-found
 * error.
 *
 * @example
 * requireTagged(tagScopeOf(ctx), 'vpc-0123456789abcdef0').Tags;
 */
export function requireTagged(scope: TagScope, id: string): Tagged {
  const kind = requireTaggableKind(id);
  const resource = kind.find(scope, id);
  if (resource === undefined) throw kind.notFound(id);
  return resource;
}

/**
 * The ARN IAM is asked about for resource `id`: `arn:aws:ec2:<region>:<account>:<type>/<id>`.
 *
 * @example
 * taggableArn('us-east-1', '111111111111', 'subnet-0123456789abcdef0'); // 'arn:aws:ec2:us-east-1:111111111111:subnet/subnet-...'
 */
export function taggableArn(region: string, accountId: string, id: string): string {
  return `arn:aws:ec2:${region}:${accountId}:${requireTaggableKind(id).resourceType}/${id}`;
}

/**
 * What IAM is asked for each resource of a tagging call: the resource's ARN, and as
 * condition keys the tags it carries (`ec2:ResourceTag/<key>`, `aws:ResourceTag/<key>`;
 * none for a resource the caller cannot see) plus `extra` (e.g. `aws:RequestTag/<key>`).
 *
 * @example
 * authorize: (world, caller, { ids }) => tagAuthorizations(world, caller, ids)
 */
export function tagAuthorizations(
  world: World,
  caller: Caller,
  ids: readonly string[],
  extra: Readonly<Record<string, string>> = {},
): { resource: string; context: Record<string, string> }[] {
  const scope: TagScope = { world, region: regionOf(world, caller.region), accountId: caller.accountId, now: world.now };
  return ids.map((id) => {
    const context: Record<string, string> = { ...extra };
    for (const tag of requireTaggableKind(id).find(scope, id)?.Tags ?? []) {
      context[`ec2:ResourceTag/${tag.Key}`] = tag.Value;
      context[`aws:ResourceTag/${tag.Key}`] = tag.Value;
    }
    return { resource: taggableArn(caller.region, caller.accountId, id), context };
  });
}

/**
 * EC2 `DeleteTags`: removes tags from the caller's resources, by id. Without `Tags`, every
 * tag goes; a tag with only a `Key` removes that key whatever its value; a tag with a
 * `Value` too removes the key only when the value matches (an empty `Value` matches only
 * an empty value). A key the resource does not carry is ignored; an `aws:` key is refused
 * as in `CreateTags`. All or nothing across resources.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { tagsAfterDelete } from '../../core/tags.js';
import { readTaggableIds, requireTagged, tagAuthorizations, tagScopeOf } from '../resolve.js';

/** SDK v3 `DeleteTagsRequest`. */
export interface DeleteTagsRequest {
  Resources: string[] | undefined;
  Tags?: { Key?: string | undefined; Value?: string | undefined }[] | undefined;
  DryRun?: boolean | undefined;
}

/** SDK v3 `DeleteTags` output (empty). */
export type DeleteTagsResult = Record<string, never>;

/**
 * `DeleteTags`.
 *
 * @example
 * ec2.deleteTags({ Resources: [VpcId], Tags: [{ Key: 'team' }] }); // any value
 * ec2.deleteTags({ Resources: [VpcId] });                          // every tag
 */
export const deleteTags = defineAction<DeleteTagsRequest, DeleteTagsResult>()({
  name: 'DeleteTags',
  api: 'ec2',
  parse: (p) => ({ ids: readTaggableIds(p, 'Resources'), tags: p.tagsToDelete('Tags') }),
  authorize: (world, caller, { ids }) => tagAuthorizations(world, caller, ids),
  apply: (ctx, { ids, tags }) => {
    const scope = tagScopeOf(ctx);
    const resources = ids.map((id) => requireTagged(scope, id));
    for (const resource of resources) {
      const kept = tagsAfterDelete(resource.Tags, tags);
      if (kept.length !== resource.Tags.length) resource.Tags = kept;
    }
    return {};
  },
});

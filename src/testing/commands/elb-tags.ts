/**
 * ELBv2 tags: `AddTags`, `RemoveTags` and `DescribeTags` on an account's load balancers,
 * target groups and listeners (another account's resource is not found: `LoadBalancerNotFound`,
 * `TargetGroupNotFound`, `ListenerNotFound`). The model keeps each resource's tags and checks
 * what `DescribeTags` answers.
 *
 * @module
 */
import fc from 'fast-check';
import { fuzzFailure } from '../_internals/failure.js';
import { attempt, expectOutcome } from '../model/attempt.js';
import type { FuzzModel } from '../model/fuzz-model.js';
import { identityOf, pick } from '../model/queries.js';
import { defineFuzzCommand, type FuzzCommand } from './define.js';

const KEYS = ['team', 'env', 'cost-center'] as const;

interface Taggable {
  arn: string;
  owner: string;
  notFound: string;
}

function taggables(model: FuzzModel): Taggable[] {
  return [
    ...model.loadBalancers.map((l) => ({ arn: l.arn, owner: l.owner, notFound: 'LoadBalancerNotFound' })),
    ...model.targetGroups.map((t) => ({ arn: t.arn, owner: t.owner, notFound: 'TargetGroupNotFound' })),
    ...model.listeners.map((l) => ({ arn: l.arn, owner: l.owner, notFound: 'ListenerNotFound' })),
  ];
}

/** Tags of a resource as the model knows them. */
function tagsOf(model: FuzzModel, arn: string): Map<string, string> {
  let tags = model.elbTags.get(arn);
  if (tags === undefined) {
    tags = new Map();
    model.elbTags.set(arn, tags);
  }
  return tags;
}

/**
 * `AddTags` / `RemoveTags` / `DescribeTags` on one resource, as its owner or as another account.
 *
 * @example
 * const commands = fc.commands([elbTagsCommand()], { maxCommands: 10 });
 */
export function elbTagsCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'ElbTags',
    input: fc.record({ resource: fc.nat(), op: fc.constantFrom('add' as const, 'remove' as const, 'describe' as const), key: fc.constantFrom(...KEYS), value: fc.constantFrom('a', 'b'), foreign: fc.boolean() }),
    check: (model) => taggables(model).length > 0,
    run: (model, cloud, { resource, op, key, value, foreign }) => {
      const target = pick(taggables(model), resource);
      if (target === undefined) return;
      const caller = foreign ? pick(model.accounts.filter((a) => a !== target.owner), resource) : target.owner;
      if (caller === undefined) return;
      const expected = caller === target.owner ? 'ok' : target.notFound;
      const elb = (c: typeof cloud) => c.elbv2(identityOf(model, caller));
      const tags = tagsOf(model, target.arn);
      if (op === 'add') {
        const r = attempt(model, cloud, 'AddTags', expectOutcome(expected), (c) => elb(c).addTags({ ResourceArns: [target.arn], Tags: [{ Key: key, Value: value }] }));
        if (r.ok) tags.set(key, value);
      } else if (op === 'remove') {
        const r = attempt(model, cloud, 'RemoveTags', expectOutcome(expected), (c) => elb(c).removeTags({ ResourceArns: [target.arn], TagKeys: [key] }));
        if (r.ok) tags.delete(key);
      } else {
        const r = attempt(model, cloud, 'DescribeTags', expectOutcome(expected), (c) => elb(c).describeTags({ ResourceArns: [target.arn] }));
        if (!r.ok) return;
        const got = (r.value.TagDescriptions[0]?.Tags ?? []).map((t) => `${t.Key}=${t.Value ?? ''}`).sort().join(',');
        const want = [...tags].map(([k, v]) => `${k}=${v}`).sort().join(',');
        if (got !== want) throw fuzzFailure(`DescribeTags of ${target.arn} answered [${got}], the model expected [${want}]`);
      }
    },
  });
}

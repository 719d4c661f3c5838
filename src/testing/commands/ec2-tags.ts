/**
 * EC2 tags: `CreateTags`, `DeleteTags` and `DescribeTags` on VPCs, subnets, security groups,
 * VPC endpoints, endpoint services and peering connections, as an owner or as another
 * account (whose answer is the kind's `Invalid...ID.NotFound`), sometimes with an unknown or
 * malformed id in the batch. The model keeps each resource's tags, so it predicts
 * `TagLimitExceeded` (50 per resource, counting those it has), the all-or-nothing outcome
 * of a batch, and what `DescribeTags` answers.
 *
 * @module
 */
import fc from 'fast-check';
import { fuzzFailure } from '../_internals/failure.js';
import { attempt, expectOutcome } from '../model/attempt.js';
import type { FuzzModel } from '../model/fuzz-model.js';
import { identityOf, pick } from '../model/queries.js';
import { defineFuzzCommand, type FuzzCommand } from './define.js';

/** AWS's limit of tags per resource. */
const LIMIT = 50;
/** Enough keys that repeated adds reach the limit. */
const KEYS = Array.from({ length: 64 }, (_, i) => `k${i}`);

interface Ec2Taggable {
  id: string;
  /** Accounts that see it (both sides of a peering connection). */
  owners: readonly string[];
  notFound: string;
  /** Whether an owner surely finds it (not on its way out of sight, as a deleted endpoint is). */
  settled: boolean;
}

function taggables(model: FuzzModel): Ec2Taggable[] {
  return [
    ...model.vpcs.map((v) => ({ id: v.id, owners: [v.owner], notFound: 'InvalidVpcID.NotFound', settled: true })),
    ...model.subnets.map((s) => ({ id: s.id, owners: [s.owner], notFound: 'InvalidSubnetID.NotFound', settled: true })),
    ...model.securityGroups.map((g) => ({ id: g.id, owners: [g.owner], notFound: 'InvalidGroup.NotFound', settled: true })),
    ...model.services.map((s) => ({ id: s.id, owners: [s.owner], notFound: 'InvalidVpcEndpointServiceId.NotFound', settled: true })),
    ...model.endpoints.map((e) => ({ id: e.id, owners: [e.owner], notFound: 'InvalidVpcEndpointId.NotFound', settled: e.state !== 'deleting' && e.state !== 'deleted' })),
    ...model.peerings.map((p) => ({
      id: p.id,
      owners: [p.requesterOwner, p.accepterOwner],
      notFound: 'InvalidVpcPeeringConnectionID.NotFound',
      settled: p.status === 'pending-acceptance' || p.status === 'active',
    })),
  ];
}

/** Tags of a resource as the model knows them. */
function tagsOf(model: FuzzModel, id: string): Map<string, string> {
  let tags = model.ec2Tags.get(id);
  if (tags === undefined) {
    tags = new Map();
    model.ec2Tags.set(id, tags);
  }
  return tags;
}

const input = fc.record({
  op: fc.constantFrom('create' as const, 'create' as const, 'create-twice' as const, 'delete' as const, 'delete-all' as const, 'describe' as const),
  /** Half the time, the resource the model knows most tags on (so the limit is reached). */
  busiest: fc.boolean(),
  resource: fc.nat(),
  second: fc.option(fc.nat(), { nil: undefined, freq: 3 }),
  /** A run of keys from the pool, wrapping around. */
  keys: fc.record({ from: fc.nat({ max: KEYS.length - 1 }), count: fc.integer({ min: 1, max: 40 }) }),
  value: fc.constantFrom('', 'a', 'b'),
  foreign: fc.constantFrom(false, false, false, false, true),
  extra: fc.constantFrom('none' as const, 'none' as const, 'none' as const, 'none' as const, 'none' as const, 'unknown' as const, 'malformed' as const),
});

/** The keys of a run: `count` keys from `from`, wrapping around the pool. */
const keysOf = ({ from, count }: { from: number; count: number }): string[] =>
  Array.from({ length: count }, (_, i) => KEYS[(from + i) % KEYS.length] ?? 'k0');

/** The resource with the most tags in the model (the first of them), if any. */
function busiestOf(model: FuzzModel, candidates: readonly Ec2Taggable[]): Ec2Taggable | undefined {
  let best: Ec2Taggable | undefined;
  for (const t of candidates) if (t.settled && (best === undefined || tagsOf(model, t.id).size > tagsOf(model, best.id).size)) best = t;
  return best;
}

/**
 * `CreateTags` / `DeleteTags` / `DescribeTags` on one or two resources of one account, as
 * it or as another account.
 *
 * @example
 * const commands = fc.commands([ec2TagsCommand()], { maxCommands: 10 });
 */
export function ec2TagsCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'Ec2Tags',
    input,
    check: (model) => taggables(model).length > 0,
    run: (model, cloud, { op, busiest, resource, second, keys: run, value, foreign, extra }) => {
      const keys = keysOf(run);
      const first = (busiest ? busiestOf(model, taggables(model)) : undefined) ?? pick(taggables(model), resource);
      if (first === undefined) return;
      const caller = foreign ? pick(model.accounts.filter((a) => !first.owners.includes(a)), resource) : first.owners[0];
      if (caller === undefined) return;
      const seen = (t: Ec2Taggable) => t.owners.includes(caller);
      const batch = [first];
      const other = second === undefined ? undefined : pick(taggables(model).filter((t) => t.id !== first.id && seen(t) === seen(first)), second);
      if (other !== undefined) batch.push(other);
      const ids = batch.map((t) => t.id);
      if (extra === 'unknown') ids.push('vpc-0000000000000000f');
      if (extra === 'malformed') ids.push('vpc-xyz');
      const who = identityOf(model, caller);

      // The batch fails on the first problem: a malformed id (before any lookup), then a
      // resource not found, then (CreateTags) a resource over the limit.
      const unsettled = batch.some((t) => seen(t) && !t.settled);
      const missing = batch.find((t) => !seen(t));
      const lookup = extra === 'malformed' ? 'InvalidID' : missing !== undefined ? missing.notFound : extra === 'unknown' ? 'InvalidVpcID.NotFound' : undefined;
      const expect = (creating: readonly string[] | undefined) => {
        const overLimit =
          creating !== undefined &&
          batch.some((t) => {
            const tags = tagsOf(model, t.id);
            return tags.size + creating.filter((k) => !tags.has(k)).length > LIMIT;
          });
        const outcome = lookup ?? (overLimit ? 'TagLimitExceeded' : 'ok');
        if (!unsettled || outcome === 'InvalidID') return expectOutcome(outcome);
        const gone = batch.filter((t) => !t.settled).map((t) => t.notFound);
        return creating === undefined ? expectOutcome(outcome, ...gone) : expectOutcome(outcome, ...gone, 'TagLimitExceeded');
      };
      const create = (added: readonly string[]) => {
        const tags = added.map((k) => ({ Key: k, Value: value }));
        const r = attempt(model, cloud, 'CreateTags', expect(added), (c) => c.ec2(who).createTags({ Resources: ids, Tags: tags }));
        if (r.ok) for (const t of batch) for (const k of added) tagsOf(model, t.id).set(k, value);
      };

      if (op === 'describe') {
        const r = attempt(model, cloud, 'DescribeTags', expectOutcome('ok'), (c) => c.ec2(who).describeTags({ Filters: [{ Name: 'resource-id', Values: [first.id] }] }));
        if (!r.ok || !first.settled) return;
        const got = r.value.Tags.map((t) => `${t.Key}=${t.Value}`).sort().join(',');
        const want = seen(first) ? [...tagsOf(model, first.id)].map(([k, v]) => `${k}=${v}`).sort().join(',') : '';
        if (got !== want) throw fuzzFailure(`DescribeTags of ${first.id} as ${caller} answered [${got}], the model expected [${want}]`);
        return;
      }
      if (op === 'create') return create(keys);
      if (op === 'create-twice') {
        // Two runs of fresh keys in a row: the second often crosses the limit.
        create(keys);
        return create(keysOf({ from: run.from + run.count, count: run.count }));
      }
      const named = op === 'delete' ? keys.map((k, i) => (i % 2 === 0 ? { Key: k } : { Key: k, Value: value })) : undefined;
      const r = attempt(model, cloud, 'DeleteTags', expect(undefined), (c) =>
        c.ec2(who).deleteTags({ Resources: ids, ...(named === undefined ? {} : { Tags: named }) }),
      );
      if (!r.ok) return;
      for (const t of batch) {
        const tags = tagsOf(model, t.id);
        if (named === undefined) tags.clear();
        else for (const n of named) if (n.Value === undefined || tags.get(n.Key) === n.Value) tags.delete(n.Key);
      }
    },
  });
}

import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { isCloudError } from '../../src/core/errors.js';
import { taggingWorld } from './fixtures.js';

type World = ReturnType<typeof taggingWorld>;

/** The consumer's taggable ids with how its own describe shows each one's tags. */
function describedTags(w: World): Record<string, string[]> {
  const { c, ids } = w;
  const show = (tags: readonly { Key?: string; Value?: string }[] | undefined) => (tags ?? []).map((t) => `${t.Key ?? ''}=${t.Value ?? ''}`).sort();
  return {
    [ids.vpc]: show(c.describeVpcs({ VpcIds: [ids.vpc] }).Vpcs[0]?.Tags),
    [ids.subnet]: show(c.describeSubnets({ SubnetIds: [ids.subnet] }).Subnets[0]?.Tags),
    [ids.securityGroup]: show(c.describeSecurityGroups({ GroupIds: [ids.securityGroup] }).SecurityGroups[0]?.Tags),
    [ids.vpcEndpoint]: show(c.describeVpcEndpoints({ VpcEndpointIds: [ids.vpcEndpoint] }).VpcEndpoints[0]?.Tags),
    [ids.peering]: show(c.describeVpcPeeringConnections({ VpcPeeringConnectionIds: [ids.peering] }).VpcPeeringConnections[0]?.Tags),
  };
}

/** What `DescribeTags` says of each of those ids. */
function listedTags(w: World): Record<string, string[]> {
  const out: Record<string, string[]> = Object.fromEntries(Object.keys(describedTags(w)).map((id) => [id, []]));
  for (const t of w.c.describeTags().Tags) out[t.ResourceId]?.push(`${t.Key}=${t.Value}`);
  for (const id of Object.keys(out)) out[id]?.sort();
  return out;
}

const key = fc.constantFrom('team', 'env', 'owner', 'cost', 'tier', 'app');
const value = fc.constantFrom('', 'a', 'b');
const tagSet = fc.uniqueArray(fc.record({ Key: key, Value: value }), { selector: (t) => t.Key, minLength: 1, maxLength: 6 });
const op = fc.record({
  kind: fc.constantFrom('create' as const, 'delete-keys' as const, 'delete-values' as const, 'delete-all' as const),
  targets: fc.subarray([0, 1, 2, 3, 4], { minLength: 1 }),
  tags: tagSet,
});

test.prop([fc.array(op, { maxLength: 12 })], { numRuns: 30 })('DescribeTags agrees with every resource\'s own describe, after any CreateTags/DeleteTags', (ops) => {
  const w = taggingWorld();
  const all = Object.keys(describedTags(w));
  for (const { kind, targets, tags } of ops) {
    const Resources = targets.map((i) => all[i] ?? '');
    if (kind === 'create') w.c.createTags({ Resources, Tags: tags });
    else if (kind === 'delete-keys') w.c.deleteTags({ Resources, Tags: tags.map((t) => ({ Key: t.Key })) });
    else if (kind === 'delete-values') w.c.deleteTags({ Resources, Tags: tags });
    else w.c.deleteTags({ Resources });
  }
  expect(listedTags(w)).toEqual(describedTags(w));
});

test.prop([fc.array(op, { maxLength: 6 }), fc.uniqueArray(fc.record({ Key: fc.constantFrom('x1', 'x2', 'x3', 'x4'), Value: value }), { selector: (t) => t.Key, minLength: 1 }), fc.boolean()], { numRuns: 30 })(
  'CreateTags of fresh keys then DeleteTags of the same keys (by key, or by key and value) restores the tag sets',
  (ops, fresh, byValue) => {
    const w = taggingWorld();
    const all = Object.keys(describedTags(w));
    for (const { targets, tags } of ops) w.c.createTags({ Resources: targets.map((i) => all[i] ?? ''), Tags: tags });
    const before = describedTags(w);
    w.c.createTags({ Resources: all, Tags: fresh });
    w.c.deleteTags({ Resources: all, Tags: byValue ? fresh : fresh.map((t) => ({ Key: t.Key })) });
    expect(describedTags(w)).toEqual(before);
  },
);

test.prop([fc.integer({ min: 0, max: 50 }), fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 50 })], { numRuns: 40 })(
  'CreateTags succeeds exactly when the resource ends with at most 50 tags, and a refusal changes nothing',
  (existing, added, overlap) => {
    const w = taggingWorld();
    const have = Array.from({ length: existing }, (_, i) => ({ Key: `k${i}`, Value: 'old' }));
    if (existing > 0) w.c.createTags({ Resources: [w.ids.vpc], Tags: have });
    const shared = Math.min(overlap, existing, added);
    const adding = Array.from({ length: added }, (_, i) => ({ Key: i < shared ? `k${i}` : `n${i}`, Value: 'new' }));
    const fits = existing + added - shared <= 50;
    const before = w.cloud.world;
    let code = 'ok';
    try {
      w.c.createTags({ Resources: [w.ids.vpc], Tags: adding });
    } catch (error) {
      if (!isCloudError(error)) throw error;
      code = error.code;
    }
    expect(code).toBe(fits ? 'ok' : 'TagLimitExceeded');
    if (!fits) expect(w.cloud.world).toBe(before);
    expect(w.c.describeVpcs({ VpcIds: [w.ids.vpc] }).Vpcs[0]?.Tags).toHaveLength(fits ? existing + added - shared : existing);
  },
);

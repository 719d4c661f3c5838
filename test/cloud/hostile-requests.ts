/**
 * Hostile requests for the registered actions, shared by the facade and the SDK-client
 * hostile-input tests: most are a valid request of the action (`hostile-bases.ts`) with up
 * to three mutations, sent by the identity it is valid for; the rest are generic garbage
 * over the fields the action's source declares, sent by anyone (or by a garbage identity).
 */
import { fc } from '@fast-check/vitest';
import { ec2Actions, elbv2Actions } from '../../src/index.js';
import { baseRequests } from './hostile-bases.js';
import { actionFields } from './hostile-oracle.js';
import { hostileRequest, hostileValue, mutatedRequest } from './hostile-values.js';
import { hostileWorld } from './hostile-world.js';

/** Every registered action, as `[api, name]`, read from the registries. */
export const ACTIONS = [
  ...Object.keys(ec2Actions).map((name) => ['ec2', name] as const),
  ...Object.keys(elbv2Actions).map((name) => ['elbv2', name] as const),
];

const world = hostileWorld();
const FIELDS = actionFields(ACTIONS.map(([, name]) => name));

/** The valid request of each action, by name, or `<api>:<name>` where both APIs have the name (some actions may lack one). */
export const BASES = baseRequests(world.ids);

/** Garbage of any shape, mixed with the world's real names. */
export const anything = hostileValue(world.strings, ['accountId', 'region', 'principalArn', 'subnetId', 'network', 'ip', 'port', 'host', 'from']);

/** An identity of the world (mostly) or garbage. */
export const identity = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...world.identities) }, { weight: 1, arbitrary: anything });

/**
 * `[identity, request]` for the action `name`: its valid base mutated (4 in 5), or generic.
 *
 * @param anyone whether the identity may be garbage too (the SDK test attaches valid ones only)
 * @param api which API's action, where EC2 and ELBv2 share the name (`DescribeTags`)
 */
export function requestFor(name: string, anyone = true, api?: 'ec2' | 'elbv2'): fc.Arbitrary<readonly [unknown, unknown]> {
  const fields = FIELDS.get(name) ?? [];
  const base = (api === undefined ? undefined : BASES[`${api}:${name}`]) ?? BASES[name];
  const who = anyone ? identity : fc.constantFrom(...world.identities);
  const generic = fc.tuple(who, hostileRequest(world.strings, fields));
  if (base === undefined) return generic;
  const sender = fc.oneof({ weight: 8, arbitrary: fc.constant(world.identities[base.sender]) }, { weight: 1, arbitrary: who });
  return fc.oneof({ weight: 4, arbitrary: fc.tuple(sender, mutatedRequest(base.input, world.strings, fields)) }, { weight: 1, arbitrary: generic });
}

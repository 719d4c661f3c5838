/**
 * The value formats snapshot records use, each the model's own check (one source of truth
 * per rule): ids by kind, account ids, CIDR blocks and addresses in canonical form, ARNs,
 * Availability Zone ids of the catalogue, epoch times a `Date` can show, tags.
 *
 * @module
 */
import type { AnyStateMachine } from 'xstate';
import { parseArn } from '../../core/arn.js';
import { MAX_EPOCH_MS } from '../../core/clock.js';
import { stateNames } from '../../machines/step.js';
import { isAccountId, isIdOf, type IdKind } from '../../core/ids.js';
import { regionOfZoneId } from '../../geo/regions.js';
import { formatIpv4, normalizeCidr, parseIpv4 } from '../../network/cidr.js';
import { list, num, oneOf, struct, text, type Reader } from './read.js';

/** An id of `kind`, e.g. `vpc-0123456789abcdef0`. */
export const idOf = (kind: IdKind): Reader<string> => text((s) => isIdOf(kind, s), `an id of kind ${kind}`);

/** A 12-digit account id. */
export const accountId: Reader<string> = text(isAccountId, 'a 12-digit account id');

/** A CIDR block as the model stores it (canonical). */
export const cidr: Reader<string> = text((s) => normalizeCidr(s) === s, 'an IPv4 CIDR block in canonical form');

/** An IPv4 address in dotted form. */
export const ipv4: Reader<string> = text((s) => {
  const ip = parseIpv4(s);
  return ip !== undefined && formatIpv4(ip) === s;
}, 'an IPv4 address');

/** Any ARN. */
export const arn: Reader<string> = text((s) => parseArn(s) !== undefined, 'an ARN');

/** An Availability Zone id of the regions catalogue. */
export const zoneId: Reader<string> = text((s) => regionOfZoneId(s) !== undefined, 'an Availability Zone id of a known region');

/** An epoch time in milliseconds a `Date` can represent. */
export const epochMs: Reader<number> = num({ min: -MAX_EPOCH_MS, max: MAX_EPOCH_MS });

/** A duration in milliseconds. */
export const durationMs: Reader<number> = num({ min: 0, max: MAX_EPOCH_MS });

/** An AWS tag. */
export const tag = struct({ Key: text(), Value: text() });

/** A resource's tags. */
export const tags = list(tag);

/** A list of ids of `kind`, each once. */
export const idList = (kind: IdKind): Reader<string[]> => list(idOf(kind), { unique: true });

/**
 * A state of a lifecycle machine: the machine is the one list of its states.
 *
 * @example
 * const endpointState = stateOf<VpcEndpointState>(endpointConnectionMachine);
 */
export function stateOf<State extends string>(machine: AnyStateMachine): Reader<State> {
  return oneOf(stateNames(machine) as State[]);
}

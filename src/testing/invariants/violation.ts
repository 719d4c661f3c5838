/**
 * What `checkInvariants` reports: which of docs/design.md's ten invariants broke, on which ids,
 * and why, in words a person can act on.
 *
 * @module
 */

/** The number of an invariant of docs/design.md ("Invariants"). */
export type InvariantNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

/**
 * docs/design.md's invariants, by number, as the project states them.
 *
 * @example
 * INVARIANTS[2]; // 'Endpoint AZs are a subset of the service's AZs, compared by AZ id, never by name.'
 */
export const INVARIANTS: Readonly<Record<InvariantNumber, string>> = Object.freeze({
  1: 'Only an allowed principal can create an endpoint to a service; acceptance is required unless the service says otherwise; nothing reaches available without it.',
  2: "Endpoint AZs are a subset of the service's AZs, compared by AZ id, never by name.",
  3: "A consumer's view of a service lists exactly the common AZs, in the consumer's names.",
  4: "Per AZ, an endpoint is wired to exactly one of the service's load balancers.",
  5: 'Lifecycle states change only along machine transitions; deleted, rejected and failed behave as AWS documents.',
  6: 'A failed command (bad input, not found, not authorised, wrong state) changes nothing.',
  7: 'No source port is held twice at once for one (NLB node, target ip, target port); at most the capacity is held; a released port is not reused before its cooldown.',
  8: 'Closing every connection leaves the allocator empty; deleting an endpoint closes its connections.',
  9: 'Same seed and calls give identical snapshots; snapshot -> JSON -> restore is identity.',
  10: "One account can never read or change another account's private resources.",
});

/**
 * One broken invariant.
 *
 * @example
 * const [first] = checkInvariants(cloud);
 * if (first) console.log(`invariant ${first.invariant} on ${first.ids.join(', ')}: ${first.message}`);
 */
export interface InvariantViolation {
  /** Which invariant of docs/design.md broke. */
  invariant: InvariantNumber;
  /** The ids (resources, accounts, connections, JSON paths) it broke on. */
  ids: string[];
  /** What was found, and what was expected. */
  message: string;
}

/**
 * Builds a violation.
 *
 * @example
 * violation(2, [endpointId, zoneId], `endpoint ${endpointId} is in ${zoneId}, which the service does not offer`);
 */
export function violation(invariant: InvariantNumber, ids: readonly string[], message: string): InvariantViolation {
  return { invariant, ids: [...ids], message };
}

/**
 * One line per violation, for error messages and logs.
 *
 * @example
 * console.log(formatViolations(checkInvariants(cloud)));
 */
export function formatViolations(violations: readonly InvariantViolation[]): string {
  return violations.map((v) => `invariant ${v.invariant} [${v.ids.join(', ')}]: ${v.message}`).join('\n');
}

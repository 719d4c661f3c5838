/**
 * Invariant 10, through the API: every describe an account makes lists only what is its own
 * (or, for peering connections, what it is a side of; for endpoint connections, what
 * connects to its services), and asking by id for another account's VPC, subnet, endpoint,
 * service configuration or load balancer answers as if it did not exist.
 *
 * @module
 */
import { isCloudError } from '../../core/errors.js';
import type { RegionState, World } from '../../world/world.js';
import { knownAccounts, regionsOf, viewerApis, type InvariantSubject, type ViewerApis } from '../_internals/world-scan.js';
import type { RegionDelta } from '../_internals/world-delta.js';
import { LISTINGS, PROBES, type ForeignEntry, type Owned, type Probe } from './isolation-kinds.js';
import { violation, type InvariantViolation } from './violation.js';

/** How many of another account's resources per kind are probed by id. */
const PROBES_PER_KIND = 3;

/**
 * Whether `lookup` answered (rather than failing as for a missing resource). Most probes
 * fail, and the stack each failure captured was a quarter of the check: it is not captured
 * here (the error is dropped). A lookup only reads, so one that fails otherwise is run
 * again with stacks on, to throw its error as it would anyway.
 */
function answers(lookup: () => readonly unknown[]): boolean {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return lookup().length > 0;
  } catch (error) {
    if (isCloudError(error)) return false;
    Error.stackTraceLimit = limit;
    lookup();
    throw error;
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** What one region's check covers: which listings, and which resources per probe kind. */
interface Scope {
  listings: typeof LISTINGS;
  probed: (viewer: string) => [kind: Probe, targets: Owned[]][];
}

function checkRegion(subject: InvariantSubject, region: string, state: RegionState, scope: Scope): InvariantViolation[] {
  const out: InvariantViolation[] = [];
  for (const viewer of knownAccounts(subject.world, state)) {
    const apis: ViewerApis = viewerApis(subject, viewer, region);
    const listed: ForeignEntry[] = scope.listings.flatMap((l) => l.foreign(apis, state, viewer));
    for (const [kind, id, owner] of listed) out.push(violation(10, [id, viewer], `account ${viewer} lists ${kind} ${id} of ${owner}`));
    for (const [p, targets] of scope.probed(viewer)) {
      for (const { id, owner } of targets) {
        if (answers(() => p.lookup(apis, id))) out.push(violation(10, [id, viewer], `account ${viewer} reads ${p.kind} ${id} of ${owner} by id`));
      }
    }
  }
  return out;
}

/** Up to `limit` of `all` not owned by `viewer`. */
function othersOf(all: Iterable<Owned>, viewer: string, limit: number): Owned[] {
  const out: Owned[] = [];
  for (const r of all) {
    if (out.length >= limit) break;
    if (r.owner !== viewer) out.push(r);
  }
  return out;
}

/** The whole region's check: every listing, and a few of each kind probed per viewer. */
function wholeRegion(state: RegionState): Scope {
  return { listings: LISTINGS, probed: (viewer) => PROBES.map((p): [Probe, Owned[]] => [p, othersOf(p.all(state), viewer, PROBES_PER_KIND)]) };
}

/**
 * Checks invariant 10 for every account known in every region.
 *
 * @example
 * checkIsolation(cloud); // [] when no account sees another's resources
 */
export function checkIsolation(subject: InvariantSubject): InvariantViolation[] {
  const out: InvariantViolation[] = [];
  for (const [region, state] of regionsOf(subject.world)) out.push(...checkRegion(subject, region, state, wholeRegion(state)));
  return out;
}

/**
 * Checks invariant 10 on what one step changed in a region: every account re-lists each kind
 * that gained or lost a row (or whose index changed), and asks by id for every added
 * resource it does not own (all of them, not a sample). Who may see a resource follows from
 * what it was created with, so a replaced row needs no new look. A region whose known
 * accounts changed is checked in full.
 *
 * @example
 * for (const r of worldDelta(before, cloud.world).regions) checkIsolationOfChange(cloud, before, r);
 */
export function checkIsolationOfChange(subject: InvariantSubject, before: World, delta: RegionDelta): InvariantViolation[] {
  const state = delta.after;
  if (state === undefined) return [];
  const accounts = knownAccounts(subject.world, state).join(',');
  const known = delta.before === undefined ? '' : knownAccounts(before, delta.before).join(',');
  if (accounts !== known) return checkRegion(subject, delta.region, state, wholeRegion(state));
  const listings = LISTINGS.filter((l) => l.rows.some((t) => delta.membership(t).length > 0) || l.indexes.some((t) => delta.changed(t)));
  const touched = PROBES.map((p): [Probe, Owned[]] => [p, delta.membership(p.table).flatMap((key) => p.owned(state, key) ?? [])]);
  const probed = (viewer: string) => touched.map(([p, all]): [Probe, Owned[]] => [p, all.filter((r) => r.owner !== viewer)]);
  if (listings.length === 0 && touched.every(([, all]) => all.length === 0)) return [];
  return checkRegion(subject, delta.region, state, { listings, probed });
}

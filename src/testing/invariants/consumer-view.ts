/**
 * Invariant 3, through the API as each account sees it: `DescribeVpcEndpointServices`
 * lists every live service the account owns or is allowed to use, each with exactly the AZs
 * common to provider and viewer (matched by AZ id), written in the viewer's own AZ names
 * (as its `DescribeAvailabilityZones` names them); the provider's
 * `DescribeVpcEndpointServiceConfigurations` shows the service's AZs in the provider's names.
 * A listed service the viewer may not use is reported under invariant 10.
 *
 * @module
 */
import { rows, tableKeys } from '../../core/table.js';
import type { EndpointServiceRecord } from '../../endpoint-services/model.js';
import { allPages } from '../_internals/paging.js';
import { principalsCover } from '../_internals/principals.js';
import { knownAccounts, LIVE_SERVICE_STATES, regionsOf, offeredZoneIds, viewerApis, type InvariantSubject } from '../_internals/world-scan.js';
import { violation, type InvariantViolation } from './violation.js';


/** The viewer's AZs as `[name, id]`, in name order. */
function zonesOf(subject: InvariantSubject, accountId: string, region: string): [string, string][] {
  const zones = viewerApis(subject, accountId, region).ec2.describeAvailabilityZones().AvailabilityZones;
  return zones.map((z): [string, string] => [z.ZoneName, z.ZoneId]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The service's AZs as `viewer` should see them: common ids, viewer's names, viewer's order. */
function expectedNames(viewerZones: readonly [string, string][], offered: ReadonlySet<string>): string[] {
  return viewerZones.filter(([, id]) => offered.has(id)).map(([name]) => name);
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Checks invariant 3 (and visibility, invariant 10) for every account known in every region
 * (in `regions` only, when given).
 *
 * @example
 * checkConsumerViews(cloud); // [] when every consumer sees the common AZs in its names
 */
export function checkConsumerViews(subject: InvariantSubject, regions?: ReadonlySet<string>): InvariantViolation[] {
  const out: InvariantViolation[] = [];
  const world = subject.world;
  for (const [region, state] of regionsOf(world)) {
    if (regions !== undefined && !regions.has(region)) continue;
    const live = [...rows(state.endpointServices)].filter((s) => LIVE_SERVICE_STATES.has(s.ServiceState));
    if (live.length === 0) continue;
    for (const viewer of knownAccounts(world, state)) {
      const { ec2 } = viewerApis(subject, viewer, region);
      const viewerZones = zonesOf(subject, viewer, region);
      const listed = new Map(
        allPages((NextToken) => ec2.describeVpcEndpointServices(NextToken === undefined ? {} : { NextToken }), (p) => p.ServiceDetails).map((d) => [d.ServiceId, d]),
      );
      const root = `arn:aws:iam::${viewer}:root`;
      for (const service of live) {
        const id = service.ServiceId;
        const mayUse = service.OwnerId === viewer || principalsCover([...tableKeys(service.allowedPrincipals)], root);
        const detail = listed.get(id);
        if (detail === undefined) {
          if (mayUse) out.push(violation(3, [id, viewer], `account ${viewer} may use ${id} but DescribeVpcEndpointServices does not list it`));
          continue;
        }
        if (!mayUse) {
          out.push(violation(10, [id, viewer], `account ${viewer} sees ${id} of ${service.OwnerId} without being allowed`));
          continue;
        }
        const expected = expectedNames(viewerZones, offeredZoneIds(state, service));
        if (!same(detail.AvailabilityZones, expected)) {
          out.push(violation(3, [id, viewer], `account ${viewer} sees ${id} in [${detail.AvailabilityZones.join(', ')}], expected the common AZs in its names [${expected.join(', ')}]`));
        }
      }
    }
    out.push(...checkProviderViews(subject, region, live));
  }
  return out;
}

/** The provider's own view: its service's AZs in its names. */
function checkProviderViews(subject: InvariantSubject, region: string, live: readonly EndpointServiceRecord[]): InvariantViolation[] {
  const out: InvariantViolation[] = [];
  const state = subject.world.regions[region];
  if (state === undefined) return out;
  for (const owner of new Set(live.map((s) => s.OwnerId))) {
    const ownerZones = zonesOf(subject, owner, region);
    const { ec2 } = viewerApis(subject, owner, region);
    const configs = allPages(
      (NextToken) => ec2.describeVpcEndpointServiceConfigurations(NextToken === undefined ? {} : { NextToken }),
      (p) => p.ServiceConfigurations,
    );
    for (const service of live.filter((s) => s.OwnerId === owner)) {
      const config = configs.find((c) => c.ServiceId === service.ServiceId);
      const expected = expectedNames(ownerZones, offeredZoneIds(state, service));
      if (config === undefined) {
        out.push(violation(3, [service.ServiceId, owner], `provider ${owner} does not see its own ${service.ServiceId}`));
      } else if (!same(config.AvailabilityZones, expected)) {
        out.push(violation(3, [service.ServiceId, owner], `provider ${owner} sees ${service.ServiceId} in [${config.AvailabilityZones.join(', ')}], expected [${expected.join(', ')}]`));
      }
    }
  }
  return out;
}

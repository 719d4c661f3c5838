/**
 * `checkInvariants` on worlds corrupted through restored snapshots: invariants 1, 2, 4 and 5
 * from the state alone, and the shape of what it reports.
 */
import { describe, expect, it } from 'vitest';
import type { World } from '../../src/index.js';
import { assertInvariants, checkInvariants, formatViolations, INVARIANTS, type InvariantNumber } from '../../src/testing/index.js';
import { cloudErrorOf } from '../support/errors.js';
import { emptyTable } from '../../src/core/table.js';
import { buildDataPath } from '../data-plane/fixtures.js';
import { REGION } from '../fixtures/topology.js';
import { must, restoredWith, row } from './support.js';

const path = buildDataPath();
const { cloud, endpointId } = path;
const serviceId = path.provider.serviceId;

const region = (w: World) => must(w.regions[REGION], 'the region');
const endpoint = (w: World) => row(region(w).vpcEndpoints, endpointId);
const service = (w: World) => row(region(w).endpointServices, serviceId);
const numbers = (violations: { invariant: InvariantNumber }[]) => [...new Set(violations.map((v) => v.invariant))].sort((a, b) => a - b);

describe('checkInvariants on a healthy world', () => {
  it('reports nothing, and changes nothing', () => {
    const before = cloud.world;
    expect(checkInvariants(cloud)).toEqual([]);
    expect(cloud.world).toBe(before);
    expect(() => assertInvariants(cloud)).not.toThrow();
  });

  it('names the ten invariants of docs/design.md', () => {
    expect(Object.keys(INVARIANTS)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(INVARIANTS[2]).toContain('AZ id');
  });
});

describe('invariant 1: requester and connection list', () => {
  it('reports an endpoint requested by a principal of another account', () => {
    const bad = restoredWith(cloud, (w) => {
      endpoint(w).RequesterArn = 'arn:aws:iam::999999999999:root';
    });
    const found = checkInvariants(bad, { only: [1] });
    expect(found).toEqual([expect.objectContaining({ invariant: 1, ids: [endpointId, 'arn:aws:iam::999999999999:root'] })]);
    expect(found[0]?.message).toContain('a principal of another account');
  });

  it('reports an endpoint missing from its service connection list', () => {
    const bad = restoredWith(cloud, (w) => {
      service(w).connections = emptyTable();
    });
    expect(checkInvariants(bad, { only: [1] })).toEqual([expect.objectContaining({ invariant: 1, ids: [endpointId, serviceId] })]);
  });

  it('reports an endpoint that records the wrong service owner', () => {
    const bad = restoredWith(cloud, (w) => {
      endpoint(w).ServiceOwnerId = '999999999999';
    });
    const found = checkInvariants(bad, { only: [1] });
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('belongs to');
  });
});

describe('invariant 2: endpoint AZs within the service AZs, by id', () => {
  it('reports an endpoint AZ the service does not offer', () => {
    const bad = restoredWith(cloud, (w) => {
      const zone = must(endpoint(w).zones[0]);
      zone.AvailabilityZoneId = 'use1-az6';
    });
    const found = checkInvariants(bad, { only: [2] });
    expect(found.some((v) => v.invariant === 2 && v.ids.includes('use1-az6') && v.message.includes('does not offer'))).toBe(true);
  });

  it('reports two subnets of one endpoint in one AZ', () => {
    const bad = restoredWith(cloud, (w) => {
      const e = endpoint(w);
      e.zones.push({ ...must(e.zones[0]) });
    });
    expect(checkInvariants(bad, { only: [2] }).some((v) => v.message.includes('two subnets'))).toBe(true);
  });

  it('reports a recorded subnet in another AZ than the endpoint zone says', () => {
    const bad = restoredWith(cloud, (w) => {
      const e = endpoint(w);
      const [a, b] = [must(e.zones[0]), must(e.zones[1])];
      a.SubnetId = b.SubnetId;
    });
    const found = checkInvariants(bad, { only: [2] });
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('but that subnet is in');
  });

  it('ignores endpoints that no longer hold AZs (rejected) and services going away', () => {
    const rejected = restoredWith(cloud, (w) => {
      endpoint(w).State = 'rejected';
      must(endpoint(w).zones[0]).AvailabilityZoneId = 'use1-az6';
    });
    expect(checkInvariants(rejected, { only: [2] })).toEqual([]);
    const deleting = restoredWith(cloud, (w) => {
      service(w).ServiceState = 'Deleting';
      must(endpoint(w).zones[0]).AvailabilityZoneId = 'use1-az6';
    });
    expect(checkInvariants(deleting, { only: [2, 4] })).toEqual([]);
  });
});

describe('invariant 4: per AZ exactly one of the service NLBs', () => {
  it('reports an AZ wired to a load balancer that is not the service one', () => {
    const bad = restoredWith(cloud, (w) => {
      must(endpoint(w).zones[0]).LoadBalancerArn = 'arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/net/other/0123456789abcdef';
    });
    const found = checkInvariants(bad, { only: [4] });
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('not a load balancer of');
  });

  it('reports an AZ wired to a service NLB without a node there', () => {
    const bad = restoredWith(cloud, (w) => {
      const lb = row(region(w).loadBalancers, path.provider.loadBalancerArn);
      lb.nodes = lb.nodes.slice(1);
    });
    expect(checkInvariants(bad, { only: [4] }).some((v) => v.message.includes('has no node in that AZ'))).toBe(true);
  });
});

describe('invariant 5: legal machine states', () => {
  const cases: [string, (w: World) => void, string][] = [
    ['endpoint', (w) => void Object.assign(endpoint(w), { State: 'Available' }), endpointId],
    ['service', (w) => void Object.assign(service(w), { ServiceState: 'available' }), serviceId],
    ['load balancer', (w) => void Object.assign(row(region(w).loadBalancers, path.provider.loadBalancerArn), { State: 'deleted' }), path.provider.loadBalancerArn],
    ['private DNS', (w) => void Object.assign(service(w), { PrivateDns: { Name: 'a.example.com', State: 'Verified', TxtName: '_x', TxtValue: 'vpce:y' } }), serviceId],
  ];
  for (const [kind, mutate, id] of cases) {
    it(`reports a ${kind} in a state its machine does not have`, () => {
      const found = checkInvariants(restoredWith(cloud, mutate), { only: [5] });
      expect(found).toEqual([expect.objectContaining({ invariant: 5, ids: [id] })]);
      expect(found[0]?.message).toContain('not a state of its lifecycle');
    });
  }

  it('reports a peering connection in a status AWS does not have', () => {
    const peered = buildDataPath();
    const c = peered.cloud.ec2(peered.consumer.identity);
    const other = c.createVpc({ CidrBlock: '10.9.0.0/16' }).Vpc.VpcId;
    const id = must(c.createVpcPeeringConnection({ VpcId: peered.consumer.vpcId, PeerVpcId: other }).VpcPeeringConnection.VpcPeeringConnectionId);
    expect(checkInvariants(peered.cloud, { only: [5] })).toEqual([]);
    const bad = restoredWith(peered.cloud, (w) => {
      row(region(w).vpcPeeringConnections, id).Status = 'accepted' as never;
    });
    expect(checkInvariants(bad, { only: [5] })).toEqual([expect.objectContaining({ invariant: 5, ids: [id] })]);
  });
});

describe('what checkInvariants reports', () => {
  it('checks only the invariants asked for, and every one by default', () => {
    const bad = restoredWith(cloud, (w) => {
      endpoint(w).State = 'Bogus' as never;
      endpoint(w).RequesterArn = 'arn:aws:iam::999999999999:root';
    });
    expect(numbers(checkInvariants(bad, { only: [5] }))).toEqual([5]);
    expect(numbers(checkInvariants(bad, { only: [1] }))).toEqual([1]);
    // Such a world also cannot be restored (the loader refuses the unknown state): invariant 9.
    expect(numbers(checkInvariants(bad))).toEqual([1, 5, 9]);
  });

  it('assertInvariants throws one readable InvalidState error listing every violation', () => {
    const bad = restoredWith(cloud, (w) => {
      endpoint(w).State = 'Bogus' as never;
      endpoint(w).RequesterArn = 'arn:aws:iam::999999999999:root';
    });
    const error = cloudErrorOf(() => assertInvariants(bad));
    expect(error.code).toBe('InvalidState');
    expect(error.message).toMatch(/^3 invariant violations:\ninvariant 1 \[/);
    expect(error.message).toContain(`invariant 5 [${endpointId}]`);
    expect(error.message).toContain('invariant 9 [InvalidParameterValue]: the snapshot does not restore');
    const one = restoredWith(cloud, (w) => {
      endpoint(w).State = 'Bogus' as never;
    });
    expect(cloudErrorOf(() => assertInvariants(one, { only: [5] })).message).toMatch(/^1 invariant violation:\n/);
    expect(formatViolations([{ invariant: 7, ids: ['a', 'b'], message: 'm' }])).toBe('invariant 7 [a, b]: m');
  });
});

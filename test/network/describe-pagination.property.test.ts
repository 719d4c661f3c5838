import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import type { Cloud } from '../../src/index.js';
import { A, B, newCloud, vpcOf } from './fixtures.js';

/** Collects every page of a describe, asserting each page respects MaxResults. */
function allPages<T>(maxResults: number, describe: (token: string | undefined) => { items: T[]; next: string | undefined }): T[] {
  const out: T[] = [];
  let token: string | undefined;
  for (let guard = 0; guard < 1000; guard++) {
    const page = describe(token);
    expect(page.items.length).toBeLessThanOrEqual(maxResults);
    out.push(...page.items);
    if (page.next === undefined) return out;
    expect(page.items.length).toBe(maxResults);
    token = page.next;
  }
  throw new Error('pagination did not end');
}

/** A world with `vpcs` VPCs of A (each with one subnet, some with an extra group) and noise from B. */
function world(vpcs: number, seed: number): Cloud {
  const cloud = newCloud(seed, { vpcsPerRegion: 25 });
  for (let i = 0; i < vpcs; i++) {
    const VpcId = vpcOf(cloud, A, `10.${i}.0.0/16`);
    cloud.ec2(A).createSubnet({ VpcId, CidrBlock: `10.${i}.1.0/24` });
    if (i % 2 === 0) cloud.ec2(A).createSecurityGroup({ VpcId, GroupName: `g${i}`, Description: 'x' });
    if (i > 0 && i % 3 === 0) {
      const peer = vpcOf(cloud, B, `172.${16 + i}.0.0/16`);
      cloud.ec2(A).createVpcPeeringConnection({ VpcId, PeerVpcId: peer, PeerOwnerId: B.accountId });
    }
  }
  vpcOf(cloud, B, '192.168.0.0/16');
  return cloud;
}

test.prop([fc.integer({ min: 0, max: 24 }), fc.integer({ min: 5, max: 13 }), fc.integer()], { numRuns: 25 })(
  'paged describes return every item exactly once, in any page size',
  (vpcs, maxResults, seed) => {
    const cloud = world(vpcs, seed);
    const ec2 = cloud.ec2(A);
    const check = (everything: string[], paged: string[]) => {
      expect(new Set(paged).size).toBe(paged.length);
      expect([...paged].sort()).toEqual([...everything].sort());
    };
    check(
      ec2.describeVpcs().Vpcs.map((v) => v.VpcId),
      allPages(maxResults, (t) => {
        const r = ec2.describeVpcs({ MaxResults: maxResults, ...(t ? { NextToken: t } : {}) });
        return { items: r.Vpcs.map((v) => v.VpcId), next: r.NextToken };
      }),
    );
    check(
      ec2.describeSubnets().Subnets.map((s) => s.SubnetId),
      allPages(maxResults, (t) => {
        const r = ec2.describeSubnets({ MaxResults: maxResults, ...(t ? { NextToken: t } : {}) });
        return { items: r.Subnets.map((s) => s.SubnetId), next: r.NextToken };
      }),
    );
    check(
      ec2.describeSecurityGroups().SecurityGroups.map((g) => g.GroupId),
      allPages(maxResults, (t) => {
        const r = ec2.describeSecurityGroups({ MaxResults: maxResults, ...(t ? { NextToken: t } : {}) });
        return { items: r.SecurityGroups.map((g) => g.GroupId), next: r.NextToken };
      }),
    );
    check(
      ec2.describeVpcPeeringConnections().VpcPeeringConnections.map((c) => c.VpcPeeringConnectionId),
      allPages(maxResults, (t) => {
        const r = ec2.describeVpcPeeringConnections({ MaxResults: maxResults, ...(t ? { NextToken: t } : {}) });
        return { items: r.VpcPeeringConnections.map((c) => c.VpcPeeringConnectionId), next: r.NextToken };
      }),
    );
    expect(ec2.describeVpcs().Vpcs).toHaveLength(vpcs);
    expect(ec2.describeSubnets().Subnets).toHaveLength(vpcs);
  },
);

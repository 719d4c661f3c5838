import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { AWS_SERVICES } from '../../src/aws-services/catalogue.js';
import { awsServiceZoneIds } from '../../src/aws-services/lookup.js';
import { REGIONS } from '../../src/geo/regions.js';
import { createCloud } from '../../src/index.js';

const ACCOUNT = '222222222222';
const REGION_NAMES = Object.keys(REGIONS);
const INTERFACE_SERVICES = AWS_SERVICES.filter((s) => s.types.includes('Interface'));

/** A region and an AZ map of the account there: a non-empty subset of its AZ ids, in any order. */
const regionAndZones = fc.constantFrom(...REGION_NAMES).chain((region) => {
  const ids = REGIONS[region]?.zoneIds ?? [];
  return fc.tuple(fc.constant(region), fc.shuffledSubarray([...ids], { minLength: 1 }));
});

test.prop([regionAndZones, fc.integer()], { numRuns: 40 })(
  'every AWS service lists exactly the AZs it offers that the caller has, by AZ id, in the caller\'s names and order',
  ([region, zones], seed) => {
    const cloud = createCloud({ seed, accounts: { [ACCOUNT]: { zones: { [region]: zones } } } });
    const details = cloud.ec2({ accountId: ACCOUNT, region }).describeVpcEndpointServices().ServiceDetails;
    expect(details).toHaveLength(AWS_SERVICES.reduce((n, s) => n + s.types.length, 0));
    for (const detail of details) {
      expect(detail.Owner).toBe('amazon');
      const entry = AWS_SERVICES.find((s) => `com.amazonaws.${region}.${s.name}` === detail.ServiceName);
      if (entry === undefined) throw new Error(`unexpected ${detail.ServiceName}`);
      const offered = new Set(awsServiceZoneIds(region, entry));
      const expected = zones.filter((id) => offered.has(id));
      expect(detail.AvailabilityZoneIds).toEqual(expected);
      expect(detail.AvailabilityZones).toEqual(expected.map((id) => `${region}${String.fromCharCode(97 + zones.indexOf(id))}`));
    }
  },
);

test.prop([fc.constantFrom(...INTERFACE_SERVICES), fc.shuffledSubarray(['use1-az1', 'use1-az2', 'use1-az3', 'use1-az4', 'use1-az5', 'use1-az6'], { minLength: 1, maxLength: 3 }), fc.boolean(), fc.integer()], { numRuns: 40 })(
  'an endpoint to an AWS service is never pendingAcceptance: it is pending then available, or refused for an AZ the service lacks',
  (entry, zoneIds, privateDns, seed) => {
    const cloud = createCloud({ seed });
    const ec2 = cloud.ec2({ accountId: ACCOUNT, region: 'us-east-1' });
    const VpcId = ec2.createVpc({ CidrBlock: '10.0.0.0/16' }).Vpc.VpcId;
    ec2.modifyVpcAttribute({ VpcId, EnableDnsHostnames: { Value: true } });
    const SubnetIds = zoneIds.map((AvailabilityZoneId, i) => ec2.createSubnet({ VpcId, CidrBlock: `10.0.${i}.0/24`, AvailabilityZoneId }).Subnet.SubnetId);
    const offered = new Set(awsServiceZoneIds('us-east-1', entry));
    const fits = zoneIds.every((id) => offered.has(id));
    const before = cloud.world;
    let created: string | undefined;
    try {
      const { VpcEndpoint } = ec2.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId, ServiceName: `com.amazonaws.us-east-1.${entry.name}`, SubnetIds, PrivateDnsEnabled: privateDns && entry.privateDnsName !== undefined });
      expect(VpcEndpoint.State).toBe('pending');
      created = VpcEndpoint.VpcEndpointId;
    } catch (error) {
      expect(error).toMatchObject({ code: 'InvalidParameter' });
      expect(cloud.world).toBe(before);
    }
    expect(created !== undefined).toBe(fits);
    if (created === undefined) return;
    const endpoint = ec2.describeVpcEndpoints({ VpcEndpointIds: [created] }).VpcEndpoints[0];
    expect(endpoint?.State).toBe('available');
    expect(endpoint?.NetworkInterfaceIds).toHaveLength(zoneIds.length);
    expect(cloud.ec2({ accountId: '111111111111', region: 'us-east-1' }).describeVpcEndpointConnections().VpcEndpointConnections).toEqual([]);
    // a snapshot through JSON restores it
    const restored = createCloud({ from: JSON.parse(JSON.stringify(cloud.snapshot())) });
    expect(restored.ec2({ accountId: ACCOUNT, region: 'us-east-1' }).describeVpcEndpoints().VpcEndpoints).toEqual(ec2.describeVpcEndpoints().VpcEndpoints);
  },
);

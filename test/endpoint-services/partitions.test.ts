import { describe, expect, it } from 'vitest';
import { parsePrincipal, principalCovers } from '../../src/core/arn.js';
import { partitionOf } from '../../src/geo/regions.js';
import { entryCovers } from '../../src/testing/_internals/principals.js';
import { createCloud, REGIONS } from '../../src/index.js';
import { buildTopology, CONSUMER, OUTSIDER } from '../fixtures/topology.js';
import { cloudErrorOf } from '../support/errors.js';

describe('principals and partitions', () => {
  it('every region of the catalogue knows its partition', () => {
    for (const info of Object.values(REGIONS)) expect(info.partition).toBe('aws');
    expect(partitionOf('us-east-1')).toBe('aws');
    expect(partitionOf('cn-north-1')).toBeUndefined();
  });

  it('a principal of another partition than the region is InvalidPrincipal, to add or to remove', () => {
    const { cloud, provider } = buildTopology();
    const ec2 = cloud.ec2(provider.identity);
    const before = cloud.world;
    for (const principal of [`arn:aws-cn:iam::${OUTSIDER}:root`, `arn:aws-us-gov:iam::${OUTSIDER}:role/app`, `arn:aws-cn:iam::${CONSUMER}:user/u`]) {
      expect(cloudErrorOf(() => ec2.modifyVpcEndpointServicePermissions({ ServiceId: provider.serviceId, AddAllowedPrincipals: [principal] }))).toMatchObject({
        code: 'InvalidPrincipal',
        message: `Invalid Principal: '${principal}'`,
      });
      expect(cloudErrorOf(() => ec2.modifyVpcEndpointServicePermissions({ ServiceId: provider.serviceId, RemoveAllowedPrincipals: [principal] })).code).toBe(
        'InvalidPrincipal',
      );
    }
    expect(cloud.world).toBe(before);
    ec2.modifyVpcEndpointServicePermissions({ ServiceId: provider.serviceId, AddAllowedPrincipals: [`arn:aws:iam::${OUTSIDER}:root`, '*'] });
  });

  it('partitions match exactly where principals are compared: an aws-cn root covers nothing of aws', () => {
    const cnRoot = parsePrincipal(`arn:aws-cn:iam::${OUTSIDER}:root`);
    const awsRoot = parsePrincipal(`arn:aws:iam::${OUTSIDER}:root`);
    if (cnRoot === undefined || awsRoot === undefined) throw new Error('principals expected');
    expect(principalCovers(cnRoot, `arn:aws:iam::${OUTSIDER}:role/app`)).toBe(false);
    expect(principalCovers(cnRoot, `arn:aws:iam::${OUTSIDER}:root`)).toBe(false);
    expect(principalCovers(cnRoot, `arn:aws-cn:iam::${OUTSIDER}:role/app`)).toBe(true);
    expect(principalCovers(awsRoot, `arn:aws:iam::${OUTSIDER}:role/app`)).toBe(true);
    expect(principalCovers(awsRoot, `arn:aws-us-gov:iam::${OUTSIDER}:role/app`)).toBe(false);
    expect(principalCovers(awsRoot, 'not an arn')).toBe(false);
    // The testing kit's own reading agrees.
    expect(entryCovers(`arn:aws-cn:iam::${OUTSIDER}:root`, `arn:aws:iam::${OUTSIDER}:role/app`)).toBe(false);
    expect(entryCovers(`arn:aws:iam::${OUTSIDER}:root`, `arn:aws:iam::${OUTSIDER}:role/app`)).toBe(true);
  });

  it('a caller whose principal is of another partition than its region is refused', () => {
    const cloud = createCloud();
    const error = cloudErrorOf(() => cloud.ec2({ accountId: OUTSIDER, region: 'us-east-1', principalArn: `arn:aws-cn:iam::${OUTSIDER}:root` }));
    expect(error).toMatchObject({
      code: 'InvalidParameterValue',
      message: `Principal 'arn:aws-cn:iam::${OUTSIDER}:root' is of partition aws-cn, region us-east-1 of partition aws`,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { createCloud } from '../../src/index.js';
import { RESTRICTED_VPC_RANGES } from '../../src/network/vpc-ranges.js';
import { cloudErrorOf } from '../support/errors.js';

const A = { accountId: '111111111111', region: 'us-east-1' } as const;

describe('CreateVpc: the IPv4 ranges AWS does not assign to VPCs', () => {
  it('lists this network, loopback, link-local, multicast and the reserved space above it', () => {
    expect(RESTRICTED_VPC_RANGES.map((r) => r.cidr)).toEqual(['0.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16', '224.0.0.0/4', '240.0.0.0/4']);
  });

  it('refuses a block inside any of them with InvalidVpc.Range, changing nothing', () => {
    const cloud = createCloud();
    const before = cloud.world;
    for (const CidrBlock of [
      '0.0.0.0/16', '0.255.255.240/28', '127.0.0.0/16', '127.255.0.0/16', '169.254.0.0/16', '169.254.169.240/28',
      '224.0.0.0/16', '239.255.0.0/16', '240.0.0.0/16', '255.255.0.0/16', '255.255.255.240/28',
    ]) {
      expect(cloudErrorOf(() => cloud.ec2(A).createVpc({ CidrBlock }))).toMatchObject({ code: 'InvalidVpc.Range', message: `The CIDR '${CidrBlock}' is invalid.` });
    }
    expect(cloud.world).toBe(before);
  });

  it('accepts their neighbours, RFC 1918, 100.64.0.0/10, 198.19.0.0/16 and public blocks', () => {
    // Twelve VPCs in one region: past AWS's default quota of five.
    const cloud = createCloud({ quotas: { vpcsPerRegion: Infinity } });
    for (const CidrBlock of [
      '1.0.0.0/16', '126.255.0.0/16', '128.0.0.0/16', '169.253.0.0/16', '169.255.0.0/16', '223.255.255.240/28',
      '10.0.0.0/16', '172.31.0.0/16', '192.168.0.0/20', '100.64.0.0/16', '198.19.0.0/16', '52.0.0.0/16',
    ]) {
      expect(cloud.ec2(A).createVpc({ CidrBlock }).Vpc.CidrBlock).toBe(CidrBlock);
    }
  });

  it('keeps the size rule: /16 to /28 only', () => {
    const cloud = createCloud();
    for (const CidrBlock of ['10.0.0.0/15', '10.0.0.0/8', '10.0.0.0/29', '10.0.0.0/32']) {
      expect(cloudErrorOf(() => cloud.ec2(A).createVpc({ CidrBlock })).code).toBe('InvalidVpc.Range');
    }
  });
});

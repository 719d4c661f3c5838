/**
 * AWS reserves five addresses in every subnet: the network address, +1 (VPC router), +2
 * (DNS), +3 (future use) and the last (broadcast). No host has them, so `from.ip` on one is
 * misuse (`InvalidParameterValue`, AWS's wording), and the default source address is never
 * one of them.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { CloudError, createCloud } from '../../src/index.js';
import { formatIpv4, parseCidr } from '../../src/network/cidr.js';
import { resolveSource } from '../../src/data-plane/source.js';
import { isReservedSubnetAddress } from '../../src/network/interfaces.js';
import { CONSUMER } from '../fixtures/topology.js';
import { buildDataPath } from './fixtures.js';

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a CloudError');
}

describe('a host may not connect from a reserved address', () => {
  it('each of the five in 10.1.1.0/24 is InvalidParameterValue, and nothing opens', () => {
    const t = buildDataPath();
    for (const ip of ['10.1.1.0', '10.1.1.1', '10.1.1.2', '10.1.1.3', '10.1.1.255']) {
      const error = thrown(() => t.cloud.connect({ from: { accountId: CONSUMER, subnetId: t.consumer.subnetA, ip }, host: t.regionalName, port: 443 }));
      expect(error).toBeInstanceOf(CloudError);
      expect(error).toMatchObject({ code: 'InvalidParameterValue', message: `Address ${ip} is in subnet's reserved address range`, httpStatusCode: 400 });
    }
    expect(t.cloud.connections()).toEqual([]);
    expect(t.cloud.dataPlane.ports.totalInUse()).toBe(0);
  });

  it('the first and last usable addresses connect', () => {
    const t = buildDataPath();
    for (const ip of ['10.1.1.4', '10.1.1.254']) {
      const r = t.cloud.connect({ from: { accountId: CONSUMER, subnetId: t.consumer.subnetA, ip }, host: t.regionalName, port: 443 });
      expect(r).toMatchObject({ ok: true, connection: { consumer: { ip } } });
    }
  });

  it('the default source is the last usable address, 10.1.1.254', () => {
    const t = buildDataPath();
    const r = t.cloud.connect({ from: { accountId: CONSUMER, subnetId: t.consumer.subnetA }, host: t.regionalName, port: 443 });
    expect(r).toMatchObject({ ok: true, connection: { consumer: { ip: '10.1.1.254' } } });
  });

  it('an on-premises network is not a VPC subnet: AWS reserves nothing there', () => {
    const t = buildDataPath();
    const { NetworkId } = t.cloud.network.attachOnPremisesNetwork({ accountId: CONSUMER, region: 'us-east-1', vpcId: t.consumer.vpcId, cidrBlock: '192.168.0.0/24', link: 'direct-connect' });
    const source = resolveSource(t.cloud.world, { accountId: CONSUMER, network: NetworkId, ip: '192.168.0.1' });
    expect(source.ipText).toBe('192.168.0.1');
  });
});

test.prop([fc.integer({ min: 16, max: 28 }), fc.nat()])('for every subnet size AWS allows, exactly five reserved, and the default source is not one', (prefix, pick) => {
  const size = 2 ** (32 - prefix);
  const base = (0x0a000000 + (pick % 2 ** (prefix - 8)) * size) >>> 0;
  const cidr = parseCidr(`${formatIpv4(base)}/${prefix}`);
  if (cidr === undefined) throw new Error('bad cidr');
  const reserved = [0, 1, 2, 3, size - 1];
  for (const offset of reserved) expect(isReservedSubnetAddress(cidr, base + offset)).toBe(true);
  for (const offset of [4, 5, size - 2, size >> 1]) expect(isReservedSubnetAddress(cidr, base + offset)).toBe(false);
});

test.prop([fc.integer({ min: 16, max: 28 })], { numRuns: 13 })('the default source of a subnet of any allowed size is its last usable address', (prefix) => {
  const cloud = createCloud({ seed: 1 });
  const ec2 = cloud.ec2({ accountId: CONSUMER, region: 'us-east-1' });
  const vpc = ec2.createVpc({ CidrBlock: '10.0.0.0/16' }).Vpc.VpcId;
  const subnetId = ec2.createSubnet({ VpcId: vpc, CidrBlock: `10.0.0.0/${prefix}` }).Subnet.SubnetId;
  const cidr = parseCidr(`10.0.0.0/${prefix}`);
  if (cidr === undefined) throw new Error('bad cidr');
  const source = resolveSource(cloud.world, { accountId: CONSUMER, subnetId });
  expect(isReservedSubnetAddress(cidr, source.ip)).toBe(false);
  expect(source.ip).toBe(cidr.base + cidr.size - 2);
});

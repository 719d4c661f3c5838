import { addressHolder, heldAddresses } from '../../src/network/address-book.js';
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { CloudError } from '../../src/index.js';
import { cidrContainsIp, parseCidr, parseIpv4 } from '../../src/network/cidr.js';
import { getRow, rows } from '../../src/core/table.js';
import { regionOf } from '../../src/world/world.js';
import { A, addInterface, newCloud, REGION, removeInterface, vpcOf } from './fixtures.js';

/** One step: create an interface in subnet `subnet`, or delete the `pick`-th live one. */
const stepArb = fc.oneof(
  fc.record({ op: fc.constant('create' as const), subnet: fc.nat(1) }),
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
);

test.prop([fc.oneof(fc.integer(), fc.string()), fc.array(stepArb, { maxLength: 60 })], { numRuns: 60 })(
  'private IPs stay unique, usable and counted under random interface creation and deletion',
  (seed, steps) => {
    const cloud = newCloud(seed);
    const VpcId = vpcOf(cloud, A);
    const ec2 = cloud.ec2(A);
    // A /28 (11 usable addresses) fills up quickly; a /27 (27) rarely does.
    const subnets = [
      ec2.createSubnet({ VpcId, CidrBlock: '10.0.0.0/28' }).Subnet,
      ec2.createSubnet({ VpcId, CidrBlock: '10.0.1.0/27' }).Subnet,
    ];
    const live: { eniId: string; subnet: number }[] = [];
    for (const step of steps) {
      if (step.op === 'create') {
        const subnet = subnets[step.subnet];
        if (subnet === undefined) continue;
        const held = live.filter((e) => e.subnet === step.subnet).length;
        const usable = step.subnet === 0 ? 11 : 27;
        if (held === usable) {
          const before = cloud.world;
          let error: unknown;
          try {
            addInterface(cloud, subnet.SubnetId);
          } catch (e) {
            error = e;
          }
          expect(error).toBeInstanceOf(CloudError);
          expect((error as CloudError).code).toBe('InsufficientFreeAddressesInSubnet');
          expect(cloud.world).toBe(before);
        } else {
          live.push({ eniId: addInterface(cloud, subnet.SubnetId).eniId, subnet: step.subnet });
        }
      } else if (live.length > 0) {
        const [gone] = live.splice(step.pick % live.length, 1);
        if (gone) removeInterface(cloud, gone.eniId);
      }
      const region = regionOf(cloud.world, REGION);
      const described = ec2.describeSubnets().Subnets;
      subnets.forEach((subnet, index) => {
        const record = getRow(region.subnets, subnet.SubnetId);
        const cidr = parseCidr(subnet.CidrBlock);
        if (record === undefined || cidr === undefined) throw new Error('subnet vanished');
        const enis = [...rows(region.networkInterfaces)].filter((e) => e.SubnetId === subnet.SubnetId);
        const ips = enis.map((e) => e.PrivateIpAddress);
        expect(new Set(ips).size).toBe(ips.length);
        expect(enis.length).toBe(live.filter((e) => e.subnet === index).length);
        for (const eni of enis) {
          const ip = parseIpv4(eni.PrivateIpAddress) ?? -1;
          expect(cidrContainsIp(cidr, ip)).toBe(true);
          // Never one of the five reserved: the first four and the last.
          expect(ip - cidr.base).toBeGreaterThanOrEqual(4);
          expect(ip).toBeLessThan(cidr.base + cidr.size - 1);
          expect(addressHolder(record.addresses, eni.PrivateIpAddress)).toBe(eni.NetworkInterfaceId);
        }
        expect([...heldAddresses(record.addresses)]).toHaveLength(enis.length);
        expect(record.addresses.count).toBe(enis.length);
        const count = described.find((s) => s.SubnetId === subnet.SubnetId)?.AvailableIpAddressCount;
        expect(count).toBe(cidr.size - 5 - enis.length);
      });
    }
  },
);

test.prop([fc.oneof(fc.integer(), fc.string()), fc.integer({ min: 1, max: 11 })], { numRuns: 30 })(
  'the same seed and calls allocate the same addresses',
  (seed, count) => {
    const run = () => {
      const cloud = newCloud(seed);
      const VpcId = vpcOf(cloud, A);
      const { SubnetId } = cloud.ec2(A).createSubnet({ VpcId, CidrBlock: '10.0.0.0/28' }).Subnet;
      return Array.from({ length: count }, () => addInterface(cloud, SubnetId).ip);
    };
    expect(run()).toEqual(run());
  },
);

/**
 * Describes that read some filters from the stored record before rendering (so a filter by
 * VPC or id renders only what it keeps) must answer as if every filter read the rendered
 * item: for filters drawn from what the unfiltered describe shows (exact values and prefix
 * wildcards, one or two filters, several values), the filtered describe equals the
 * unfiltered one filtered by the rendered fields.
 */
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import type { NetworkInterface } from '../../src/index.js';
import { buildTopologyPlan, topologyPlan } from '../../src/testing/index.js';

/** The rendered value(s) each filter reads, as the EC2 documentation defines the filter. */
const INTERFACE_FIELDS: Record<string, (n: NetworkInterface) => string[]> = {
  'availability-zone-id': (n) => [n.AvailabilityZoneId],
  description: (n) => [n.Description],
  'group-id': (n) => n.Groups.map((g) => g.GroupId),
  'interface-type': (n) => [n.InterfaceType],
  'network-interface-id': (n) => [n.NetworkInterfaceId],
  'owner-id': (n) => [n.OwnerId],
  'private-ip-address': (n) => n.PrivateIpAddresses.map((a) => a.PrivateIpAddress),
  'requester-managed': (n) => [String(n.RequesterManaged)],
  'subnet-id': (n) => [n.SubnetId],
  'vpc-id': (n) => [n.VpcId],
  'availability-zone': (n) => [n.AvailabilityZone],
  status: (n) => [n.Status],
};

/**
 * A filter drawn from an interface the account sees: which rendered field, which interface's
 * value, how many of its leading characters before a `*` (none: the exact value), and
 * whether a value matching nothing is added beside it.
 */
const pick = fc.record({
  field: fc.constantFrom(...Object.keys(INTERFACE_FIELDS)),
  item: fc.nat(),
  prefix: fc.option(fc.nat({ max: 12 }), { nil: undefined }),
  decoy: fc.boolean(),
});

const matches = (pattern: string, value: string) => (pattern.endsWith('*') ? value.startsWith(pattern.slice(0, -1)) : value === pattern);

test.prop([topologyPlan(), fc.array(pick, { minLength: 1, maxLength: 2 })], { numRuns: 40 })(
  'DescribeNetworkInterfaces with filters = the unfiltered answer filtered on rendered fields',
  (plan, picks) => {
    const { cloud, topology } = buildTopologyPlan(plan);
    for (const accountId of [topology.provider.accountId, ...topology.consumers.map((c) => c.accountId)]) {
      const ec2 = cloud.ec2({ accountId, region: plan.region });
      const all = ec2.describeNetworkInterfaces().NetworkInterfaces;
      if (all.length === 0) continue;
      const filters = picks.map(({ field, item, prefix, decoy }) => {
        const read = INTERFACE_FIELDS[field] ?? (() => []);
        const value = read(all[item % all.length] as NetworkInterface)[0] ?? 'none';
        const pattern = prefix === undefined ? value : `${value.slice(0, prefix)}*`;
        return { Name: field, Values: decoy ? [pattern, 'no-such-value'] : [pattern] };
      });
      const expected = all.filter((n) => filters.every((f) => (INTERFACE_FIELDS[f.Name] ?? (() => []))(n).some((v) => f.Values.some((p) => matches(p, v)))));
      const got = ec2.describeNetworkInterfaces({ Filters: filters }).NetworkInterfaces;
      expect(got.map((n) => n.NetworkInterfaceId).sort()).toEqual(expected.map((n) => n.NetworkInterfaceId).sort());
    }
  },
);

/**
 * The walk-through of docs/fuzz-your-tool.md ("Start from a whole topology"), run as written
 * apart from the imports, with a small tool of our own standing in for the reader's: it
 * accepts every connection waiting on the service.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { Ec2Facade } from '../../src/index.js';
import { assertInvariants, createTopologyCloud, realizeTopology, recordHistory, topologyPlan } from '../../src/testing/index.js';

/** The reader's tool: accepts whatever waits for acceptance on `serviceId`. */
function acceptEveryPendingConnection(provider: Ec2Facade, serviceId: string): void {
  const waiting = provider
    .describeVpcEndpointConnections({ Filters: [{ Name: 'service-id', Values: [serviceId] }, { Name: 'vpc-endpoint-state', Values: ['pendingAcceptance'] }] })
    .VpcEndpointConnections.flatMap((c) => (c.VpcEndpointId === undefined ? [] : [c.VpcEndpointId]));
  if (waiting.length > 0) provider.acceptVpcEndpointConnections({ ServiceId: serviceId, VpcEndpointIds: waiting });
}

it('runs the guide walk-through: a plan, its history, its topology, the tool, the invariants', () => {
  const withPending = topologyPlan({ acceptance: 'required' }).filter((plan) => plan.consumers.some((c) => c.endpointSubnets !== undefined));

  fc.assert(
    fc.property(withPending, (plan) => {
      const cloud = createTopologyCloud(plan);
      const history = recordHistory(cloud);
      const topology = realizeTopology(cloud, plan);
      const provider = cloud.ec2({ accountId: plan.provider.accountId, region: plan.region });
      acceptEveryPendingConnection(provider, topology.provider.serviceId); // your tool
      const left = provider.describeVpcEndpointConnections({ Filters: [{ Name: 'vpc-endpoint-state', Values: ['pendingAcceptance'] }] });
      expect(left.VpcEndpointConnections).toEqual([]);
      assertInvariants(cloud, { history });
    }),
    { numRuns: 25 },
  );
});

it('is the code the guide shows', () => {
  const guide = readFileSync(new URL('../../docs/fuzz-your-tool.md', import.meta.url), 'utf8');
  const section = guide.slice(guide.indexOf('## Start from a whole topology'));
  const block = /```ts\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  const here = readFileSync(new URL(import.meta.url), 'utf8');
  const shown = block.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('import '));
  expect(shown.length).toBeGreaterThan(8);
  for (const line of shown) expect(here, line).toContain(line);
});

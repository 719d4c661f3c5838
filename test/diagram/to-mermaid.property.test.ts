import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { toMermaid } from '../../src/index.js';
import { findRegion } from '../../src/geo/regions.js';
import { buildTopologyPlan, topologyPlan } from '../../src/testing/index.js';
import { checkFlowchart } from './mermaid-check.js';

describe('toMermaid on generated topologies', () => {
  test.prop([topologyPlan({ maxConsumers: 3 }), fc.boolean()], { numRuns: 25 })(
    'writes a well-formed, deterministic flowchart with every endpoint interface wired to a node of its AZ',
    (plan, crossZone) => {
      const { cloud, topology } = buildTopologyPlan(plan);
      if (crossZone) {
        for (const lb of topology.provider.loadBalancers) {
          cloud.elbv2({ accountId: topology.provider.accountId, region: plan.region }).modifyLoadBalancerAttributes({
            LoadBalancerArn: lb.loadBalancerArn,
            Attributes: [{ Key: 'load_balancing.cross_zone.enabled', Value: 'true' }],
          });
        }
      }
      const text = toMermaid(cloud.world);
      expect(toMermaid(structuredClone(cloud.world))).toBe(text);
      const shape = checkFlowchart(text);
      if (!crossZone && !plan.provider.crossZone) expect(shape.edges.filter((e) => e.label === 'cross-zone')).toEqual([]);
      // every AZ box is titled with one of the region's AZ ids
      const zoneIds = findRegion(plan.region)?.zoneIds ?? [];
      for (const m of text.matchAll(/subgraph az_\w+\["([^"]+)"\]/g)) expect(zoneIds).toContain((m[1] ?? '').split(' · ')[0]);
      // every endpoint interface has exactly one edge, to an NLB node
      const interfaces = [...shape.nodes].filter((id) => id.startsWith('eni_'));
      for (const id of interfaces) {
        const out = shape.edges.filter((e) => e.from === id);
        expect(out).toHaveLength(1);
        expect(out[0]?.to.startsWith('node_')).toBe(true);
      }
      expect(text).toContain(topology.provider.serviceId);
    },
  );
});

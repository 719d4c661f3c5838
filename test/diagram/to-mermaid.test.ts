import { describe, expect, it } from 'vitest';
import { createCloud, toMermaid } from '../../src/index.js';
import { buildDataPath } from '../data-plane/fixtures.js';
import { CONSUMER, REGION } from '../fixtures/topology.js';
import { cloudErrorOf } from '../support/errors.js';
import { checkFlowchart } from './mermaid-check.js';

const crossZoneEdges = (text: string) => checkFlowchart(text).edges.filter((e) => e.label === 'cross-zone');

describe('toMermaid', () => {
  it('is a pure function of the World: the same scenario gives the same text, byte for byte', () => {
    const a = buildDataPath({ crossZone: true, proxyProtocol: true });
    const b = buildDataPath({ crossZone: true, proxyProtocol: true });
    const before = a.cloud.world;
    const text = toMermaid(a.cloud.world);
    expect(a.cloud.world).toBe(before);
    expect(toMermaid(a.cloud.world)).toBe(text);
    expect(toMermaid(b.cloud.world)).toBe(text);
    expect(toMermaid(JSON.parse(JSON.stringify(a.cloud.world)))).toBe(text);
  });

  it('writes a well-formed flowchart: balanced boxes, declared ids, quoted labels', () => {
    const t = buildDataPath();
    const shape = checkFlowchart(toMermaid(t.cloud.world));
    // provider VPC, consumer VPC, and one AZ box per VPC and AZ
    expect(shape.subgraphs.size).toBe(2 + 4);
    // service, NLB, 2 nodes, 2 targets, 2 endpoint interfaces
    expect(shape.nodes.size).toBe(8);
  });

  it("labels every AZ box with the AZ id and both accounts' names for it", () => {
    // Fixture: use1-az2 is the provider's us-east-1b and the consumer's us-east-1a;
    // use1-az3 is the provider's us-east-1c and the consumer's us-east-1b.
    const text = toMermaid(buildDataPath().cloud.world);
    expect(text).toContain('["use1-az2 · provider us-east-1b · consumer us-east-1a"]');
    expect(text).toContain('["use1-az3 · provider us-east-1c · consumer us-east-1b"]');
    expect(text).toContain('["use1-az2 · consumer us-east-1a · provider us-east-1b"]');
    expect(text).toContain('["use1-az3 · consumer us-east-1b · provider us-east-1c"]');
  });

  it('draws cross-zone paths only when the NLB enables cross-zone load balancing', () => {
    const off = toMermaid(buildDataPath().cloud.world);
    expect(crossZoneEdges(off)).toEqual([]);
    expect(off).toContain('cross-zone off');
    const on = toMermaid(buildDataPath({ crossZone: true }).cloud.world);
    const edges = crossZoneEdges(on);
    // each of the two nodes reaches the other AZ's target
    expect(edges).toHaveLength(2);
    expect(new Set(edges.map((e) => e.from)).size).toBe(2);
    expect(edges.every((e) => e.arrow === '-.->')).toBe(true);
    expect(on).toContain('cross-zone on');
  });

  it('shows endpoint states: dotted and labelled until available, solid once available', () => {
    const t = buildDataPath({ acceptanceRequired: true });
    const waiting = checkFlowchart(toMermaid(t.cloud.world));
    const toNodes = (s: typeof waiting) => s.edges.filter((e) => e.from.startsWith('eni_'));
    expect(toNodes(waiting).map((e) => [e.arrow, e.label])).toEqual([
      ['-.->', 'pendingAcceptance'],
      ['-.->', 'pendingAcceptance'],
    ]);
    expect(toMermaid(t.cloud.world)).toContain(`${t.endpointId}<br/>pendingAcceptance<br/>`);
    const ec2 = t.cloud.ec2(t.provider.identity);
    ec2.acceptVpcEndpointConnections({ ServiceId: t.provider.serviceId, VpcEndpointIds: [t.endpointId] });
    const accepted = checkFlowchart(toMermaid(t.cloud.world));
    expect(toNodes(accepted).map((e) => [e.arrow, e.label])).toEqual([
      ['-->', undefined],
      ['-->', undefined],
    ]);
    ec2.rejectVpcEndpointConnections({ ServiceId: t.provider.serviceId, VpcEndpointIds: [t.endpointId] });
    const rejected = toMermaid(t.cloud.world);
    expect(rejected).toContain(`${t.endpointId}<br/>rejected<br/>`);
    expect(rejected).toContain('-.->|"rejected"|');
    expect(rejected).toMatch(/class [\w,]*eni_[\w,]* bad/);
  });

  it('shows the service, its state, acceptance, private DNS name and allowed principals', () => {
    const t = buildDataPath({ acceptanceRequired: true, allowedPrincipals: [`arn:aws:iam::${CONSUMER}:root`, 'arn:aws:iam::333333333333:role/ci'] });
    const text = toMermaid(t.cloud.world);
    expect(text).toContain(`{{"endpoint service<br/>${t.provider.serviceId}<br/>Available · acceptance required<br/>allowed: account ${CONSUMER}, 333333333333 role/ci"}}`);
  });

  it('marks a failed AZ and what sits in it', () => {
    const t = buildDataPath();
    t.cloud.faults.failAvailabilityZone(REGION, 'use1-az2');
    const text = toMermaid(t.cloud.world);
    expect(text).toContain('["use1-az2 · provider us-east-1b · consumer us-east-1a · FAILED"]');
    expect(text).toMatch(/class [\w,]+ failedZone/);
    expect(text).toContain('target 10.0.1.10:8080<br/>unhealthy');
    expect(text).toContain('target 10.0.2.10:8080<br/>healthy');
  });

  it('draws the peered VPCs and on-premises networks that reach a consumer VPC, unless asked not to', () => {
    const t = buildDataPath();
    const ec2 = t.cloud.ec2(t.consumer.identity);
    const other = ec2.createVpc({ CidrBlock: '10.7.0.0/16' }).Vpc.VpcId;
    const pcx = ec2.createVpcPeeringConnection({ VpcId: other, PeerVpcId: t.consumer.vpcId }).VpcPeeringConnection.VpcPeeringConnectionId ?? '';
    const pending = toMermaid(t.cloud.world);
    expect(pending).not.toContain(pcx);
    ec2.acceptVpcPeeringConnection({ VpcPeeringConnectionId: pcx });
    t.cloud.network.attachOnPremisesNetwork({ accountId: CONSUMER, region: REGION, vpcId: t.consumer.vpcId, cidrBlock: '192.168.0.0/16', link: 'site-to-site-vpn' });
    const text = toMermaid(t.cloud.world);
    const shape = checkFlowchart(text);
    expect(shape.edges.find((e) => e.label === `peering ${pcx}`)).toBeDefined();
    expect(shape.edges.find((e) => e.label === 'Site-to-Site VPN')).toBeDefined();
    expect(text).toContain(`peered VPC ${other}`);
    expect(text).toContain('on-premises network<br/>192.168.0.0/16');
    const without = toMermaid(t.cloud.world, { showPaths: false });
    expect(without).not.toContain(pcx);
    expect(without).not.toContain('192.168.0.0/16');
  });

  it('focuses on one service: its NLB, targets and endpoints only', () => {
    const t = buildDataPath();
    const p = t.cloud.ec2(t.provider.identity);
    const elb = t.cloud.elbv2(t.provider.identity);
    const other = elb.createLoadBalancer({ Name: 'other-nlb', Type: 'network', Scheme: 'internal', Subnets: [t.provider.subnetIds[0]] });
    const otherArn = other.LoadBalancers[0]?.LoadBalancerArn ?? '';
    const otherService = p.createVpcEndpointServiceConfiguration({ NetworkLoadBalancerArns: [otherArn] }).ServiceConfiguration.ServiceId;
    const all = toMermaid(t.cloud.world);
    expect(all).toContain(otherService);
    expect(all).toContain('NLB other-nlb');
    const focused = toMermaid(t.cloud.world, { serviceId: t.provider.serviceId });
    expect(focused).toContain(t.provider.serviceId);
    expect(focused).not.toContain(otherService);
    expect(focused).not.toContain('other-nlb');
    expect(focused).toContain(t.endpointId);
    const alone = toMermaid(t.cloud.world, { serviceId: otherService, region: REGION });
    expect(alone).not.toContain(t.endpointId);
    expect(checkFlowchart(alone).nodes.size).toBe(3); // service, NLB, one node
  });

  it('boxes each region when it draws several, and draws one region on request', () => {
    const t = buildDataPath();
    const west = t.cloud.ec2({ accountId: t.provider.identity.accountId, region: 'us-west-2' });
    const vpc = west.createVpc({ CidrBlock: '10.5.0.0/16' }).Vpc.VpcId;
    const subnet = west.createSubnet({ VpcId: vpc, CidrBlock: '10.5.1.0/24' }).Subnet.SubnetId;
    t.cloud.elbv2({ accountId: t.provider.identity.accountId, region: 'us-west-2' }).createLoadBalancer({
      Name: 'west-nlb',
      Type: 'network',
      Scheme: 'internal',
      Subnets: [subnet],
    });
    const both = toMermaid(t.cloud.world);
    expect(both).toContain('subgraph region_us_east_1["us-east-1"]');
    expect(both).toContain('subgraph region_us_west_2["us-west-2"]');
    checkFlowchart(both);
    const west2 = toMermaid(t.cloud.world, { region: 'us-west-2' });
    expect(west2).toContain('west-nlb');
    expect(west2).not.toContain('region_');
    expect(west2).not.toContain(t.provider.serviceId);
  });

  it('says so when there is nothing to draw', () => {
    const text = toMermaid(createCloud({ seed: 1 }).world);
    expect(text).toContain('empty["nothing to draw: no endpoint service or load balancer"]');
    checkFlowchart(text);
  });

  it('lays out the way it asks: direction option, front matter config', () => {
    const text = toMermaid(buildDataPath().cloud.world, { direction: 'TB' });
    expect(text.startsWith('---\nconfig:\n  flowchart:\n    rankSpacing: 90\n    wrappingWidth: 320\n---\nflowchart TB\n')).toBe(true);
  });

  it('refuses bad options with a CloudError', () => {
    const world = buildDataPath().cloud.world;
    const unknown = cloudErrorOf(() => toMermaid(world, { serviceId: 'vpce-svc-0123456789abcdef0' }));
    expect(unknown.code).toBe('InvalidVpcEndpointServiceId.NotFound');
    expect(unknown.message).toBe("The VpcEndpointService Id 'vpce-svc-0123456789abcdef0' does not exist");
    expect(cloudErrorOf(() => toMermaid(world, { region: 'mars-1' })).code).toBe('InvalidParameterValue');
    expect(cloudErrorOf(() => toMermaid(world, { direction: 'XY' as 'LR' })).code).toBe('InvalidParameterValue');
    expect(cloudErrorOf(() => toMermaid(world, { showPaths: 'yes' as unknown as boolean })).code).toBe('InvalidParameterValue');
    expect(cloudErrorOf(() => toMermaid(world, null as unknown as object)).code).toBe('InvalidParameterValue');
    const t = buildDataPath();
    const elsewhere = cloudErrorOf(() => toMermaid(t.cloud.world, { serviceId: t.provider.serviceId, region: 'us-west-2' }));
    expect(elsewhere.code).toBe('InvalidVpcEndpointServiceId.NotFound');
  });
});

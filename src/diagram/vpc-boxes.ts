/**
 * The boxes of a region's topology diagram: one per VPC, one per Availability Zone inside it,
 * and in them the NLB nodes, targets and endpoint network interfaces that sit there. A VPC
 * that holds load balancers is the provider's, one that holds endpoints the consumer's.
 *
 * @module
 */
import { isZoneFailed } from '../controls/faults.js';
import { getRow, tableKeys } from '../core/table.js';
import { attachedTargetGroups } from '../load-balancers/attached.js';
import type { TargetGroupRecord } from '../load-balancers/model.js';
import { effectiveTargetHealth } from '../load-balancers/target-health.js';
import type { World } from '../world/world.js';
import { addClass, type Canvas } from './canvas.js';
import { loadBalancerLines, stateClass } from './labels.js';
import { mermaidLabel } from './mermaid-text.js';
import type { RegionScene } from './scene.js';
import { vpcRole, zoneLabel, zoneNamers } from './zone-labels.js';

/** What one VPC box holds. */
interface VpcContents {
  /** Lines directly in the VPC box (load balancers, targets outside any AZ). */
  top: string[];
  /** AZ id -> lines in that AZ's box. */
  zones: Map<string, string[]>;
  hasLoadBalancers: boolean;
  hasEndpoints: boolean;
  /** Accounts on the other side: providers of its endpoints, consumers of its load balancers. */
  counterparts: string[];
}

/**
 * The node id of a target of a target group.
 *
 * @example
 * targetId(canvas, group, '10.0.1.10:8080'); // 'tg_404cc4a358a2b302_10_0_1_10_8080'
 */
export function targetId(canvas: Canvas, group: TargetGroupRecord, key: string): string {
  return canvas.id('tg', `${group.TargetGroupArn.split('/').pop() ?? ''}/${key}`);
}

/**
 * The node id of a load balancer node (its network interface).
 *
 * @example
 * nodeId(canvas, 'eni-0123456789abcdef0'); // 'node_0123456789abcdef0'
 */
export function nodeId(canvas: Canvas, networkInterfaceId: string): string {
  return canvas.id('node', networkInterfaceId.replace(/^eni-/, ''));
}

/**
 * The node id of an endpoint network interface.
 *
 * @example
 * interfaceId(canvas, 'eni-0123456789abcdef0'); // 'eni_0123456789abcdef0'
 */
export function interfaceId(canvas: Canvas, networkInterfaceId: string): string {
  return canvas.id('eni', networkInterfaceId.replace(/^eni-/, ''));
}

/**
 * The box id of a VPC.
 *
 * @example
 * vpcBoxId(canvas, 'vpc-0123456789abcdef0'); // 'vpc_0123456789abcdef0'
 */
export function vpcBoxId(canvas: Canvas, vpcId: string): string {
  return canvas.id('vpc', vpcId.replace(/^vpc-/, ''));
}

/**
 * The node id of a load balancer's summary box.
 *
 * @example
 * loadBalancerId(canvas, lb.LoadBalancerArn); // 'nlb_svc_nlb_840f2df1ccceab38'
 */
export function loadBalancerId(canvas: Canvas, loadBalancerArn: string): string {
  return canvas.id('nlb', loadBalancerArn.split('/').slice(-2).join('/'));
}

function contentsOf(boxes: Map<string, VpcContents>, vpcId: string): VpcContents {
  let contents = boxes.get(vpcId);
  if (contents === undefined) {
    contents = { top: [], zones: new Map(), hasLoadBalancers: false, hasEndpoints: false, counterparts: [] };
    boxes.set(vpcId, contents);
  }
  return contents;
}

function inZone(contents: VpcContents, zoneId: string | undefined, line: string): void {
  if (zoneId === undefined) {
    contents.top.push(line);
    return;
  }
  const lines = contents.zones.get(zoneId);
  if (lines === undefined) contents.zones.set(zoneId, [line]);
  else lines.push(line);
}

/** Fills the boxes with load balancers, their nodes and their targets. */
function placeLoadBalancers(world: World, scene: RegionScene, canvas: Canvas, boxes: Map<string, VpcContents>): void {
  const drawnGroups = new Set<string>();
  for (const lb of scene.loadBalancers) {
    const contents = contentsOf(boxes, lb.VpcId);
    contents.hasLoadBalancers = true;
    const lbId = loadBalancerId(canvas, lb.LoadBalancerArn);
    contents.top.push(`${lbId}[${mermaidLabel(loadBalancerLines(scene.state, lb))}]`);
    addClass(canvas, stateClass(lb.State), lbId);
    for (const node of lb.nodes) {
      const id = nodeId(canvas, node.NetworkInterfaceId);
      inZone(contents, node.AvailabilityZoneId, `${id}[${mermaidLabel([`${lb.LoadBalancerName} node`, node.PrivateIpAddress])}]`);
      const down = isZoneFailed(world.failedZones, scene.region, node.AvailabilityZoneId);
      addClass(canvas, down ? 'bad' : stateClass(lb.State), id);
    }
    for (const group of attachedTargetGroups(scene.state, lb)) {
      if (drawnGroups.has(group.TargetGroupArn)) continue;
      drawnGroups.add(group.TargetGroupArn);
      const groupContents = contentsOf(boxes, group.VpcId);
      for (const key of [...tableKeys(group.targets)].sort()) {
        const target = getRow(group.targets, key);
        if (target === undefined) continue;
        const id = targetId(canvas, group, key);
        const health = effectiveTargetHealth(world, scene.state, scene.region, group, target).State;
        const where = target.Id === target.ip ? target.ip : `${target.Id} (${target.ip})`;
        const zone = target.AvailabilityZoneId === undefined ? ['AvailabilityZone all'] : [];
        inZone(groupContents, target.AvailabilityZoneId, `${id}[${mermaidLabel([`target ${where}:${target.Port}`, ...zone, health])}]`);
        addClass(canvas, stateClass(health), id);
      }
    }
  }
}

/** Fills the boxes with the endpoints' network interfaces, one per endpoint and AZ (red in a failed AZ). */
function placeEndpoints(world: World, scene: RegionScene, canvas: Canvas, boxes: Map<string, VpcContents>): void {
  for (const endpoint of scene.endpoints) {
    const contents = contentsOf(boxes, endpoint.VpcId);
    contents.hasEndpoints = true;
    contents.counterparts.push(endpoint.ServiceOwnerId);
    for (const zone of endpoint.zones) {
      const lb = zone.LoadBalancerArn === undefined ? undefined : getRow(scene.state.loadBalancers, zone.LoadBalancerArn);
      if (lb !== undefined) contentsOf(boxes, lb.VpcId).counterparts.push(endpoint.OwnerId);
      const id = interfaceId(canvas, zone.NetworkInterfaceId);
      const lines = [endpoint.VpcEndpointId, endpoint.State, `${zone.NetworkInterfaceId} · ${zone.PrivateIpAddress}`];
      inZone(contents, zone.AvailabilityZoneId, `${id}[${mermaidLabel(lines)}]`);
      addClass(canvas, isZoneFailed(world.failedZones, scene.region, zone.AvailabilityZoneId) ? 'bad' : stateClass(endpoint.State), id);
    }
  }
}

/** Consumer VPCs first (they sit left of the services), then shared ones, then providers'. */
function drawingOrder(boxes: Map<string, VpcContents>): string[] {
  const rank = (c: VpcContents) => (c.hasEndpoints && !c.hasLoadBalancers ? 0 : c.hasEndpoints ? 1 : 2);
  return [...boxes.keys()].sort((a, b) => {
    const byRank = rank(contentsOf(boxes, a)) - rank(contentsOf(boxes, b));
    return byRank !== 0 ? byRank : a < b ? -1 : a > b ? 1 : 0;
  });
}

/**
 * Draws every VPC box of a region scene into `out` at `indent`, and returns the ids of the
 * VPCs drawn (for the paths drawn toward them).
 *
 * @example
 * const drawn = drawVpcBoxes(cloud.world, scene, canvas, canvas.body, '  ');
 */
export function drawVpcBoxes(world: World, scene: RegionScene, canvas: Canvas, out: string[], indent: string): Map<string, boolean> {
  const boxes = new Map<string, VpcContents>();
  placeLoadBalancers(world, scene, canvas, boxes);
  placeEndpoints(world, scene, canvas, boxes);
  const drawn = new Map<string, boolean>();
  for (const vpcId of drawingOrder(boxes)) {
    const contents = contentsOf(boxes, vpcId);
    const vpc = getRow(scene.state.vpcs, vpcId);
    const boxId = vpcBoxId(canvas, vpcId);
    const role = vpcRole(contents);
    const title = `${role === 'account' ? '' : `${role} `}VPC ${vpcId}${vpc === undefined ? '' : ` · ${vpc.CidrBlock} · account ${vpc.OwnerId}`}`;
    const names = zoneNamers({ ownerId: vpc?.OwnerId ?? '', role, counterparts: contents.counterparts });
    out.push(`${indent}subgraph ${boxId}[${mermaidLabel([title])}]`);
    addClass(canvas, 'vpc', boxId);
    for (const line of contents.top) out.push(`${indent}  ${line}`);
    for (const zoneId of [...contents.zones.keys()].sort()) {
      const zoneBox = canvas.id('az', `${vpcId.replace(/^vpc-/, '')}/${zoneId}`);
      out.push(`${indent}  subgraph ${zoneBox}[${mermaidLabel([zoneLabel(world, scene.region, zoneId, names)])}]`);
      for (const line of contents.zones.get(zoneId) ?? []) out.push(`${indent}    ${line}`);
      out.push(`${indent}  end`);
      addClass(canvas, isZoneFailed(world.failedZones, scene.region, zoneId) ? 'failedZone' : 'zone', zoneBox);
    }
    out.push(`${indent}end`);
    drawn.set(vpcId, contents.hasEndpoints);
  }
  return drawn;
}

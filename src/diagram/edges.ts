/**
 * The lines of a topology diagram: each endpoint interface to the NLB node of its own AZ
 * (solid once `available`, dotted and labelled with the state before), each service to the
 * load balancers it fronts, each NLB node to the targets it sends to (its own AZ's, and the
 * other enabled AZs' as dotted `cross-zone` lines only when cross-zone load balancing is on),
 * and the ways into a consumer VPC: active peering connections and on-premises networks.
 *
 * @module
 */
import { getRow, tableKeys } from '../core/table.js';
import { attachedTargetGroups } from '../load-balancers/attached.js';
import { addClass, type Canvas } from './canvas.js';
import { serviceLines } from './labels.js';
import { mermaidLabel } from './mermaid-text.js';
import type { RegionScene } from './scene.js';
import { interfaceId, loadBalancerId, nodeId, targetId, vpcBoxId } from './vpc-boxes.js';

/** An edge with an optional quoted label: `a -->|"label"| b`. */
function edge(from: string, arrow: string, to: string, label?: string): string {
  return label === undefined ? `${from} ${arrow} ${to}` : `${from} ${arrow}|${mermaidLabel([label])}| ${to}`;
}

/**
 * Draws each service as a hexagon and links it to its load balancers.
 *
 * @example
 * drawServices(scene, canvas, canvas.body, '  ');
 */
export function drawServices(scene: RegionScene, canvas: Canvas, out: string[], indent: string): void {
  for (const service of scene.services) {
    const id = canvas.id('svc', service.ServiceId.replace(/^vpce-svc-/, ''));
    out.push(`${indent}${id}{{${mermaidLabel(serviceLines(service))}}}`);
    addClass(canvas, 'service', id);
    for (const arn of [...service.NetworkLoadBalancerArns].sort()) {
      if (getRow(scene.state.loadBalancers, arn) !== undefined) canvas.edges.push(edge(id, '-.-', loadBalancerId(canvas, arn), 'fronts'));
    }
  }
}

/**
 * Links every endpoint interface to the node of its NLB in the same AZ, and every NLB node
 * to the targets it can send to.
 *
 * @example
 * drawTrafficEdges(scene, canvas);
 */
export function drawTrafficEdges(scene: RegionScene, canvas: Canvas): void {
  for (const endpoint of scene.endpoints) {
    for (const zone of endpoint.zones) {
      const lb = zone.LoadBalancerArn === undefined ? undefined : getRow(scene.state.loadBalancers, zone.LoadBalancerArn);
      const node = lb?.nodes.find((n) => n.AvailabilityZoneId === zone.AvailabilityZoneId);
      if (node === undefined) continue;
      const from = interfaceId(canvas, zone.NetworkInterfaceId);
      const to = nodeId(canvas, node.NetworkInterfaceId);
      canvas.edges.push(endpoint.State === 'available' ? edge(from, '-->', to) : edge(from, '-.->', to, endpoint.State));
    }
  }
  for (const lb of scene.loadBalancers) {
    const crossZone = lb.attributes['load_balancing.cross_zone.enabled'] === 'true';
    const enabled = new Set(lb.nodes.map((n) => n.AvailabilityZoneId));
    const groups = attachedTargetGroups(scene.state, lb).sort((a, b) => (a.TargetGroupArn < b.TargetGroupArn ? -1 : 1));
    for (const node of lb.nodes) {
      const from = nodeId(canvas, node.NetworkInterfaceId);
      for (const group of groups) {
        for (const key of [...tableKeys(group.targets)].sort()) {
          const zoneId = getRow(group.targets, key)?.AvailabilityZoneId;
          const to = targetId(canvas, group, key);
          if (zoneId === undefined || zoneId === node.AvailabilityZoneId) canvas.edges.push(edge(from, '-->', to));
          else if (crossZone && enabled.has(zoneId)) canvas.edges.push(edge(from, '-.->', to, 'cross-zone'));
        }
      }
    }
  }
}

/**
 * Draws how consumers reach the endpoints' VPCs from elsewhere: VPCs peered to them (active
 * peering connections) and on-premises networks attached through Direct Connect or a
 * Site-to-Site VPN. `drawn` maps each VPC box drawn to whether it holds endpoints.
 *
 * @example
 * drawPaths(scene, canvas, drawn, canvas.body, '  ');
 */
export function drawPaths(scene: RegionScene, canvas: Canvas, drawn: ReadonlyMap<string, boolean>, out: string[], indent: string): void {
  const linked = new Set<string>();
  for (const [vpcId, hasEndpoints] of drawn) {
    const vpc = getRow(scene.state.vpcs, vpcId);
    if (!hasEndpoints || vpc === undefined) continue;
    const box = vpcBoxId(canvas, vpcId);
    for (const pcxId of [...vpc.peeringConnectionIds].sort()) {
      const pcx = getRow(scene.state.vpcPeeringConnections, pcxId);
      if (pcx === undefined || pcx.Status !== 'active' || linked.has(pcxId)) continue;
      linked.add(pcxId);
      const otherId = pcx.RequesterVpcId === vpcId ? pcx.AccepterVpcId : pcx.RequesterVpcId;
      const other = getRow(scene.state.vpcs, otherId);
      const otherBox = vpcBoxId(canvas, otherId);
      if (!drawn.has(otherId) && !linked.has(otherId)) {
        linked.add(otherId);
        const lines = [`peered VPC ${otherId}`, ...(other === undefined ? [] : [`${other.CidrBlock} · account ${other.OwnerId}`])];
        out.push(`${indent}${otherBox}[${mermaidLabel(lines)}]`);
        addClass(canvas, 'outside', otherBox);
      }
      canvas.edges.push(edge(otherBox, '---', box, `peering ${pcxId}`));
    }
    for (const networkId of [...vpc.onPremisesNetworkIds].sort()) {
      const network = getRow(scene.state.onPremisesNetworks, networkId);
      if (network === undefined) continue;
      const id = canvas.id('onprem', networkId.replace(/^onprem-/, ''));
      out.push(`${indent}${id}([${mermaidLabel(['on-premises network', network.CidrBlock, `account ${network.OwnerId}`])}])`);
      addClass(canvas, 'outside', id);
      canvas.edges.push(edge(id, '-.-', box, network.Link === 'direct-connect' ? 'Direct Connect' : 'Site-to-Site VPN'));
    }
  }
}

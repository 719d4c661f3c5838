/**
 * `toMermaid`: the PrivateLink picture of a World as a Mermaid flowchart. Consumer VPCs with
 * their endpoint network interfaces per Availability Zone on the left, the endpoint services
 * in the middle, the provider VPC with its NLB nodes and targets per AZ on the right; every
 * AZ box labelled with its id and each account's name for it.
 *
 * @module
 */
import { describeValue, errors } from '../core/errors.js';
import { getRow } from '../core/table.js';
import { findRegion } from '../geo/regions.js';
import type { World } from '../world/world.js';
import { createCanvas, type BoxClass, type Canvas } from './canvas.js';
import { drawPaths, drawServices, drawTrafficEdges } from './edges.js';
import { mermaidLabel } from './mermaid-text.js';
import { gatherRegion } from './scene.js';
import { drawVpcBoxes } from './vpc-boxes.js';

/** Options of {@link toMermaid}. */
export interface ToMermaidOptions {
  /**
   * Draw only this region.
   * @defaultValue every region holding an endpoint service or a load balancer
   */
  region?: string;
  /**
   * Draw only this endpoint service (`vpce-svc-...`): its load balancers with their targets,
   * and the endpoints connected to it. Without it, every live service and every NLB is drawn.
   */
  serviceId?: string;
  /**
   * Mermaid flow direction: `LR` puts consumers left of providers.
   * @defaultValue 'LR'
   */
  direction?: 'LR' | 'RL' | 'TB' | 'BT';
  /**
   * Draw the ways into the consumer VPCs: peered VPCs and attached on-premises networks.
   * @defaultValue true
   */
  showPaths?: boolean;
}

/** Box styles, in the order they are declared. */
const CLASS_DEFS: readonly [BoxClass, string][] = [
  ['ok', 'fill:#e6f4ea,stroke:#1e8e3e,color:#0d3b1e'],
  ['waiting', 'fill:#fff4d6,stroke:#b7791f,color:#4a3000'],
  ['bad', 'fill:#fde7e9,stroke:#c5221f,color:#5c0a0a'],
  ['idle', 'fill:#eceff1,stroke:#78909c,color:#263238'],
  ['service', 'fill:#e8f0fe,stroke:#1a56db,color:#0b2a6f'],
  ['outside', 'fill:#f3e8fd,stroke:#7e3ff2,color:#2d0a5c'],
  ['vpc', 'fill:#fafbfc,stroke:#5f6b7a'],
  ['zone', 'fill:#ffffff,stroke:#9aa5b1,stroke-dasharray:4 3'],
  ['failedZone', 'fill:#fde7e9,stroke:#c5221f,stroke-width:2px,stroke-dasharray:6 3'],
];

const DIRECTIONS = ['LR', 'RL', 'TB', 'BT'] as const;

/**
 * Mermaid configuration carried by the diagram itself (front matter), so it lays out the same
 * wherever it is rendered: the default spacing between ranks lets nested VPC and AZ boxes
 * overlap when edges cross them, and the default wrapping width breaks ids across lines.
 */
const LAYOUT = ['---', 'config:', '  flowchart:', '    rankSpacing: 90', '    wrappingWidth: 320', '---'];

function checkOptions(options: unknown): ToMermaidOptions {
  if (typeof options !== 'object' || options === null) {
    throw errors.invalidParameterValueMessage(`toMermaid options must be an object, got ${describeValue(options)}`);
  }
  const o = options as Record<string, unknown>;
  if (o.region !== undefined && findRegion(o.region) === undefined) throw errors.invalidParameterValue('region', o.region, 'Unknown region.');
  if (o.serviceId !== undefined && typeof o.serviceId !== 'string') throw errors.invalidParameterValue('serviceId', o.serviceId);
  if (o.direction !== undefined && !DIRECTIONS.includes(o.direction as ToMermaidOptions['direction'] & string)) {
    throw errors.invalidParameterValue('direction', o.direction, `Expected one of ${DIRECTIONS.join(', ')}.`);
  }
  if (o.showPaths !== undefined && typeof o.showPaths !== 'boolean') throw errors.invalidParameterValue('showPaths', o.showPaths);
  return options as ToMermaidOptions;
}

/** The regions to draw: the one asked for, the service's, or all, sorted. */
function regionsToDraw(world: World, options: ToMermaidOptions): string[] {
  const { serviceId } = options;
  const candidates = options.region !== undefined ? [findRegion(options.region)?.name ?? options.region] : Object.keys(world.regions).sort();
  if (serviceId === undefined) return candidates;
  const found = candidates.filter((r) => {
    const state = world.regions[r];
    return state !== undefined && getRow(state.endpointServices, serviceId) !== undefined;
  });
  if (found.length === 0) throw errors.serviceIdNotFound(serviceId);
  return found;
}

function classLines(canvas: Canvas): string[] {
  const lines: string[] = [];
  for (const [cls, style] of CLASS_DEFS) {
    const ids = canvas.classes.get(cls);
    if (ids === undefined) continue;
    lines.push(`  classDef ${cls} ${style}`);
    lines.push(`  class ${ids.join(',')} ${cls}`);
  }
  return lines;
}

/**
 * Draws the World as a Mermaid flowchart: provider VPCs with their NLB nodes and targets per
 * AZ, the endpoint services, consumer VPCs with their endpoint interfaces per AZ (solid edge
 * once `available`, dotted with the state before), AZ boxes labelled with the AZ id and both
 * accounts' names for it, cross-zone paths (dotted) when the NLB enables cross-zone load
 * balancing, failed AZs, and the peerings and on-premises networks leading to consumer VPCs.
 * A pure function of the World: the same World gives the same text.
 *
 * A model-level view (not an AWS API): it sees every account, as the model does.
 *
 * @throws CloudError `InvalidParameterValue` for a bad option;
 * `InvalidVpcEndpointServiceId.NotFound` for a `serviceId` that is in none of the regions drawn.
 *
 * @example
 * import { createCloud, toMermaid } from 'privatelink-model';
 * const cloud = createCloud({ seed: 42 });
 * // ... build a provider and a consumer ...
 * console.log(toMermaid(cloud.world, { region: 'us-east-1' })); // flowchart LR ...
 */
export function toMermaid(world: World, options: ToMermaidOptions = {}): string {
  const checked = checkOptions(options);
  const canvas = createCanvas();
  const scenes = regionsToDraw(world, checked)
    .map((region) => gatherRegion(world, region, checked.serviceId))
    .filter((scene) => scene !== undefined);
  const boxed = scenes.length > 1;
  for (const scene of scenes) {
    const indent = boxed ? '    ' : '  ';
    if (boxed) canvas.body.push(`  subgraph ${canvas.id('region', scene.region)}[${mermaidLabel([scene.region])}]`);
    drawServices(scene, canvas, canvas.body, indent);
    const drawn = drawVpcBoxes(world, scene, canvas, canvas.body, indent);
    drawTrafficEdges(scene, canvas);
    if (checked.showPaths !== false) drawPaths(scene, canvas, drawn, canvas.body, indent);
    if (boxed) canvas.body.push('  end');
  }
  if (scenes.length === 0) canvas.body.push(`  empty[${mermaidLabel(['nothing to draw: no endpoint service or load balancer'])}]`);
  const lines = [...LAYOUT, `flowchart ${checked.direction ?? 'LR'}`, ...canvas.body, ...canvas.edges.map((e) => `  ${e}`), ...classLines(canvas)];
  return `${lines.join('\n')}\n`;
}

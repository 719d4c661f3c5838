/**
 * The diagram being written: node and subgraph lines, edges, and which boxes get which
 * style class. Ids come from one minter, so a box drawn once can be linked from anywhere.
 *
 * @module
 */
import { createIdMinter, type IdMinter } from './mermaid-text.js';

/** The classes a box can be drawn with (`classDef` lines in `to-mermaid.ts`). */
export type BoxClass = 'ok' | 'waiting' | 'bad' | 'idle' | 'service' | 'vpc' | 'zone' | 'failedZone' | 'outside';

/** A diagram under construction. */
export interface Canvas {
  id: IdMinter;
  /** Nodes and subgraphs, in drawing order, indented. */
  body: string[];
  /** Edges, drawn after every node exists. */
  edges: string[];
  /** Class -> ids of the boxes drawn with it. */
  classes: Map<BoxClass, string[]>;
}

/**
 * An empty canvas.
 *
 * @example
 * const canvas = createCanvas();
 * canvas.body.push(`  ${canvas.id('svc', 'vpce-svc-1')}["service"]`);
 */
export function createCanvas(): Canvas {
  return { id: createIdMinter(), body: [], edges: [], classes: new Map() };
}

/**
 * Draws box `id` with class `cls`.
 *
 * @example
 * addClass(canvas, 'ok', 'eni_eni_0a1b');
 */
export function addClass(canvas: Canvas, cls: BoxClass, id: string): void {
  const ids = canvas.classes.get(cls);
  if (ids === undefined) canvas.classes.set(cls, [id]);
  else if (!ids.includes(id)) ids.push(id);
}

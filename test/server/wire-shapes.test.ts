/**
 * The committed wire-shape tables (`src/server/shapes/`) are what
 * `scripts/generate-wire-shapes.ts` makes from the installed SDK: regenerated in memory and
 * compared, so an SDK upgrade that changes a name or a layout fails here (then regenerate).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderWireShapes, wireShapesFile } from '../../scripts/generate-wire-shapes.js';
import { ec2Actions, elbv2Actions } from '../../src/registry.js';
import { ec2WireShapes } from '../../src/server/shapes/ec2.js';
import { elbv2WireShapes } from '../../src/server/shapes/elbv2.js';
import type { WireRef, WireShape } from '../../src/server/shapes/types.js';

/** The shapes a shape refers to. */
const refsOf = (shape: WireShape): WireRef[] =>
  shape.kind === 'structure' ? shape.members.map((m) => m[3]) : shape.kind === 'list' ? [shape.member] : [shape.key, shape.value];

describe('generated wire shapes', () => {
  for (const api of ['ec2', 'elbv2'] as const) {
    it(`${api}: the committed table matches the installed SDK (run npx tsx scripts/generate-wire-shapes.ts)`, () => {
      expect(readFileSync(wireShapesFile(api), 'utf8')).toBe(renderWireShapes(api));
    });
  }

  it('covers exactly the actions of the registries, and every shape they name', () => {
    expect(Object.keys(ec2WireShapes.actions).sort()).toEqual(Object.keys(ec2Actions).sort());
    expect(Object.keys(elbv2WireShapes.actions).sort()).toEqual(Object.keys(elbv2Actions).sort());
    const scalars = new Set(['string', 'number', 'boolean', 'timestamp', 'timestamp-http', 'timestamp-epoch', 'blob', 'document']);
    for (const table of [ec2WireShapes, elbv2WireShapes]) {
      const dangling: string[] = [];
      const check = (ref: WireRef | null): void => {
        if (ref === null) return;
        if (typeof ref !== 'string') return refsOf(ref).forEach(check);
        if (!scalars.has(ref) && table.shapes[ref] === undefined) dangling.push(ref);
      };
      for (const [input, output] of Object.values(table.actions)) [input, output].forEach(check);
      for (const shape of Object.values(table.shapes)) refsOf(shape).forEach(check);
      expect(dangling).toEqual([]);
    }
  });

  it('keeps the names the protocols need: ec2QueryName, lowerCamel XML names, item and member lists', () => {
    const createVpc = ec2WireShapes.shapes['CreateVpcRequest'];
    expect(createVpc?.kind === 'structure' && createVpc.members.find(([name]) => name === 'TagSpecifications')).toEqual(['TagSpecifications', 'TagSpecification', 'TagSpecification', 'TagSpecificationList']);
    const vpc = ec2WireShapes.shapes['Vpc'];
    expect(vpc?.kind === 'structure' && vpc.members.find(([name]) => name === 'VpcId')?.[2]).toBe('vpcId');
    expect(ec2WireShapes.shapes['TagList']).toMatchObject({ kind: 'list', memberName: 'item' });
    expect(elbv2WireShapes.shapes['TargetDescriptions']).toMatchObject({ kind: 'list', memberName: 'member' });
    expect(ec2WireShapes.unmodelled).toContain('RunInstances');
  });
});

/**
 * Wrong regions for negative tests: codes that are not regions of the catalogue but look
 * like one (`us-east-9`, `US-EAST-1`, `useast1`, an AZ name such as `us-east-1a`, `eu-west`,
 * `mars-north-1`). Caller identities and `createCloud({ accounts })` refuse them with
 * `InvalidParameterValue`.
 *
 * @module
 */
import fc from 'fast-check';
import { findRegion, REGIONS } from '../../geo/regions.js';

/** How a wrong region is wrong. */
export type RegionDefect = 'unknownNumber' | 'uppercase' | 'noDashes' | 'zoneName' | 'truncated' | 'madeUp';

const ALL: readonly RegionDefect[] = ['unknownNumber', 'uppercase', 'noDashes', 'zoneName', 'truncated', 'madeUp'];

/**
 * Options of {@link wrongRegion}.
 *
 * @remarks Since 0.1.0
 */
export interface WrongRegionConstraints {
  /**
   * The defects produced.
   * @defaultValue every defect
   */
  defects?: readonly RegionDefect[];
}

function spoil(region: string, defect: RegionDefect): string {
  switch (defect) {
    case 'unknownNumber':
      return region.replace(/\d+$/, '9');
    case 'uppercase':
      return region.toUpperCase();
    case 'noDashes':
      return region.replace(/-/g, '');
    case 'zoneName':
      return `${region}a`;
    case 'truncated':
      return region.replace(/-\d+$/, '');
    case 'madeUp':
      return 'mars-north-1';
  }
}

/**
 * A region code the model does not know, derived from a real one.
 *
 * @example
 * fc.assert(fc.property(wrongRegion(), (region) => {
 *   expect(() => cloud.ec2({ accountId: '111111111111', region })).toThrow(/not a region the model knows/);
 * }));
 *
 * @remarks Since 0.1.0
 */
export function wrongRegion(constraints: WrongRegionConstraints = {}): fc.Arbitrary<string> {
  const defects = constraints.defects !== undefined && constraints.defects.length > 0 ? constraints.defects : ALL;
  return fc
    .tuple(fc.constantFrom(...Object.keys(REGIONS)), fc.constantFrom(...defects))
    .map(([region, defect]) => spoil(region, defect))
    .filter((region) => findRegion(region) === undefined);
}

import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { createCloud, REGIONS } from '../../src/index.js';
import { accountZones, zoneIdOfName, zoneNameOfId } from '../../src/geo/zones.js';

const regionArb = fc.constantFrom(...Object.keys(REGIONS));
const accountArb = fc.stringMatching(/^\d{12}$/);
const seedArb = fc.oneof(fc.integer(), fc.string());

test.prop([seedArb, accountArb, regionArb])('AZ maps are bijections between names and the region\'s ids', (seed, account, region) => {
  const world = createCloud({ seed }).world;
  const zones = accountZones(world, account, region);
  const ids = zones.map((z) => z.zoneId);
  expect(new Set(ids).size).toBe(ids.length);
  expect([...ids].sort()).toEqual([...(REGIONS[region]?.zoneIds ?? [])].sort());
  for (const z of zones) {
    expect(zoneIdOfName(world, account, region, z.zoneName)).toBe(z.zoneId);
    expect(zoneNameOfId(world, account, region, z.zoneId)).toBe(z.zoneName);
  }
});

test.prop([seedArb, accountArb, regionArb])('AZ maps are deterministic per seed', (seed, account, region) => {
  const a = accountZones(createCloud({ seed }).world, account, region);
  const b = accountZones(createCloud({ seed }).world, account, region);
  expect(a).toEqual(b);
});

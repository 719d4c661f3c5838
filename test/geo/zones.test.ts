import { describe, expect, it } from 'vitest';
import { createCloud, CloudError, REGIONS, regionNames } from '../../src/index.js';
import { accountZones, commonZoneIds, zoneIdOfName, zoneNameOfId, zoneNamesOfIds } from '../../src/geo/zones.js';
import { regionOfZoneId } from '../../src/geo/regions.js';

const PROVIDER = '111111111111';
const CONSUMER = '222222222222';

describe('regions catalogue', () => {
  it('holds at least the ten regions of the specification with their real AZ ids', () => {
    expect(regionNames().length).toBeGreaterThanOrEqual(10);
    expect(REGIONS['us-east-1']?.zoneIds).toEqual(['use1-az1', 'use1-az2', 'use1-az3', 'use1-az4', 'use1-az5', 'use1-az6']);
    expect(REGIONS['us-west-1']?.zoneIds).toEqual(['usw1-az1', 'usw1-az3']);
    expect(REGIONS['ap-northeast-1']?.zoneIds).toEqual(['apne1-az1', 'apne1-az2', 'apne1-az4']);
    expect(REGIONS['eu-west-1']?.zoneIds).toEqual(['euw1-az1', 'euw1-az2', 'euw1-az3']);
    for (const name of ['us-east-2', 'us-west-2', 'eu-west-2', 'eu-west-3', 'eu-central-1', 'ap-southeast-1']) {
      expect(REGIONS[name]).toBeDefined();
    }
    expect(regionOfZoneId('usw2-az4')?.name).toBe('us-west-2');
  });
});

describe('per-account AZ maps', () => {
  const cloud = createCloud({
    seed: 7,
    accounts: {
      [PROVIDER]: { zones: { 'us-east-1': ['use1-az4', 'use1-az6', 'use1-az1'] } },
      [CONSUMER]: { zones: { 'us-east-1': ['use1-az6', 'use1-az2', 'use1-az4'] } },
    },
  });

  it('uses the explicit mapping, names in order a, b, c', () => {
    expect(accountZones(cloud.world, PROVIDER, 'us-east-1')).toEqual([
      { zoneName: 'us-east-1a', zoneId: 'use1-az4' },
      { zoneName: 'us-east-1b', zoneId: 'use1-az6' },
      { zoneName: 'us-east-1c', zoneId: 'use1-az1' },
    ]);
    expect(zoneIdOfName(cloud.world, CONSUMER, 'us-east-1', 'us-east-1a')).toBe('use1-az6');
    expect(zoneNameOfId(cloud.world, CONSUMER, 'us-east-1', 'use1-az4')).toBe('us-east-1c');
    expect(zoneNameOfId(cloud.world, CONSUMER, 'us-east-1', 'use1-az1')).toBeUndefined();
    expect(zoneIdOfName(cloud.world, CONSUMER, 'us-east-1', 'us-east-1d')).toBeUndefined();
    expect(zoneIdOfName(cloud.world, CONSUMER, 'us-east-1', 'us-west-2a')).toBeUndefined();
  });

  it('names a list of ids in one account\'s names, keeping an id the account lacks', () => {
    expect(zoneNamesOfIds(cloud.world, CONSUMER, 'us-east-1', ['use1-az4', 'use1-az1', 'use1-az6'])).toEqual(['us-east-1c', 'use1-az1', 'us-east-1a']);
    const undeclared = accountZones(cloud.world, '333333333333', 'us-east-1');
    expect(zoneNamesOfIds(cloud.world, '333333333333', 'us-east-1', undeclared.map((z) => z.zoneId))).toEqual(undeclared.map((z) => z.zoneName));
    expect(zoneNamesOfIds(cloud.world, CONSUMER, 'us-east-1', [])).toEqual([]);
  });

  it('common zones are matched by id and listed in the viewer\'s name order', () => {
    const providerIds = accountZones(cloud.world, PROVIDER, 'us-east-1').map((z) => z.zoneId);
    expect(commonZoneIds(cloud.world, 'us-east-1', CONSUMER, providerIds)).toEqual(['use1-az6', 'use1-az4']);
  });

  it('an undeclared account gets a full seed-derived permutation', () => {
    const zones = accountZones(cloud.world, '333333333333', 'us-east-1').map((z) => z.zoneId);
    expect([...zones].sort()).toEqual(REGIONS['us-east-1']?.zoneIds);
  });

  it('two undeclared accounts usually disagree on names (as on AWS)', () => {
    const c = createCloud({ seed: 1 });
    let differ = 0;
    for (let i = 0; i < 20; i++) {
      const a = accountZones(c.world, `1000000000${String(i).padStart(2, '0')}`, 'us-east-1');
      const b = accountZones(c.world, `2000000000${String(i).padStart(2, '0')}`, 'us-east-1');
      if (a[0]?.zoneId !== b[0]?.zoneId) differ++;
    }
    expect(differ).toBeGreaterThan(10);
  });
});

describe('createCloud account options', () => {
  it.each([
    [{ '12345': {} }],
    [{ [PROVIDER]: { zones: { 'moon-1': ['m1-az1'] } } }],
    [{ [PROVIDER]: { zones: { 'us-east-1': ['use1-az9'] } } }],
    [{ [PROVIDER]: { zones: { 'us-east-1': ['use1-az1', 'use1-az1'] } } }],
    [{ [PROVIDER]: { zones: { 'us-east-1': [] } } }],
  ])('rejects %j with a CloudError', (accounts) => {
    expect(() => createCloud({ accounts: accounts as never })).toThrow(CloudError);
  });
});

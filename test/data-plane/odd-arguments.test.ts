import { describe, expect, it } from 'vitest';
import { buildDataPath } from './fixtures.js';
import { cloudErrorOf } from '../support/errors.js';

describe('data-plane calls with odd arguments answer CloudErrors', () => {
  const path = buildDataPath({ seed: 'odd' });
  const { cloud, consumer, regionalName } = path;
  const request = { from: { accountId: consumer.identity.accountId, subnetId: consumer.subnetA }, host: regionalName, port: 443 };

  it('a hole in from.securityGroupIds is InvalidParameterValue (some() skipped it)', () => {
    const securityGroupIds = [consumer.defaultSecurityGroupId];
    securityGroupIds.length = 2;
    expect(cloudErrorOf(() => cloud.connect({ ...request, from: { ...request.from, securityGroupIds } })).code).toBe('InvalidParameterValue');
  });

  it('transfer takes whole byte counts of an open connection; anything else is InvalidParameterValue', () => {
    const opened = cloud.connect(request);
    if (!opened.ok) throw new Error(opened.message);
    const id = opened.connection.id;
    for (const bytes of [{ sent: 0.5 }, { sent: Number.MAX_VALUE }, { received: -1 }, { sent: Number.NaN }, { sent: '5' }]) {
      expect(cloudErrorOf(() => cloud.transfer(id, bytes as never)).code).toBe('InvalidParameterValue');
    }
    for (const badId of [Object.create(null), '1', Symbol('id')]) {
      expect(cloudErrorOf(() => cloud.transfer(badId as never, { sent: 1 })).code).toBe('InvalidParameterValue');
    }
    cloud.transfer(id, { sent: 100, received: Number.MAX_SAFE_INTEGER - 100 });
    expect(cloud.dataTransfer().sameZoneBytes + cloud.dataTransfer().crossZoneBytes).toBe(Number.MAX_SAFE_INTEGER);
  });
});

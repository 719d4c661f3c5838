import { describe, expect, it } from 'vitest';
import { CONSUMER } from '../../fixtures/topology.js';
import { buildDataPath } from '../../data-plane/fixtures.js';
import { call, expectControlError, hostOf, ok } from './support.js';

function openConnection(t: ReturnType<typeof buildDataPath>) {
  const r = t.cloud.connect({ from: { accountId: CONSUMER, subnetId: t.consumer.subnetA }, host: t.zonalNames['use1-az2'] ?? '', port: 443 });
  if (!r.ok) throw new Error(r.message);
  return r.connection;
}

describe('fault routes', () => {
  it('fails an AZ (cutting its connections), lists failed AZs, restores it', () => {
    const t = buildDataPath();
    const host = hostOf(t.cloud);
    openConnection(t);
    expect(ok(call(host, 'GET', 'faults/zones'))).toEqual({ failedZones: [] });
    expect(ok(call(host, 'POST', 'faults/zones/fail', { region: 'us-east-1', zoneId: 'use1-az2' }))).toEqual({ failedZones: [{ region: 'us-east-1', zoneId: 'use1-az2' }] });
    expect(host.cloud.connections()).toEqual([]);
    ok(call(host, 'POST', 'faults/zones/fail', { region: 'us-east-1', zoneId: 'use1-az3' }));
    expect(ok(call(host, 'GET', 'faults/zones'))).toEqual({ failedZones: [{ region: 'us-east-1', zoneId: 'use1-az2' }, { region: 'us-east-1', zoneId: 'use1-az3' }] });
    expect(ok(call(host, 'POST', 'faults/zones/restore', { region: 'us-east-1', zoneId: 'use1-az2' }))).toEqual({ failedZones: [{ region: 'us-east-1', zoneId: 'use1-az3' }] });
    expect(openConnection(t).availabilityZoneId).toBe('use1-az2');
  });

  it('sets a target unhealthy (cutting its connections; DescribeTargetHealth says so) and healthy again', () => {
    const t = buildDataPath();
    const host = hostOf(t.cloud);
    const c = openConnection(t);
    const body = { targetGroupArn: t.targetGroupArn, target: { Id: c.target.id, Port: 8080 }, health: 'unhealthy' };
    expect(ok(call(host, 'POST', 'faults/target-health', body))).toEqual(body);
    expect(host.cloud.connections()).toEqual([]);
    const state = () => host.cloud.elbv2(t.provider.identity).describeTargetHealth({ TargetGroupArn: t.targetGroupArn }).TargetHealthDescriptions.find((d) => d.Target?.Id === c.target.id)?.TargetHealth?.State;
    expect(state()).toBe('unhealthy');
    ok(call(host, 'POST', 'faults/target-health', { ...body, target: { Id: c.target.id }, health: 'healthy' }));
    expect(state()).toBe('healthy');
  });

  it('refuses missing fields, an unknown region or zone, a bad target or health; nothing changes', () => {
    const t = buildDataPath();
    const host = hostOf(t.cloud);
    expectControlError(host, 'POST', 'faults/zones/fail', { zoneId: 'use1-az2' }, 400, 'MissingParameter', 'The request must contain the parameter region');
    expectControlError(host, 'POST', 'faults/zones/fail', { region: 'us-east-1' }, 400, 'MissingParameter', 'The request must contain the parameter zoneId');
    expectControlError(host, 'POST', 'faults/zones/fail', { region: 'mars-1', zoneId: 'use1-az2' }, 400, 'InvalidParameterValue', 'Value (mars-1) for parameter region is invalid. Unknown region.');
    expectControlError(host, 'POST', 'faults/zones/fail', { region: 'us-east-1', zoneId: 'usw2-az1' }, 400, 'InvalidZone.NotFound', "The zone ID 'usw2-az1' does not exist");
    expectControlError(host, 'POST', 'faults/zones/restore', { region: 'us-east-1' }, 400, 'MissingParameter');
    expectControlError(host, 'POST', 'faults/zones/restore', { region: 'us-east-1', zoneId: 42 }, 400, 'InvalidZone.NotFound');
    expectControlError(host, 'GET', 'faults/zones', { region: 'us-east-1' }, 400, 'InvalidParameter');
    const body = { targetGroupArn: t.targetGroupArn, target: { Id: '10.0.1.10' }, health: 'unhealthy' };
    expectControlError(host, 'POST', 'faults/target-health', { ...body, targetGroupArn: undefined }, 400, 'MissingParameter', 'The request must contain the parameter targetGroupArn');
    expectControlError(host, 'POST', 'faults/target-health', { ...body, target: undefined }, 400, 'MissingParameter', 'The request must contain the parameter target');
    expectControlError(host, 'POST', 'faults/target-health', { ...body, health: undefined }, 400, 'MissingParameter', 'The request must contain the parameter health');
    expectControlError(host, 'POST', 'faults/target-health', { ...body, health: 'sick' }, 400, 'ValidationError');
    expectControlError(host, 'POST', 'faults/target-health', { ...body, target: '10.0.1.10' }, 400, 'ValidationError', 'The target must be given as { Id, Port? }');
    expectControlError(host, 'POST', 'faults/target-health', { ...body, target: { Id: '10.0.9.9' } }, 400, 'InvalidTarget');
    expectControlError(host, 'POST', 'faults/target-health', { ...body, targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:111111111111:targetgroup/none/0123456789abcdef' }, 400, 'TargetGroupNotFound');
  });
});

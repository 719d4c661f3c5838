import { describe, expect, it } from 'vitest';
import { expectFailure, providerWorld, withListener } from './fixtures.js';

const value = (attributes: { Key: string; Value: string }[], key: string) => attributes.find((a) => a.Key === key)?.Value;

describe('Target group attributes', () => {
  it("has AWS's defaults, preserve_client_ip depending on the target type", () => {
    const { elbv2, vpcId } = providerWorld();
    const ip = elbv2.createTargetGroup({ Name: 'ip', Protocol: 'TCP', Port: 80, VpcId: vpcId, TargetType: 'ip' }).TargetGroups[0]?.TargetGroupArn ?? '';
    const inst = elbv2.createTargetGroup({ Name: 'inst', Protocol: 'TCP', Port: 80, VpcId: vpcId }).TargetGroups[0]?.TargetGroupArn ?? '';
    const ipAttrs = elbv2.describeTargetGroupAttributes({ TargetGroupArn: ip }).Attributes;
    expect(value(ipAttrs, 'proxy_protocol_v2.enabled')).toBe('false');
    expect(value(ipAttrs, 'deregistration_delay.timeout_seconds')).toBe('300');
    expect(value(ipAttrs, 'preserve_client_ip.enabled')).toBe('false');
    expect(value(elbv2.describeTargetGroupAttributes({ TargetGroupArn: inst }).Attributes, 'preserve_client_ip.enabled')).toBe('true');
  });

  it('turns on proxy protocol v2', () => {
    const { elbv2, tgArn } = withListener();
    const out = elbv2.modifyTargetGroupAttributes({ TargetGroupArn: tgArn, Attributes: [{ Key: 'proxy_protocol_v2.enabled', Value: 'true' }, { Key: 'deregistration_delay.timeout_seconds', Value: '3600' }] });
    expect(value(out.Attributes, 'proxy_protocol_v2.enabled')).toBe('true');
    expect(value(elbv2.describeTargetGroupAttributes({ TargetGroupArn: tgArn }).Attributes, 'deregistration_delay.timeout_seconds')).toBe('3600');
  });

  it('rejects unknown keys and bad values, and foreign groups', () => {
    const { cloud, elbv2, strangerElbv2, tgArn } = withListener();
    const modify = (Key: string, Value: string) => () => elbv2.modifyTargetGroupAttributes({ TargetGroupArn: tgArn, Attributes: [{ Key, Value }] });
    expectFailure(cloud, modify('slow_start.duration_seconds', '30'), 'ValidationError', "Target group attribute key 'slow_start.duration_seconds' is not recognized");
    expectFailure(cloud, modify('proxy_protocol_v2.enabled', 'on'), 'ValidationError', "Target group attribute value 'on' is not valid for attribute key 'proxy_protocol_v2.enabled'");
    expectFailure(cloud, modify('deregistration_delay.timeout_seconds', '3601'), 'ValidationError');
    expectFailure(cloud, () => strangerElbv2.describeTargetGroupAttributes({ TargetGroupArn: tgArn }), 'TargetGroupNotFound');
    expectFailure(cloud, () => strangerElbv2.modifyTargetGroupAttributes({ TargetGroupArn: tgArn, Attributes: [{ Key: 'proxy_protocol_v2.enabled', Value: 'true' }] }), 'TargetGroupNotFound');
  });
});

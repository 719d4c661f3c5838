import { DescribeVpcEndpoints$ } from '@aws-sdk/client-ec2';
import * as elbv2 from '@aws-sdk/client-elastic-load-balancing-v2';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reviveDates } from '../../src/aws-sdk/dates.js';
import { exceptionClassFor, type SdkExports } from '../../src/aws-sdk/exceptions.js';
import { nextRequestId } from '../../src/aws-sdk/metadata.js';
import { createCloud } from '../../src/index.js';
import { VERSION } from '../../src/version.js';

const T = Date.UTC(2026, 0, 1);
const BASE = 'ElasticLoadBalancingV2ServiceException';
const sdk: SdkExports = elbv2;

describe('reviveDates', () => {
  it('turns ELBv2 timestamps into Dates by the operation schema, leaving other fields alone', () => {
    const out = reviveDates(elbv2.DescribeLoadBalancers$, {
      LoadBalancers: [{ LoadBalancerName: 'api', CreatedTime: T, AvailabilityZones: [{ ZoneName: 'us-east-1a' }] }],
      NextMarker: 'm',
    });
    expect(out).toEqual({
      LoadBalancers: [{ LoadBalancerName: 'api', CreatedTime: new Date(T), AvailabilityZones: [{ ZoneName: 'us-east-1a' }] }],
      NextMarker: 'm',
    });
  });

  it('accepts ISO strings and keeps Dates as they are', () => {
    const date = new Date(T);
    const out = reviveDates(DescribeVpcEndpoints$, {
      VpcEndpoints: [{ CreationTimestamp: '2026-01-01T00:00:00.000Z' }, { CreationTimestamp: date }],
    });
    expect(out).toEqual({ VpcEndpoints: [{ CreationTimestamp: date }, { CreationTimestamp: date }] });
    const [, second] = (out as { VpcEndpoints: { CreationTimestamp: unknown }[] }).VpcEndpoints;
    expect(second?.CreationTimestamp).toBe(date);
  });

  it('follows list and map modifiers and lazy references', () => {
    const output = [3, 'ns', 'Out', 0, ['When', 'Times', 'ByName', 'Text'], [4, 64 | 4, () => 128 | 7, 0]];
    const operation = [9, 'ns', 'Op', 0, 'unit', () => output];
    expect(reviveDates(operation, { When: T, Times: [T, T], ByName: { a: T }, Text: 'x' })).toEqual({
      When: new Date(T),
      Times: [new Date(T), new Date(T)],
      ByName: { a: new Date(T) },
      Text: 'x',
    });
  });

  it('returns the output untouched without a usable schema', () => {
    const output = { CreatedTime: T };
    expect(reviveDates(undefined, output)).toBe(output);
    expect(reviveDates({ input: {}, output: {} }, output)).toBe(output);
  });
});

describe('exceptionClassFor', () => {
  it('finds the class whose schema carries the AWS code', () => {
    expect(exceptionClassFor(sdk, BASE, 'LoadBalancerNotFound')).toBe(elbv2.LoadBalancerNotFoundException);
    expect(exceptionClassFor(sdk, BASE, 'TargetGroupNotFound')).toBe(elbv2.TargetGroupNotFoundException);
    // The class name is not always `<code>Exception`: the schema decides.
    expect(exceptionClassFor(sdk, BASE, 'ALPNPolicyNotFound')).toBe(elbv2.ALPNPolicyNotSupportedException);
  });

  it('falls back to `<code>Exception` when the SDK has no schemas, and to nothing otherwise', () => {
    const { LoadBalancerNotFoundException, ElasticLoadBalancingV2ServiceException } = elbv2;
    const legacy: SdkExports = { LoadBalancerNotFoundException, ElasticLoadBalancingV2ServiceException };
    expect(exceptionClassFor(legacy, BASE, 'LoadBalancerNotFound')).toBe(LoadBalancerNotFoundException);
    expect(exceptionClassFor(sdk, BASE, 'ValidationError')).toBeUndefined();
    expect(exceptionClassFor(sdk, BASE, 'ElasticLoadBalancingV2Service')).toBeUndefined();
  });
});

describe('request ids and version', () => {
  it('numbers request ids per cloud', () => {
    const a = createCloud({ seed: 'x' });
    const b = createCloud({ seed: 'x' });
    const first = nextRequestId(a);
    expect(nextRequestId(b)).toBe(first);
    expect(nextRequestId(a)).not.toBe(first);
  });

  it('src/version.ts matches package.json', () => {
    const pkg: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(pkg).toMatchObject({ version: VERSION });
  });
});

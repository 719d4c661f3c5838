import { describe, expect, it } from 'vitest';
import { readParams } from '../../src/core/params.js';
import { cloudErrorOf } from '../support/errors.js';

describe('Params (EC2 vocabulary)', () => {
  const p = (fields: unknown) => readParams(fields, 'ec2');

  it('reads required and optional strings', () => {
    expect(p({ VpcId: 'vpc-1' }).string('VpcId')).toBe('vpc-1');
    expect(p({}).optionalString('VpcId')).toBeUndefined();
    expect(cloudErrorOf(() => p({}).string('VpcId'))).toMatchObject({
      code: 'MissingParameter',
      message: 'The request must contain the parameter VpcId',
    });
    expect(cloudErrorOf(() => p({ VpcId: '' }).string('VpcId')).code).toBe('MissingParameter');
    expect(cloudErrorOf(() => p({ VpcId: 3 }).string('VpcId')).code).toBe('InvalidParameterValue');
  });

  it('reads booleans, integers and enums strictly', () => {
    expect(p({ B: true }).optionalBoolean('B')).toBe(true);
    expect(cloudErrorOf(() => p({ B: 'true' }).optionalBoolean('B')).code).toBe('InvalidParameterValue');
    expect(p({ N: 5 }).integer('N', 1, 10)).toBe(5);
    expect(cloudErrorOf(() => p({ N: 5.5 }).integer('N', 1, 10)).code).toBe('InvalidParameterValue');
    expect(cloudErrorOf(() => p({ N: 11 }).integer('N', 1, 10)).code).toBe('InvalidParameterValue');
    expect(cloudErrorOf(() => p({}).integer('N', 1, 10)).code).toBe('MissingParameter');
    expect(p({ E: 'a' }).optionalEnum('E', ['a', 'b'])).toBe('a');
    expect(cloudErrorOf(() => p({ E: 'c' }).optionalEnum('E', ['a', 'b'])).code).toBe('InvalidParameterValue');
  });

  it('reads string lists, dropping duplicates and refusing non-strings', () => {
    expect(p({ L: ['a', 'b', 'a'] }).stringList('L')).toEqual(['a', 'b']);
    expect(cloudErrorOf(() => p({ L: [] }).stringList('L')).code).toBe('MissingParameter');
    expect(cloudErrorOf(() => p({ L: 'a' }).stringList('L')).code).toBe('InvalidParameterValue');
    expect(cloudErrorOf(() => p({ L: ['a', 1] }).stringList('L')).code).toBe('InvalidParameterValue');
  });

  it('reads filters and tag specifications', () => {
    expect(p({ Filters: [{ Name: 'vpc-id', Values: ['v'] }] }).filters()).toEqual([{ Name: 'vpc-id', Values: ['v'] }]);
    expect(cloudErrorOf(() => p({ Filters: [{ Values: ['v'] }] }).filters()).code).toBe('MissingParameter');
    expect(cloudErrorOf(() => p({ Filters: [3] }).filters()).code).toBe('InvalidParameterValue');
    const spec = { TagSpecifications: [{ ResourceType: 'vpc', Tags: [{ Key: 'k', Value: 'v' }, { Key: 'e' }] }] };
    expect(p(spec).tagSpecifications('vpc')).toEqual([{ Key: 'k', Value: 'v' }, { Key: 'e', Value: '' }]);
    expect(cloudErrorOf(() => p(spec).tagSpecifications('subnet')).code).toBe('InvalidParameterValue');
  });

  it('a request that is not a structure is malformed; an absent one is empty', () => {
    expect(cloudErrorOf(() => readParams([1], 'ec2')).code).toBe('InvalidParameterValue');
    expect(readParams(undefined, 'ec2').has('X')).toBe(false);
  });
});

describe('Params (ELBv2 vocabulary)', () => {
  it('answers ValidationError for missing and invalid fields', () => {
    expect(cloudErrorOf(() => readParams({}, 'elbv2').string('Name'))).toMatchObject({
      code: 'ValidationError',
      message: "1 validation error detected: Value null at 'name' failed to satisfy constraint: Member must not be null",
    });
    expect(cloudErrorOf(() => readParams({ Port: 0 }, 'elbv2').integer('Port', 1, 65535)).code).toBe('ValidationError');
    expect(cloudErrorOf(() => readParams(7, 'elbv2')).code).toBe('ValidationError');
  });
});

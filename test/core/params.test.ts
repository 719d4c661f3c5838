import { describe, expect, it } from 'vitest';
import { isDenseStringList, readParams } from '../../src/core/params.js';
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

describe('Params: every list element, holes included', () => {
  const ec2 = (fields: unknown) => readParams(fields, 'ec2');
  const elbv2 = (fields: unknown) => readParams(fields, 'elbv2');

  it('refuses a hole, undefined or null in a string list as a missing element, named by its position', () => {
    for (const list of [[, 'b'], new Array(3), [undefined], [null], ['a', , 'b']]) {
      const error = cloudErrorOf(() => ec2({ L: list }).optionalStringList('L'));
      expect(error.code).toBe('MissingParameter');
      expect(error.message).toMatch(/^The request must contain the parameter L\.[12]$/);
    }
    expect(cloudErrorOf(() => ec2({ L: ['a', 7] }).stringList('L'))).toMatchObject({
      code: 'InvalidParameterValue',
      message: 'Value (7) for parameter L.2 is invalid. Expected a string.',
    });
  });

  it('refuses a hole in a list of structures; a nested field is named by its full path', () => {
    expect(cloudErrorOf(() => ec2({ Filters: [, { Name: 'x' }] }).filters()).message).toBe('The request must contain the parameter Filters.1');
    expect(cloudErrorOf(() => ec2({ Filters: [{ Name: 'x', Values: ['a', , 'c'] }] }).filters()).message).toBe(
      'The request must contain the parameter Filters.1.Values.2',
    );
    expect(cloudErrorOf(() => ec2({ TagSpecifications: [{ ResourceType: 'vpc', Tags: [{ Key: 'k' }, {}] }] }).tagSpecifications('vpc')).message).toBe(
      'The request must contain the parameter TagSpecifications.1.Tags.2.Key',
    );
    expect(cloudErrorOf(() => ec2({ Filters: ['vpc-id'] }).filters())).toMatchObject({ code: 'InvalidParameterValue', message: 'Value (vpc-id) for parameter Filters.1 is invalid. Expected a structure.' });
  });

  it('ELBv2 words a bad element as AWS validation does, with the member path', () => {
    expect(cloudErrorOf(() => elbv2({ Tags: [{ Key: 'a' }, ,] }).tagList('Tags'))).toMatchObject({
      code: 'ValidationError',
      message: "1 validation error detected: Value null at 'tags.2.member' failed to satisfy constraint: Member must not be null",
    });
    expect(cloudErrorOf(() => elbv2({ Tags: [{ Value: 'v' }] }).tagList('Tags')).message).toBe(
      "1 validation error detected: Value null at 'tags.1.member.key' failed to satisfy constraint: Member must not be null",
    );
    expect(cloudErrorOf(() => elbv2({ Names: ['a', null] }).optionalStringList('Names')).message).toBe(
      "1 validation error detected: Value null at 'names.2.member' failed to satisfy constraint: Member must not be null",
    );
    expect(cloudErrorOf(() => elbv2({ PageSize: 401 }).optionalInteger('PageSize', 1, 400)).message).toBe(
      "1 validation error detected: Value '401' at 'pageSize' failed to satisfy constraint: Member must have value less than or equal to 400",
    );
    expect(cloudErrorOf(() => elbv2({ PageSize: 0 }).optionalInteger('PageSize', 1, 400)).message).toBe(
      "1 validation error detected: Value '0' at 'pageSize' failed to satisfy constraint: Member must have value greater than or equal to 1",
    );
  });

  it("reads only the request's own fields: inherited and prototype-named ones are absent", () => {
    const inherited = Object.create({ VpcId: 'vpc-1', DryRun: true }) as object;
    expect(ec2(inherited).optionalString('VpcId')).toBeUndefined();
    expect(ec2(inherited).dryRun()).toBe(false);
    expect(ec2({}).has('constructor')).toBe(false);
    expect(ec2({}).raw('toString')).toBeUndefined();
    expect(ec2(JSON.parse('{"__proto__": "x"}')).optionalString('__proto__')).toBe('x');
    expect(ec2(Object.assign(Object.create(null) as object, { VpcId: 'vpc-2' })).string('VpcId')).toBe('vpc-2');
  });

  it('keeps one of each string of a long list, in order, in linear time', () => {
    const list = Array.from({ length: 200_000 }, (_, i) => `id-${i % 1000}`);
    expect(ec2({ L: list }).stringList('L')).toEqual(Array.from({ length: 1000 }, (_, i) => `id-${i}`));
  });

  it('isDenseStringList sees holes that every() skips', () => {
    expect(isDenseStringList(['a', 'b'])).toBe(true);
    expect(isDenseStringList([])).toBe(true);
    expect(isDenseStringList(['a', , 'b'])).toBe(false);
    expect(isDenseStringList(new Array(2))).toBe(false);
    expect(isDenseStringList('ab')).toBe(false);
    expect([, 'b'].every((x) => typeof x === 'string')).toBe(true);
  });
});

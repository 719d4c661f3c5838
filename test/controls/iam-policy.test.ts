import { describe, expect, it } from 'vitest';
import { checkPolicy } from '../../src/controls/iam.js';
import { createCloud } from '../../src/index.js';
import { cloudErrorOf } from '../support/errors.js';

const ROLE = 'arn:aws:iam::111111111111:role/ops';

describe('cloud.iam: a policy is checked whole, and stored as plain data', () => {
  it('refuses holes and non-strings in Action and Resource lists', () => {
    for (const Action of [['ec2:*', , 'elasticloadbalancing:*'], new Array(2), [], ['ec2:*', 3]]) {
      expect(cloudErrorOf(() => checkPolicy(ROLE, { Statement: [{ Effect: 'Allow', Action: Action as never }] })).code).toBe('InvalidParameterValue');
    }
    expect(cloudErrorOf(() => checkPolicy(ROLE, { Statement: [{ Effect: 'Allow', Action: '*', Resource: [, '*'] as never }] })).code).toBe('InvalidParameterValue');
  });

  it('refuses a hole in the Statement list', () => {
    expect(cloudErrorOf(() => checkPolicy(ROLE, { Statement: [{ Effect: 'Allow', Action: '*' }, ,] as never })).message).toMatch(/Statement\[1\]/);
  });

  it('keeps only the fields the model reads: functions, symbols and getters elsewhere never reach the world', () => {
    const statement = { Effect: 'Allow', Action: ['ec2:*'], Resource: '*', Sid: 's1', Extra: () => 1, [Symbol('x')]: 1 };
    const policy = checkPolicy(ROLE, { Statement: [statement] } as never);
    expect(policy).toEqual({ Version: '2012-10-17', Statement: [{ Sid: 's1', Effect: 'Allow', Action: ['ec2:*'], Resource: '*' }] });
    statement.Action.push('mutated');
    expect(policy.Statement).toEqual([{ Sid: 's1', Effect: 'Allow', Action: ['ec2:*'], Resource: '*' }]);
    expect(cloudErrorOf(() => checkPolicy(ROLE, { Statement: [{ Effect: 'Allow', Action: '*', Sid: 7 }] } as never)).code).toBe('InvalidParameterValue');
  });

  it('deletePrincipalPolicy checks its arguments', () => {
    const cloud = createCloud();
    for (const [arn, name] of [[7, undefined], ['not-an-arn', undefined], [ROLE, ''], [ROLE, 5]] as const) {
      expect(cloudErrorOf(() => cloud.iam.deletePrincipalPolicy(arn as never, name as never)).code).toBe('InvalidParameterValue');
    }
    cloud.iam.deletePrincipalPolicy(ROLE);
  });
});

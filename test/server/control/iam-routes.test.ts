import { describe, expect, it } from 'vitest';
import { CloudError } from '../../../src/index.js';
import { call, expectControlError, hostOf, ok } from './support.js';

const ROLE = 'arn:aws:iam::111111111111:role/dev';
const DENY_CREATE_VPC = { Statement: [{ Effect: 'Deny', Action: 'ec2:CreateVpc', Resource: '*' }] };

describe('IAM policy routes', () => {
  it('POST attaches a policy that the next call is evaluated against; GET lists; DELETE removes', () => {
    const host = hostOf();
    const ec2 = () => host.cloud.ec2({ accountId: '111111111111', region: 'us-east-1', principalArn: ROLE });
    expect(ok(call(host, 'GET', 'iam/policies', { principalArn: ROLE }))).toEqual({ principalArn: ROLE, policies: {} });
    const put = ok(call(host, 'POST', 'iam/policies', { principalArn: ROLE, document: DENY_CREATE_VPC }));
    expect(put).toEqual({ principalArn: ROLE, policies: { default: { Version: '2012-10-17', Statement: DENY_CREATE_VPC.Statement } } });
    expect(() => ec2().createVpc({ CidrBlock: '10.0.0.0/16' })).toThrow(CloudError);
    ok(call(host, 'POST', 'iam/policies', { principalArn: ROLE, name: 'allow', document: { Version: '2012-10-17', Statement: { Effect: 'Allow', Action: '*' } } }));
    expect(Object.keys((ok(call(host, 'GET', `iam/policies?principalArn=${encodeURIComponent(ROLE)}`)) as { policies: object }).policies).sort()).toEqual(['allow', 'default']);
    expect(ok(call(host, 'DELETE', 'iam/policies', { principalArn: ROLE, name: 'default' }))).toEqual({ principalArn: ROLE, policies: { allow: expect.anything() } });
    expect(ec2().createVpc({ CidrBlock: '10.0.0.0/16' }).Vpc.VpcId).toMatch(/^vpc-/);
    expect(ok(call(host, 'DELETE', 'iam/policies', { principalArn: ROLE }))).toEqual({ principalArn: ROLE, policies: {} });
  });

  it('refuses a missing or bad principal, document or name; nothing changes', () => {
    const host = hostOf();
    expectControlError(host, 'GET', 'iam/policies', undefined, 400, 'MissingParameter', 'The request must contain the parameter principalArn');
    expectControlError(host, 'GET', 'iam/policies', { principalArn: 'dev' }, 400, 'InvalidParameterValue', 'Value (dev) for parameter principalArn is invalid. Expected an IAM ARN.');
    expectControlError(host, 'POST', 'iam/policies', { document: DENY_CREATE_VPC }, 400, 'MissingParameter');
    expectControlError(host, 'POST', 'iam/policies', { principalArn: ROLE }, 400, 'MissingParameter', 'The request must contain the parameter document');
    expectControlError(host, 'POST', 'iam/policies', { principalArn: ROLE, document: 'allow all' }, 400, 'InvalidParameterValue');
    expectControlError(host, 'POST', 'iam/policies', { principalArn: ROLE, document: { Statement: [{ Effect: 'Maybe', Action: '*' }] } }, 400, 'InvalidParameterValue', /Effect must be 'Allow' or 'Deny'/);
    expectControlError(host, 'POST', 'iam/policies', { principalArn: ROLE, document: DENY_CREATE_VPC, name: '' }, 400, 'InvalidParameterValue');
    expectControlError(host, 'DELETE', 'iam/policies', { principalArn: ROLE, name: 3 }, 400, 'InvalidParameterValue');
    expectControlError(host, 'DELETE', 'iam/policies', { principalArn: 'x' }, 400, 'InvalidParameterValue');
    expectControlError(host, 'DELETE', 'iam/policies', { principalArn: ROLE, policy: 'a' }, 400, 'InvalidParameter');
  });
});

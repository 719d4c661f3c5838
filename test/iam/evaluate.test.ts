import { describe, expect, it } from 'vitest';
import { authorize, conditionHolds, hasIdentityPolicies, statementApplies, type AuthorizationRequest } from '../../src/iam/evaluate.js';
import { createCloud } from '../../src/index.js';
import { cloudErrorOf } from '../support/errors.js';
import { getRow } from '../../src/core/table.js';

const dev = 'arn:aws:iam::111111111111:role/dev';
const request = (name?: string, action = 'ec2:CreateVpcEndpointServiceConfiguration'): AuthorizationRequest => ({
  action,
  resource: 'arn:aws:ec2:us-east-1:111111111111:vpc-endpoint-service/*',
  context: { 'ec2:VpceServicePrivateDnsName': name },
});

describe('IAM evaluation', () => {
  it('no policy: the principal is an administrator', () => {
    expect(authorize(createCloud().world, dev, request('x.example.com'))).toBe('Allow');
  });

  it('knows whether a principal has policies, so commands skip building requests without them', () => {
    const cloud = createCloud();
    expect(hasIdentityPolicies(cloud.world, dev)).toBe(false);
    cloud.iam.putPrincipalPolicy(dev, { Statement: [{ Effect: 'Deny', Action: 'ec2:CreateTags', Resource: '*' }] });
    expect(hasIdentityPolicies(cloud.world, dev)).toBe(true);
    expect(hasIdentityPolicies(cloud.world, 'arn:aws:iam::111111111111:root')).toBe(false);
    cloud.iam.deletePrincipalPolicy(dev);
    expect(hasIdentityPolicies(cloud.world, dev)).toBe(false);
  });

  it('a policy that does not allow the action denies implicitly; an allow with wildcards allows', () => {
    const cloud = createCloud();
    cloud.iam.putPrincipalPolicy(dev, { Statement: [{ Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' }] });
    expect(authorize(cloud.world, dev, request())).toBe('ImplicitDeny');
    expect(authorize(cloud.world, dev, request(undefined, 'ec2:DescribeVpcEndpointServices'))).toBe('Allow');
    // action names are case-insensitive
    expect(authorize(cloud.world, dev, request(undefined, 'EC2:describevpcendpointservices'))).toBe('Allow');
  });

  it('an explicit deny wins over any allow, across policies', () => {
    const cloud = createCloud();
    cloud.iam.putPrincipalPolicy(dev, { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }, 'admin');
    cloud.iam.putPrincipalPolicy(dev, { Statement: { Effect: 'Deny', Action: 'ec2:*VpcEndpointServiceConfiguration', Resource: '*' } }, 'guard');
    expect(authorize(cloud.world, dev, request())).toBe('ExplicitDeny');
    expect(authorize(cloud.world, dev, request(undefined, 'ec2:CreateVpc'))).toBe('Allow');
    cloud.iam.deletePrincipalPolicy(dev, 'guard');
    expect(authorize(cloud.world, dev, request())).toBe('Allow');
    cloud.iam.deletePrincipalPolicy(dev);
    expect(getRow(cloud.world.iamPolicies, dev)).toBeUndefined();
  });

  it('resources match with wildcards, case-sensitively', () => {
    const s = { Effect: 'Allow' as const, Action: 'ec2:*', Resource: 'arn:aws:ec2:us-east-1:111111111111:vpc-endpoint-service/*' };
    expect(statementApplies(s, request())).toBe(true);
    expect(statementApplies({ ...s, Resource: 'arn:aws:ec2:us-west-2:*' }, request())).toBe(false);
    expect(statementApplies({ ...s, Resource: 'ARN:aws:ec2:*' }, request())).toBe(false);
  });

  it('string condition operators on ec2:VpceServicePrivateDnsName, with IAM semantics for a missing key', () => {
    expect(conditionHolds('StringEquals', 'a.example.com', ['a.example.com'])).toBe(true);
    expect(conditionHolds('StringEquals', 'A.example.com', ['a.example.com'])).toBe(false);
    expect(conditionHolds('StringEquals', undefined, ['a.example.com'])).toBe(false);
    expect(conditionHolds('StringLike', 'api.example.com', ['*.example.com'])).toBe(true);
    expect(conditionHolds('StringLike', 'api.example.org', ['*.example.com', 'api.?xample.com'])).toBe(false);
    expect(conditionHolds('StringLike', 'api.example.org', ['*.example.com', 'api.e?ample.org'])).toBe(true);
    expect(conditionHolds('StringNotEquals', 'b.example.com', ['a.example.com'])).toBe(true);
    expect(conditionHolds('StringNotEquals', undefined, ['a.example.com'])).toBe(true);
    expect(conditionHolds('StringNotLike', 'api.example.com', ['*.example.com'])).toBe(false);
    expect(conditionHolds('StringNotLike', undefined, ['*.example.com'])).toBe(true);
    expect(conditionHolds('StringLikeIfExists', undefined, ['*.example.com'])).toBe(true);
    expect(conditionHolds('StringLikeIfExists', 'x.org', ['*.example.com'])).toBe(false);
    expect(conditionHolds('StringNotLikeIfExists', 'x.org', ['*.example.com'])).toBe(true);
  });

  it('condition keys match case-insensitively; every key and operator of a statement must hold', () => {
    const s = {
      Effect: 'Deny' as const,
      Action: 'ec2:*',
      Resource: '*',
      Condition: { StringLike: { 'EC2:VpceServicePrivateDnsName': '*.internal' }, StringNotEquals: { 'ec2:VpceServicePrivateDnsName': 'ok.internal' } },
    };
    expect(statementApplies(s, request('db.internal'))).toBe(true);
    expect(statementApplies(s, request('ok.internal'))).toBe(false);
    expect(statementApplies(s, request('db.example.com'))).toBe(false);
  });
});

describe('cloud.iam.putPrincipalPolicy validation', () => {
  it('rejects malformed documents with InvalidParameterValue and changes nothing', () => {
    const cloud = createCloud();
    const before = cloud.world;
    const bad: unknown[] = [
      null,
      { Statement: [{ Effect: 'Maybe', Action: 'ec2:*' }] },
      { Statement: [{ Effect: 'Allow', Action: 3 }] },
      { Statement: [{ Effect: 'Allow', Action: 'ec2:*', Resource: [] }] },
      { Statement: [{ Effect: 'Allow', Action: 'ec2:*', Condition: { NumericEquals: { k: '1' } } }] },
      { Statement: [{ Effect: 'Allow', Action: 'ec2:*', Condition: { StringEquals: { k: 1 } } }] },
    ];
    for (const document of bad) {
      expect(cloudErrorOf(() => cloud.iam.putPrincipalPolicy(dev, document as never)).code).toBe('InvalidParameterValue');
    }
    expect(cloudErrorOf(() => cloud.iam.putPrincipalPolicy('not-an-arn', { Statement: [] })).code).toBe('InvalidParameterValue');
    expect(cloud.world).toBe(before);
  });

  it('accepts IfExists operators: an allow that holds when the request carries no name', () => {
    const cloud = createCloud();
    cloud.iam.putPrincipalPolicy(dev, {
      Statement: [
        { Effect: 'Allow', Action: 'ec2:*VpcEndpointServiceConfiguration', Resource: '*', Condition: { StringLikeIfExists: { 'ec2:VpceServicePrivateDnsName': '*.example.com' } } },
      ],
    });
    expect(authorize(cloud.world, dev, request())).toBe('Allow');
    expect(authorize(cloud.world, dev, request('a.example.com'))).toBe('Allow');
    expect(authorize(cloud.world, dev, request('a.example.org'))).toBe('ImplicitDeny');
  });
});

import { describe, expect, it } from 'vitest';
import { cloudErrorOf } from '../support/errors.js';
import { CONSUMER, createService, OUTSIDER, setup } from './fixtures.js';

const consumerRoot = `arn:aws:iam::${CONSUMER}:root`;

describe('ModifyVpcEndpointServicePermissions / DescribeVpcEndpointServicePermissions', () => {
  it('adds principals of every type and describes them with permission ids', () => {
    const env = setup();
    const { ServiceId } = createService(env);
    const out = env.ec2.modifyVpcEndpointServicePermissions({
      ServiceId,
      AddAllowedPrincipals: [consumerRoot, `arn:aws:iam::${OUTSIDER}:role/app`, `arn:aws:iam::${OUTSIDER}:user/bob`, '*'],
    });
    expect(out.ReturnValue).toBe(true);
    expect(out.AddedPrincipals?.map((p) => [p.Principal, p.PrincipalType])).toEqual([
      [consumerRoot, 'Account'],
      [`arn:aws:iam::${OUTSIDER}:role/app`, 'Role'],
      [`arn:aws:iam::${OUTSIDER}:user/bob`, 'User'],
      ['*', 'All'],
    ]);
    for (const p of out.AddedPrincipals ?? []) {
      expect(p.ServicePermissionId).toMatch(/^vpce-svc-perm-[0-9a-f]{17}$/);
      expect(p.ServiceId).toBe(ServiceId);
    }
    const described = env.ec2.describeVpcEndpointServicePermissions({ ServiceId }).AllowedPrincipals;
    expect(described.map((p) => p.Principal).sort()).toEqual(['*', consumerRoot, `arn:aws:iam::${OUTSIDER}:role/app`, `arn:aws:iam::${OUTSIDER}:user/bob`].sort());
    const roles = env.ec2.describeVpcEndpointServicePermissions({ ServiceId, Filters: [{ Name: 'principal-type', Values: ['Role'] }] });
    expect(roles.AllowedPrincipals.map((p) => p.Principal)).toEqual([`arn:aws:iam::${OUTSIDER}:role/app`]);
    const byName = env.ec2.describeVpcEndpointServicePermissions({ ServiceId, Filters: [{ Name: 'principal', Values: [`arn:aws:iam::${CONSUMER}:*`] }] });
    expect(byName.AllowedPrincipals.map((p) => p.Principal)).toEqual([consumerRoot]);
  });

  it('adding a principal twice keeps its permission id; removing one leaves the others', () => {
    const env = setup();
    const { ServiceId } = createService(env);
    const first = env.ec2.modifyVpcEndpointServicePermissions({ ServiceId, AddAllowedPrincipals: [consumerRoot] }).AddedPrincipals?.[0];
    const again = env.ec2.modifyVpcEndpointServicePermissions({ ServiceId, AddAllowedPrincipals: [consumerRoot, '*'] }).AddedPrincipals?.[0];
    expect(again?.ServicePermissionId).toBe(first?.ServicePermissionId);
    env.ec2.modifyVpcEndpointServicePermissions({ ServiceId, RemoveAllowedPrincipals: ['*'] });
    expect(env.ec2.describeVpcEndpointServicePermissions({ ServiceId }).AllowedPrincipals.map((p) => p.Principal)).toEqual([consumerRoot]);
  });

  it('paginates', () => {
    const env = setup();
    const { ServiceId } = createService(env);
    const all = Array.from({ length: 12 }, (_, i) => `arn:aws:iam::${OUTSIDER}:role/r${i}`);
    env.ec2.modifyVpcEndpointServicePermissions({ ServiceId, AddAllowedPrincipals: all });
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const page = env.ec2.describeVpcEndpointServicePermissions({ ServiceId, MaxResults: 5, ...(token ? { NextToken: token } : {}) });
      expect(page.AllowedPrincipals.length).toBeLessThanOrEqual(5);
      seen.push(...page.AllowedPrincipals.map((p) => p.Principal));
      token = page.NextToken;
    } while (token);
    expect(seen.sort()).toEqual([...all].sort());
  });

  describe('errors (world unchanged)', () => {
    it('a bare account id is not a principal: InvalidPrincipal', () => {
      const env = setup();
      const { ServiceId } = createService(env);
      const before = env.cloud.world;
      const error = cloudErrorOf(() => env.ec2.modifyVpcEndpointServicePermissions({ ServiceId, AddAllowedPrincipals: [consumerRoot, CONSUMER] }));
      expect(error).toMatchObject({ code: 'InvalidPrincipal', message: `Invalid Principal: '${CONSUMER}'` });
      expect(env.cloud.world).toBe(before);
    });

    it('a malformed ARN: InvalidPrincipal', () => {
      const env = setup();
      const { ServiceId } = createService(env);
      const error = cloudErrorOf(() => env.ec2.modifyVpcEndpointServicePermissions({ ServiceId, AddAllowedPrincipals: ['arn:aws:iam::12:root'] }));
      expect(error.code).toBe('InvalidPrincipal');
    });

    it('another account cannot read or change the permissions: not found', () => {
      const env = setup();
      const { ServiceId } = createService(env);
      env.ec2.modifyVpcEndpointServicePermissions({ ServiceId, AddAllowedPrincipals: [consumerRoot] });
      const before = env.cloud.world;
      for (const call of [
        () => env.consumerEc2.modifyVpcEndpointServicePermissions({ ServiceId, AddAllowedPrincipals: ['*'] }),
        () => env.consumerEc2.describeVpcEndpointServicePermissions({ ServiceId }),
      ]) {
        expect(cloudErrorOf(call)).toMatchObject({
          code: 'InvalidVpcEndpointServiceId.NotFound',
          message: `The VpcEndpointService Id '${ServiceId}' does not exist`,
        });
      }
      expect(env.cloud.world).toBe(before);
    });

    it('unknown service, missing ServiceId, bad filter, bad MaxResults, bad token', () => {
      const env = setup();
      const { ServiceId } = createService(env);
      const before = env.cloud.world;
      expect(cloudErrorOf(() => env.ec2.describeVpcEndpointServicePermissions({ ServiceId: 'vpce-svc-0123456789abcdef0' })).code).toBe(
        'InvalidVpcEndpointServiceId.NotFound',
      );
      expect(cloudErrorOf(() => env.ec2.modifyVpcEndpointServicePermissions({} as never))).toMatchObject({
        code: 'MissingParameter',
        message: 'The request must contain the parameter ServiceId',
      });
      expect(cloudErrorOf(() => env.ec2.describeVpcEndpointServicePermissions({ ServiceId, Filters: [{ Name: 'owner', Values: ['x'] }] }))).toMatchObject({
        code: 'InvalidFilter',
        message: "The filter 'owner' is invalid",
      });
      expect(cloudErrorOf(() => env.ec2.describeVpcEndpointServicePermissions({ ServiceId, MaxResults: 4 })).code).toBe('InvalidParameterValue');
      expect(cloudErrorOf(() => env.ec2.describeVpcEndpointServicePermissions({ ServiceId, NextToken: 'bogus' }))).toMatchObject({
        code: 'InvalidNextToken',
        message: "The token 'bogus' is invalid",
      });
      expect(env.cloud.world).toBe(before);
    });
  });
});

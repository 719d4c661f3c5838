import { describe, expect, it } from 'vitest';
import { accountOfPrincipal, accountRootArn, formatArn, parseArn, parsePrincipal, principalCovers } from '../../src/core/arn.js';
import { ID_PREFIXES, isAccountId, isIdOf, mintHex, mintId } from '../../src/core/ids.js';

describe('ids', () => {
  it('mints AWS-format ids: prefix and 17 lowercase hex', () => {
    for (const kind of ['vpc', 'subnet', 'eni', 'securityGroup', 'vpcEndpoint', 'vpcEndpointService'] as const) {
      const id = mintId('42', 1, kind);
      expect(id).toMatch(new RegExp(`^${ID_PREFIXES[kind]}-[0-9a-f]{17}$`));
      expect(isIdOf(kind, id)).toBe(true);
    }
  });

  it('is deterministic per (seed, sequence, kind) and differs otherwise', () => {
    expect(mintId('42', 7, 'vpc')).toBe(mintId('42', 7, 'vpc'));
    expect(mintId('42', 7, 'vpc')).not.toBe(mintId('43', 7, 'vpc'));
    expect(mintId('42', 7, 'vpc')).not.toBe(mintId('42', 8, 'vpc'));
    expect(mintId('42', 7, 'vpc').slice(4)).not.toBe(mintId('42', 7, 'subnet').slice(7));
    expect(mintHex('1', 2, 'lb', 16)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('recognises the legacy 8-hex form and rejects near misses', () => {
    expect(isIdOf('vpc', 'vpc-1a2b3c4d')).toBe(true);
    expect(isIdOf('vpc', 'vpc-1A2B3C4D')).toBe(false);
    expect(isIdOf('vpc', 'vpc-1a2b3c4')).toBe(false);
    expect(isIdOf('vpc', 'subnet-1a2b3c4d')).toBe(false);
    expect(isIdOf('vpcEndpoint', 'vpce-svc-1a2b3c4d')).toBe(false);
    expect(isIdOf('vpc', 42)).toBe(false);
  });

  it('account ids are exactly 12 digits', () => {
    expect(isAccountId('111111111111')).toBe(true);
    expect(isAccountId('11111111111')).toBe(false);
    expect(isAccountId('1111111111111')).toBe(false);
    expect(isAccountId('11111111111a')).toBe(false);
    expect(isAccountId(111111111111)).toBe(false);
  });
});

describe('ARNs', () => {
  it('parses and formats round trip', () => {
    const text = 'arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/net/b/0123456789abcdef';
    const arn = parseArn(text);
    expect(arn).toEqual({
      partition: 'aws',
      service: 'elasticloadbalancing',
      region: 'us-east-1',
      accountId: '111111111111',
      resource: 'loadbalancer/net/b/0123456789abcdef',
    });
    expect(arn && formatArn(arn)).toBe(text);
  });

  it('keeps colons inside the resource', () => {
    expect(parseArn('arn:aws:sns:us-east-1:111111111111:topic:extra')?.resource).toBe('topic:extra');
  });

  it.each([
    ['not an arn'],
    ['arn:aws:iam::1111:root'],
    ['arn:aws:iam'],
    ['arn:azure:iam::111111111111:root'],
    ['arn:aws:iam::111111111111:'],
    ['arn:aws:ec2:moon-1:111111111111:vpc/vpc-1'],
  ])('rejects %s', (text) => {
    expect(parseArn(text)).toBeUndefined();
  });
});

describe('principals', () => {
  it('classifies account roots, users, roles, services and *', () => {
    expect(parsePrincipal('arn:aws:iam::222222222222:root')).toEqual({
      principal: 'arn:aws:iam::222222222222:root',
      type: 'Account',
      accountId: '222222222222',
      partition: 'aws',
    });
    expect(parsePrincipal('arn:aws-cn:iam::222222222222:root')?.partition).toBe('aws-cn');
    expect(parsePrincipal('arn:aws:iam::222222222222:user/alice')?.type).toBe('User');
    expect(parsePrincipal('arn:aws:iam::222222222222:role/path/app')?.type).toBe('Role');
    expect(parsePrincipal('*')?.type).toBe('All');
    expect(parsePrincipal('elasticloadbalancing.amazonaws.com')?.type).toBe('Service');
  });

  it('a bare account id is not a principal', () => {
    expect(parsePrincipal('222222222222')).toBeUndefined();
    expect(parsePrincipal('arn:aws:iam::222222222222:group/g')).toBeUndefined();
    expect(parsePrincipal('arn:aws:s3:::bucket')).toBeUndefined();
  });

  it('an account root covers every principal of its account only; a role only itself', () => {
    const root = parsePrincipal('arn:aws:iam::222222222222:root');
    const role = parsePrincipal('arn:aws:iam::222222222222:role/app');
    const all = parsePrincipal('*');
    if (!root || !role || !all) throw new Error('fixture');
    expect(principalCovers(root, 'arn:aws:iam::222222222222:role/other')).toBe(true);
    expect(principalCovers(root, accountRootArn('333333333333'))).toBe(false);
    expect(principalCovers(role, 'arn:aws:iam::222222222222:role/app')).toBe(true);
    expect(principalCovers(role, 'arn:aws:iam::222222222222:role/other')).toBe(false);
    expect(principalCovers(role, accountRootArn('222222222222'))).toBe(false);
    expect(principalCovers(all, accountRootArn('999999999999'))).toBe(true);
    expect(accountOfPrincipal('arn:aws:iam::222222222222:role/app')).toBe('222222222222');
  });
});

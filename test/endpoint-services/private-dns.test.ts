import { describe, expect, it } from 'vitest';
import { cloudErrorOf } from '../support/errors.js';
import { createService, setup } from './fixtures.js';
import { verificationDomains } from '../../src/endpoint-services/private-dns.js';

function withName(name: string, timing: Parameters<typeof setup>[0] = {}) {
  const env = setup(timing);
  const config = createService(env, { PrivateDnsName: name });
  const { Name, Value } = config.PrivateDnsNameConfiguration;
  if (Name === undefined || Value === undefined) throw new Error('no TXT challenge');
  const state = () =>
    env.ec2.describeVpcEndpointServiceConfigurations({ ServiceIds: [config.ServiceId] }).ServiceConfigurations[0]?.PrivateDnsNameConfiguration.State;
  const start = () => env.ec2.startVpcEndpointServicePrivateDnsVerification({ ServiceId: config.ServiceId });
  return { env, config, Name, Value, state, start };
}

describe('private DNS names and StartVpcEndpointServicePrivateDnsVerification', () => {
  it('verifies when the TXT record is published at <Name>.<private dns name>', () => {
    const t = withName('api.example.com');
    t.env.cloud.publicDns.upsert(`${t.Name}.api.example.com`, 'TXT', t.Value);
    expect(t.start()).toEqual({ ReturnValue: true });
    expect(t.state()).toBe('verified');
  });

  it('verifies through a parent domain, never through the TLD alone', () => {
    const t = withName('a.b.example.com');
    t.env.cloud.publicDns.upsert(`${t.Name}.example.com`, 'TXT', t.Value);
    t.start();
    expect(t.state()).toBe('verified');
    const u = withName('a.example.com');
    u.env.cloud.publicDns.upsert(`${u.Name}.com`, 'TXT', u.Value);
    u.start();
    expect(u.state()).toBe('failed');
    expect(verificationDomains('a.b.example.com')).toEqual(['a.b.example.com', 'b.example.com', 'example.com']);
  });

  it('fails without the record (or with a wrong value); a later start re-checks', () => {
    const t = withName('api.example.com');
    t.env.cloud.publicDns.upsert(`${t.Name}.example.com`, 'TXT', 'vpce:wrong');
    t.start();
    expect(t.state()).toBe('failed');
    t.env.cloud.publicDns.upsert(`${t.Name}.example.com`, 'TXT', t.Value);
    t.start();
    expect(t.state()).toBe('verified');
  });

  it('with realistic timings the state is pendingVerification until dnsVerificationMs has passed; the DNS is read when the check is due', () => {
    const t = withName('api.example.com', { timing: { dnsVerificationMs: 60_000 } });
    t.start();
    expect(t.state()).toBe('pendingVerification');
    t.env.cloud.clock.advance(30_000);
    t.env.cloud.publicDns.upsert(`${t.Name}.api.example.com`, 'TXT', t.Value);
    expect(t.state()).toBe('pendingVerification');
    t.env.cloud.clock.advance(30_000);
    expect(t.state()).toBe('verified');
  });

  it('a restarted check supersedes the earlier one', () => {
    const t = withName('api.example.com', { timing: { dnsVerificationMs: 60_000 } });
    t.start();
    t.env.cloud.clock.advance(50_000);
    t.env.cloud.publicDns.upsert(`${t.Name}.api.example.com`, 'TXT', t.Value);
    t.start();
    t.env.cloud.publicDns.remove(`${t.Name}.api.example.com`, 'TXT');
    t.env.cloud.clock.advance(10_000); // the first check falls due: ignored
    expect(t.state()).toBe('pendingVerification');
    t.env.cloud.publicDns.upsert(`${t.Name}.api.example.com`, 'TXT', t.Value);
    t.env.cloud.clock.advance(50_000);
    expect(t.state()).toBe('verified');
  });

  it('a changed name starts unverified again with a new challenge; a check of the old name is ignored', () => {
    const t = withName('api.example.com', { timing: { dnsVerificationMs: 1000 } });
    t.env.cloud.publicDns.upsert(`${t.Name}.example.com`, 'TXT', t.Value);
    t.start();
    t.env.ec2.modifyVpcEndpointServiceConfiguration({ ServiceId: t.config.ServiceId, PrivateDnsName: 'api.example.org' });
    t.env.cloud.clock.advance(1000);
    const config = t.env.ec2.describeVpcEndpointServiceConfigurations({ ServiceIds: [t.config.ServiceId] }).ServiceConfigurations[0];
    expect(config?.PrivateDnsNameConfiguration.State).toBe('pendingVerification');
    expect(config?.PrivateDnsNameConfiguration.Value).not.toBe(t.Value);
  });

  it('the consumer sees the verification state', () => {
    const t = withName('api.example.com');
    t.env.ec2.modifyVpcEndpointServicePermissions({ ServiceId: t.config.ServiceId, AddAllowedPrincipals: ['*'] });
    t.env.cloud.publicDns.upsert(`${t.Name}.example.com`, 'TXT', t.Value);
    t.start();
    expect(t.env.consumerEc2.describeVpcEndpointServices({ ServiceNames: [t.config.ServiceName] }).ServiceDetails[0]?.PrivateDnsNameVerificationState).toBe('verified');
  });

  describe('errors (world unchanged)', () => {
    it('no private DNS name, unknown or foreign service', () => {
      const env = setup();
      const { ServiceId } = createService(env);
      const before = env.cloud.world;
      expect(cloudErrorOf(() => env.ec2.startVpcEndpointServicePrivateDnsVerification({ ServiceId }))).toMatchObject({
        code: 'InvalidParameter',
        message: `The VPC Endpoint Service ${ServiceId} does not have a private DNS name`,
      });
      expect(cloudErrorOf(() => env.consumerEc2.startVpcEndpointServicePrivateDnsVerification({ ServiceId })).code).toBe('InvalidVpcEndpointServiceId.NotFound');
      expect(cloudErrorOf(() => env.ec2.startVpcEndpointServicePrivateDnsVerification({ ServiceId: 'vpce-svc-0123456789abcdef0' })).code).toBe(
        'InvalidVpcEndpointServiceId.NotFound',
      );
      expect(env.cloud.world).toBe(before);
    });
  });
});

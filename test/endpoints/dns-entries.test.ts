import { describe, expect, it } from 'vitest';
import {
  buildDnsEntries,
  endpointDnsSuffix,
  parseEndpointDnsName,
  privateHostedZoneIdFor,
  regionalDnsName,
  zonalDnsName,
} from '../../src/endpoints/dns-entries.js';

const endpointId = 'vpce-0123456789abcdef0';
const serviceId = 'vpce-svc-0fedcba9876543210';

describe('endpoint DNS names', () => {
  it('builds the regional and zonal names as AWS does', () => {
    expect(regionalDnsName(endpointId, 'ab12cd34', serviceId, 'us-east-1')).toBe(
      'vpce-0123456789abcdef0-ab12cd34.vpce-svc-0fedcba9876543210.us-east-1.vpce.amazonaws.com',
    );
    expect(zonalDnsName(endpointId, 'ab12cd34', 'us-east-1b', serviceId, 'us-east-1')).toBe(
      'vpce-0123456789abcdef0-ab12cd34-us-east-1b.vpce-svc-0fedcba9876543210.us-east-1.vpce.amazonaws.com',
    );
  });

  it('lists regional first, zonal by AZ name, private name last with its own hosted zone', () => {
    const entries = buildDnsEntries({
      endpointId,
      dnsSuffix: 'ab12cd34',
      serviceId,
      region: 'us-east-1',
      zoneNames: ['us-east-1c', 'us-east-1a'],
      privateDnsName: 'api.example.com',
      privateHostedZoneId: 'Z0000000000000000000AB',
    });
    expect(entries.map((e) => e.DnsName)).toEqual([
      'vpce-0123456789abcdef0-ab12cd34.vpce-svc-0fedcba9876543210.us-east-1.vpce.amazonaws.com',
      'vpce-0123456789abcdef0-ab12cd34-us-east-1a.vpce-svc-0fedcba9876543210.us-east-1.vpce.amazonaws.com',
      'vpce-0123456789abcdef0-ab12cd34-us-east-1c.vpce-svc-0fedcba9876543210.us-east-1.vpce.amazonaws.com',
      'api.example.com',
    ]);
    expect(entries.map((e) => e.HostedZoneId)).toEqual(['Z7HUB22UULQXV', 'Z7HUB22UULQXV', 'Z7HUB22UULQXV', 'Z0000000000000000000AB']);
  });

  it('has no private entry without a private name', () => {
    const entries = buildDnsEntries({ endpointId, dnsSuffix: 'ab12cd34', serviceId, region: 'eu-west-1', zoneNames: [] });
    expect(entries).toEqual([
      { DnsName: 'vpce-0123456789abcdef0-ab12cd34.vpce-svc-0fedcba9876543210.eu-west-1.vpce.amazonaws.com', HostedZoneId: 'Z38GZ743OKFT7T' },
    ]);
  });

  it('derives suffix and private hosted zone id from the seed, in AWS shapes', () => {
    expect(endpointDnsSuffix('42', endpointId)).toMatch(/^[a-z0-9]{8}$/);
    expect(endpointDnsSuffix('42', endpointId)).toBe(endpointDnsSuffix('42', endpointId));
    expect(endpointDnsSuffix('43', endpointId)).not.toBe(endpointDnsSuffix('42', endpointId));
    expect(privateHostedZoneIdFor('42', endpointId)).toMatch(/^Z[A-Z0-9]{21}$/);
  });

  it('parses regional and zonal names back, case-insensitively, with a trailing dot', () => {
    expect(parseEndpointDnsName('VPCE-0123456789ABCDEF0-AB12CD34.vpce-svc-0fedcba9876543210.us-east-1.vpce.amazonaws.com.')).toEqual({
      endpointId,
      dnsSuffix: 'ab12cd34',
      serviceId,
      region: 'us-east-1',
    });
    expect(parseEndpointDnsName(zonalDnsName(endpointId, 'ab12cd34', 'us-east-1f', serviceId, 'us-east-1'))).toEqual({
      endpointId,
      dnsSuffix: 'ab12cd34',
      zoneName: 'us-east-1f',
      serviceId,
      region: 'us-east-1',
    });
  });

  it.each([
    'api.example.com',
    'vpce-0123456789abcdef0-ab12cd34.vpce-svc-0fedcba9876543210.us-east-1.vpce.amazonaws.org',
    'vpce-0123456789abcdef0-ab12cd3.vpce-svc-0fedcba9876543210.us-east-1.vpce.amazonaws.com',
    'vpce-0123456789abcdef0-ab12cd34.vpce-svc-0fedcba9876543210.mars-north-9.vpce.amazonaws.com',
    'vpce-0123456789abcdef0-ab12cd34-eu-west-1a.vpce-svc-0fedcba9876543210.us-east-1.vpce.amazonaws.com',
    'vpce-0123456789abcdef0-ab12cd34-us-east-1.vpce-svc-0fedcba9876543210.us-east-1.vpce.amazonaws.com',
    'vpce-0123456789abcdef0-ab12cd34.vpce-svc-0fedcba98765.us-east-1.vpce.amazonaws.com',
  ])('rejects %s', (host) => {
    expect(parseEndpointDnsName(host)).toBeUndefined();
  });
});

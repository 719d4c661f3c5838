import { describe, expect } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { parseEndpointDnsName, regionalDnsName, zonalDnsName } from '../../src/endpoints/dns-entries.js';

const hex = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: n, maxLength: n });
const alnum8 = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), minLength: 8, maxLength: 8 });

describe('parseEndpointDnsName', () => {
  test.prop([hex(17), alnum8, hex(17), fc.constantFrom('us-east-1', 'eu-west-1', 'ap-northeast-1'), fc.option(fc.constantFrom('a', 'b', 'f'))])(
    'inverts the builders',
    (e, suffix, s, region, letter) => {
      const parts = { endpointId: `vpce-${e}`, dnsSuffix: suffix, serviceId: `vpce-svc-${s}`, region };
      if (letter === null) {
        expect(parseEndpointDnsName(regionalDnsName(parts.endpointId, suffix, parts.serviceId, region))).toEqual(parts);
      } else {
        const zoneName = `${region}${letter}`;
        expect(parseEndpointDnsName(zonalDnsName(parts.endpointId, suffix, zoneName, parts.serviceId, region))).toEqual({ ...parts, zoneName });
      }
    },
  );
});

import { decode as balenaDecode, v2_decode as balenaV2Decode, v2_encode as balenaV2Encode } from '@balena/proxy-protocol-parser';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { CloudError } from '../../src/core/errors.js';
import { formatIpv4 } from '../../src/network/cidr.js';
import { decodeProxyHeader } from '../../src/data-plane/proxy-protocol-decoder.js';
import {
  encodeProxyHeader,
  proxyHeaderLength,
  writeProxyHeader,
  type ProxyHeaderFields,
} from '../../src/data-plane/proxy-protocol.js';

const FIELDS: ProxyHeaderFields = {
  sourceIp: 0x0a000105, // 10.0.1.5, the consumer
  sourcePort: 49152,
  destinationIp: 0x0a00020a, // 10.0.2.10, the endpoint interface
  destinationPort: 443,
  vpcEndpointId: 'vpce-0123456789abcdef0',
};

// Written out by hand from docs/aws-behaviour.md ("Data plane"), not from the encoder.
const GOLDEN =
  '0d0a0d0a000d0a515549540a' + // signature
  '21' + // version 2, command PROXY
  '11' + // AF_INET, STREAM
  '0026' + // 38 bytes follow: 12 address + 3 TLV header + 1 subtype + 22 id
  '0a000105' + // source 10.0.1.5
  '0a00020a' + // destination 10.0.2.10
  'c000' + // source port 49152
  '01bb' + // destination port 443
  'ea' + // PP2_TYPE_AWS
  '0017' + // TLV length 23 = subtype + 22 characters
  '01' + // PP2_SUBTYPE_AWS_VPCE_ID
  '76706365' + '2d' + '30313233343536373839' + '616263646566' + '30'; // 'vpce-0123456789abcdef0'

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('proxy protocol v2 encoder', () => {
  it('writes the exact bytes AWS sends', () => {
    const header = encodeProxyHeader(FIELDS);
    expect(hex(header)).toBe(GOLDEN);
    expect(header.length).toBe(54);
    expect(proxyHeaderLength(FIELDS.vpcEndpointId)).toBe(54);
  });

  it('writes into a caller buffer at an offset, touching nothing else', () => {
    const slab = new Uint8Array(100).fill(0xff);
    expect(writeProxyHeader(slab, 7, FIELDS)).toBe(54);
    expect(hex(slab.subarray(7, 61))).toBe(GOLDEN);
    expect(slab.subarray(0, 7).every((b) => b === 0xff)).toBe(true);
    expect(slab.subarray(61).every((b) => b === 0xff)).toBe(true);
  });

  it('answers -1 and leaves the buffer untouched when it does not fit or a field is bad', () => {
    const slab = new Uint8Array(60).fill(0xaa);
    expect(writeProxyHeader(slab, 7, FIELDS)).toBe(-1);
    expect(writeProxyHeader(slab, -1, FIELDS)).toBe(-1);
    expect(writeProxyHeader(slab, 0.5, FIELDS)).toBe(-1);
    expect(writeProxyHeader(slab, Number.NaN, FIELDS)).toBe(-1);
    expect(writeProxyHeader(slab, 0, { ...FIELDS, sourcePort: 65_536 })).toBe(-1);
    expect(writeProxyHeader(slab, 0, { ...FIELDS, destinationIp: -1 })).toBe(-1);
    expect(writeProxyHeader(slab, 0, { ...FIELDS, vpcEndpointId: 'vpce-é' })).toBe(-1);
    expect(slab.every((b) => b === 0xaa)).toBe(true);
  });

  it('rejects bad fields in encodeProxyHeader with InvalidParameterValue', () => {
    expect(() => encodeProxyHeader({ ...FIELDS, sourceIp: 2 ** 32 })).toThrow(CloudError);
    expect(() => encodeProxyHeader({ ...FIELDS, destinationPort: 1.5 })).toThrow(/ports 0\.\.65535/);
    expect(() => encodeProxyHeader({ ...FIELDS, vpcEndpointId: '' })).toThrow(/printable ASCII/);
  });
});

describe('proxy protocol v2, decoded by an independent parser (@balena/proxy-protocol-parser)', () => {
  it('reads addresses and ports as a target would', () => {
    const buf = Buffer.from(encodeProxyHeader(FIELDS));
    for (const decoded of [balenaDecode(buf, true), balenaV2Decode(buf, true)]) {
      expect(decoded).toMatchObject({
        remoteAddress: '10.0.1.5',
        remotePort: 49152,
        localAddress: '10.0.2.10',
        localPort: 443,
      });
    }
  });

  it('agrees byte for byte with its own encoder on everything before the TLVs', () => {
    // That parser neither reads nor writes TLVs (the TLV is checked by hand below). Its
    // encoder also departs from the spec in two places, so those bytes are not compared:
    // byte 12 is 0x20 (v2, LOCAL) where AWS sends 0x21 (v2, PROXY), and the length is
    // written as one byte at offset 14 (0x0c00) instead of big-endian 0x000c. Its decoder
    // checks neither, which is why it reads our headers fine.
    const ours = encodeProxyHeader(FIELDS);
    const theirs = balenaV2Encode({ remoteAddress: '10.0.1.5', remotePort: 49152, localAddress: '10.0.2.10', localPort: 443 });
    expect(theirs).not.toBeNull();
    const reference = new Uint8Array(theirs ?? []);
    expect(reference.length).toBe(28);
    expect(hex(ours.subarray(0, 12))).toBe(hex(reference.subarray(0, 12)));
    expect([ours[12], reference[12]]).toEqual([0x21, 0x20]);
    expect(ours[13]).toBe(reference[13]);
    expect(hex(ours.subarray(16, 28))).toBe(hex(reference.subarray(16, 28)));
    expect((ours[14] ?? 0) * 256 + (ours[15] ?? 0)).toBe(12 + 3 + 1 + 22);
  });

  it('carries the endpoint id in TLV 0xEA, subtype 0x01 (checked by hand)', () => {
    const h = encodeProxyHeader(FIELDS);
    expect(h[28]).toBe(0xea);
    expect((h[29] ?? 0) * 256 + (h[30] ?? 0)).toBe(23);
    expect(h[31]).toBe(0x01);
    expect(Buffer.from(h.subarray(32)).toString('ascii')).toBe('vpce-0123456789abcdef0');
  });
});

const fieldsArb = fc.record({
  sourceIp: fc.nat({ max: 0xffffffff }),
  sourcePort: fc.nat({ max: 65_535 }),
  destinationIp: fc.nat({ max: 0xffffffff }),
  destinationPort: fc.nat({ max: 65_535 }),
  vpcEndpointId: fc.stringMatching(/^vpce-[0-9a-f]{17}$/),
});

describe('proxy protocol v2 round trip', () => {
  test.prop([fieldsArb], { numRuns: 300 })('our decoder and the independent one read back what was encoded', (f) => {
    const bytes = encodeProxyHeader(f);
    const ours = decodeProxyHeader(bytes);
    expect(ours).toEqual({
      ok: true,
      length: bytes.length,
      header: {
        command: 'PROXY',
        sourceAddress: formatIpv4(f.sourceIp),
        destinationAddress: formatIpv4(f.destinationIp),
        sourcePort: f.sourcePort,
        destinationPort: f.destinationPort,
        tlvs: [{ type: 0xea, value: Uint8Array.from([1, ...Buffer.from(f.vpcEndpointId, 'ascii')]) }],
        vpcEndpointId: f.vpcEndpointId,
      },
    });
    expect(balenaDecode(Buffer.from(bytes), true)).toMatchObject({
      remoteAddress: formatIpv4(f.sourceIp),
      remotePort: f.sourcePort,
      localAddress: formatIpv4(f.destinationIp),
      localPort: f.destinationPort,
    });
  });
});

describe('our decoder on malformed input', () => {
  const good = encodeProxyHeader(FIELDS);
  const edit = (at: number, value: number) => {
    const copy = good.slice();
    copy[at] = value;
    return copy;
  };

  it('reads a header followed by payload, and at an offset', () => {
    const framed = new Uint8Array(3 + good.length + 5);
    framed.set(good, 3);
    const r = decodeProxyHeader(framed, 3);
    expect(r.ok && r.length === 54 && r.header.vpcEndpointId).toBe('vpce-0123456789abcdef0');
  });

  it.each([
    ['short', good.subarray(0, 10), /fewer than 16/],
    ['bad signature', edit(0, 0x0e), /bad signature/],
    ['version 1', edit(12, 0x11), /unsupported version 1/],
    ['unknown command', edit(12, 0x2f), /unknown command/],
    ['IPv6', edit(13, 0x21), /family\/protocol 0x21/],
    ['truncated body', good.subarray(0, 40), /truncated/],
    ['TLV past the end', edit(30, 0xff), /malformed TLV/],
    ['address block too short', edit(15, 4), /shorter than 12/],
  ])('fails with a reason: %s', (_, bytes, reason) => {
    const r = decodeProxyHeader(bytes);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.reason).toMatch(reason);
  });

  it('reads a LOCAL header without TLVs', () => {
    const local = edit(12, 0x20);
    local[15] = 12;
    const r = decodeProxyHeader(local);
    expect(r.ok && r.header.command).toBe('LOCAL');
    expect(r.ok && r.header.vpcEndpointId).toBeUndefined();
    expect(r.ok && r.length).toBe(28);
  });
});

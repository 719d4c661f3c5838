/**
 * Reads a PROXY protocol v2 header back: what a target behind an NLB with
 * `proxy_protocol_v2.enabled` does to learn the consumer's address and the VPC endpoint id.
 * For tests, examples and diagnostics; the encoder lives in `proxy-protocol.ts`. Malformed
 * bytes are a result (`ok: false` with a reason), never an exception.
 *
 * @module
 */
import { formatIpv4 } from '../network/cidr.js';
import { PP2_SIGNATURE, PP2_SUBTYPE_AWS_VPCE_ID, PP2_TYPE_AWS } from './proxy-protocol.js';

/** One type-length-value entry after the addresses. */
export interface ProxyTlv {
  /** The TLV type byte, e.g. `0xEA` for AWS. */
  type: number;
  /** The value bytes (a copy). */
  value: Uint8Array;
}

/** The fields of a decoded v2 header over TCP/IPv4. */
export interface DecodedProxyHeader {
  /** `PROXY` for a relayed connection, `LOCAL` for the balancer's own (health checks). */
  command: 'PROXY' | 'LOCAL';
  /** The consumer's address, dotted quad. */
  sourceAddress: string;
  /** The address the consumer connected to, dotted quad. */
  destinationAddress: string;
  sourcePort: number;
  destinationPort: number;
  /** Every TLV, in order. */
  tlvs: ProxyTlv[];
  /** From the AWS TLV (`0xEA`, subtype `0x01`), or `undefined` when absent. */
  vpcEndpointId: string | undefined;
}

/** The outcome of {@link decodeProxyHeader}. */
export type ProxyHeaderDecoding =
  | { ok: true; header: DecodedProxyHeader; /** Bytes the header occupies. */ length: number }
  | { ok: false; reason: string };

/**
 * Decodes the v2 header at `offset` of `bytes`. Accepts version 2, `PROXY` or `LOCAL`, and
 * TCP over IPv4 (`0x11`), the only transport an endpoint service carries.
 *
 * @example
 * const r = decodeProxyHeader(connection.proxyProtocolHeader);
 * if (r.ok) console.log(r.header.sourceAddress, r.header.vpcEndpointId); // '10.0.1.5' 'vpce-...'
 */
export function decodeProxyHeader(bytes: Uint8Array, offset = 0): ProxyHeaderDecoding {
  if (bytes.length - offset < 16) return fail('truncated: fewer than 16 bytes');
  for (let i = 0; i < PP2_SIGNATURE.length; i++) {
    if (bytes[offset + i] !== PP2_SIGNATURE[i]) return fail('not a v2 header: bad signature');
  }
  const versionCommand = byteAt(bytes, offset + 12);
  if (versionCommand >>> 4 !== 2) return fail(`unsupported version ${versionCommand >>> 4}`);
  const commandBits = versionCommand & 0x0f;
  if (commandBits > 1) return fail(`unknown command ${commandBits}`);
  const familyProtocol = byteAt(bytes, offset + 13);
  if (familyProtocol !== 0x11) {
    return fail(`unsupported family/protocol 0x${familyProtocol.toString(16).padStart(2, '0')}`);
  }
  const rest = u16(bytes, offset + 14);
  const end = offset + 16 + rest;
  if (end > bytes.length) return fail(`truncated: header says ${rest} bytes follow`);
  if (rest < 12) return fail('address block shorter than 12 bytes');
  const at = offset + 16;
  const tlvs = readTlvs(bytes, at + 12, end);
  if (tlvs === undefined) return fail('malformed TLV: length past the end of the header');
  return {
    ok: true,
    length: end - offset,
    header: {
      command: commandBits === 1 ? 'PROXY' : 'LOCAL',
      sourceAddress: formatIpv4(u32(bytes, at)),
      destinationAddress: formatIpv4(u32(bytes, at + 4)),
      sourcePort: u16(bytes, at + 8),
      destinationPort: u16(bytes, at + 10),
      tlvs,
      vpcEndpointId: endpointIdOf(tlvs),
    },
  };
}

function readTlvs(bytes: Uint8Array, start: number, end: number): ProxyTlv[] | undefined {
  const tlvs: ProxyTlv[] = [];
  let at = start;
  while (at < end) {
    if (at + 3 > end) return undefined;
    const length = u16(bytes, at + 1);
    if (at + 3 + length > end) return undefined;
    tlvs.push({ type: byteAt(bytes, at), value: bytes.slice(at + 3, at + 3 + length) });
    at += 3 + length;
  }
  return tlvs;
}

function endpointIdOf(tlvs: readonly ProxyTlv[]): string | undefined {
  for (const tlv of tlvs) {
    if (tlv.type === PP2_TYPE_AWS && tlv.value[0] === PP2_SUBTYPE_AWS_VPCE_ID) {
      return String.fromCharCode(...tlv.value.subarray(1));
    }
  }
  return undefined;
}

const fail = (reason: string): ProxyHeaderDecoding => ({ ok: false, reason });

function byteAt(bytes: Uint8Array, at: number): number {
  return bytes[at] ?? 0;
}

function u16(bytes: Uint8Array, at: number): number {
  return (byteAt(bytes, at) << 8) | byteAt(bytes, at + 1);
}

function u32(bytes: Uint8Array, at: number): number {
  return ((byteAt(bytes, at) << 24) | (byteAt(bytes, at + 1) << 16) | u16(bytes, at + 2)) >>> 0;
}

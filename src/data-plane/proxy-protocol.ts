/**
 * PROXY protocol v2 headers as an NLB sends them through an interface endpoint when the
 * target group has `proxy_protocol_v2.enabled`: the 12-byte signature, `0x21` (v2, PROXY),
 * `0x11` (IPv4, stream), the big-endian length of the rest, source and destination address,
 * source and destination port, then AWS's TLV `0xEA` whose value is subtype `0x01` followed
 * by the VPC endpoint id in ASCII. Encoding writes into caller-owned bytes without
 * allocating; `proxy-protocol-decoder.ts` reads headers back.
 *
 * @module
 */
import { errors } from '../core/errors.js';

/**
 * TLV type AWS uses for its own fields (`PP2_TYPE_AWS` in AWS's documentation).
 *
 * @example
 * header.tlvs.find((tlv) => tlv.type === PP2_TYPE_AWS); // the AWS TLV of a decoded header
 */
export const PP2_TYPE_AWS = 0xea;
/**
 * First value byte of a {@link PP2_TYPE_AWS} TLV that carries the VPC endpoint id.
 *
 * @example
 * tlv.value[0] === PP2_SUBTYPE_AWS_VPCE_ID; // the rest of the value is the id in ASCII
 */
export const PP2_SUBTYPE_AWS_VPCE_ID = 0x01;

/**
 * The 12-byte v2 signature (`\r\n\r\n\0\r\nQUIT\n`) every header starts with.
 *
 * @example
 * PP2_SIGNATURE.every((b, i) => bytes[i] === b); // true for a v2 header
 */
export const PP2_SIGNATURE: readonly number[] = Object.freeze([
  0x0d, 0x0a, 0x0d, 0x0a, 0x00, 0x0d, 0x0a, 0x51, 0x55, 0x49, 0x54, 0x0a,
]);
const SIGNATURE_BYTES = Uint8Array.from(PP2_SIGNATURE);
/** Signature, version/command, family/protocol, length. */
const FIXED_BYTES = 16;
/** Two IPv4 addresses and two ports. */
const IPV4_ADDRESS_BYTES = 12;
/** TLV type, 2-byte length, AWS subtype. */
const AWS_TLV_OVERHEAD = 4;
/** Longest endpoint id accepted (real ids are 22 characters). */
const MAX_ENDPOINT_ID_LENGTH = 255;

/** What a header carries: the consumer's address and the one it connected to. */
export interface ProxyHeaderFields {
  /** The consumer's IPv4 address (unsigned 32-bit integer). */
  readonly sourceIp: number;
  /** The consumer's source port. */
  readonly sourcePort: number;
  /** The endpoint interface address the consumer connected to (unsigned 32-bit integer). */
  readonly destinationIp: number;
  /** The port the consumer connected to (the listener port). */
  readonly destinationPort: number;
  /** The VPC endpoint id, ASCII, e.g. `vpce-0123456789abcdef0`. */
  readonly vpcEndpointId: string;
}

/**
 * Bytes of the header for an endpoint id: 16 + 12 + 4 + the id's length (54 for a real id).
 *
 * @example
 * const out = new Uint8Array(proxyHeaderLength('vpce-0123456789abcdef0')); // 54 bytes
 */
export function proxyHeaderLength(vpcEndpointId: string): number {
  return FIXED_BYTES + IPV4_ADDRESS_BYTES + AWS_TLV_OVERHEAD + vpcEndpointId.length;
}

/**
 * Writes the header into `out` at `offset` and returns the bytes written, or -1 (and `out`
 * untouched) when it does not fit, `offset` is not a non-negative integer, or a field is out
 * of range. Never allocates or throws: the data plane's hot path.
 *
 * @example
 * const slab = new Uint8Array(4096);
 * const n = writeProxyHeader(slab, 0, { sourceIp: 0x0a000105, sourcePort: 49152,
 *   destinationIp: 0x0a00020a, destinationPort: 443, vpcEndpointId: 'vpce-0123456789abcdef0' }); // 54
 */
export function writeProxyHeader(out: Uint8Array, offset: number, fields: ProxyHeaderFields): number {
  const id = fields.vpcEndpointId;
  const length = proxyHeaderLength(id);
  // `offset >>> 0 === offset`: an integer in range (a fractional index would write nowhere).
  if (offset >>> 0 !== offset || offset + length > out.length || !validFields(fields)) return -1;
  let at = offset;
  out.set(SIGNATURE_BYTES, at);
  at += SIGNATURE_BYTES.length;
  out[at++] = 0x21;
  out[at++] = 0x11;
  at = writeU16(out, at, length - FIXED_BYTES);
  at = writeU32(out, at, fields.sourceIp);
  at = writeU32(out, at, fields.destinationIp);
  at = writeU16(out, at, fields.sourcePort);
  at = writeU16(out, at, fields.destinationPort);
  out[at++] = PP2_TYPE_AWS;
  at = writeU16(out, at, 1 + id.length);
  out[at++] = PP2_SUBTYPE_AWS_VPCE_ID;
  for (let i = 0; i < id.length; i++) out[at++] = id.charCodeAt(i);
  return length;
}

/**
 * The header as a fresh `Uint8Array`. Fields out of range (an address that is not an
 * unsigned 32-bit integer, a port outside 0..65535, an empty, long or non-ASCII endpoint id)
 * are misuse: `InvalidParameterValue`.
 *
 * @example
 * const header = encodeProxyHeader({ sourceIp: 0x0a000105, sourcePort: 49152,
 *   destinationIp: 0x0a00020a, destinationPort: 443, vpcEndpointId: 'vpce-0123456789abcdef0' });
 * Buffer.from(header).toString('hex'); // '0d0a0d0a000d0a515549540a21110026...'
 */
export function encodeProxyHeader(fields: ProxyHeaderFields): Uint8Array {
  if (!validFields(fields)) {
    throw errors.invalidParameterValue('ProxyHeaderFields', fields, describeInvalid(fields));
  }
  const out = new Uint8Array(proxyHeaderLength(fields.vpcEndpointId));
  writeProxyHeader(out, 0, fields);
  return out;
}

function validFields(f: ProxyHeaderFields): boolean {
  return (
    f.sourceIp >>> 0 === f.sourceIp &&
    f.destinationIp >>> 0 === f.destinationIp &&
    (f.sourcePort & 0xffff) === f.sourcePort &&
    (f.destinationPort & 0xffff) === f.destinationPort &&
    validEndpointId(f.vpcEndpointId)
  );
}

function validEndpointId(id: string): boolean {
  if (id.length === 0 || id.length > MAX_ENDPOINT_ID_LENGTH) return false;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

function describeInvalid(f: ProxyHeaderFields): string {
  if (!validEndpointId(f.vpcEndpointId)) {
    return `The VPC endpoint id must be 1..${MAX_ENDPOINT_ID_LENGTH} printable ASCII characters.`;
  }
  return 'Addresses are unsigned 32-bit integers and ports 0..65535.';
}

function writeU16(out: Uint8Array, at: number, value: number): number {
  out[at] = value >>> 8;
  out[at + 1] = value & 0xff;
  return at + 2;
}

function writeU32(out: Uint8Array, at: number, value: number): number {
  out[at] = value >>> 24;
  out[at + 1] = (value >>> 16) & 0xff;
  out[at + 2] = (value >>> 8) & 0xff;
  out[at + 3] = value & 0xff;
  return at + 4;
}

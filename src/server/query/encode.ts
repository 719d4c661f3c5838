/**
 * SDK outputs to Query protocol XML: each member under its XML name (EC2's lowerCamel
 * `vpcId`, ELBv2's `LoadBalancerArn`), lists as `<name><item>…</item></name>` (EC2) or
 * `<name><member>…</member></name>` (ELBv2), maps as `<entry><key/><value/></entry>`,
 * timestamps as ISO-8601, booleans as `true`/`false`, blobs as base64: what the SDK's and
 * botocore's XML deserialisers read.
 *
 * @module
 */
import { isScalar, shapeOf } from '../shapes/resolve.js';
import type { WireApi, WireList, WireMap, WireRef, WireScalar, WireStructure } from '../shapes/types.js';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;' };

/**
 * Text escaped for an XML element or attribute; characters XML 1.0 cannot carry (C0
 * controls other than tab, newline and carriage return) become U+FFFD.
 *
 * @example
 * escapeXml('a<b & "c"'); // 'a&lt;b &amp; &quot;c&quot;'
 */
export function escapeXml(text: string): string {
  if (!/[&<>"'\r\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(text)) return text;
  return text.replace(/[&<>"'\r]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) => ESCAPES[c] ?? '\ufffd');
}

/** A timestamp (epoch ms, ISO string or Date) as a Date, if it is one. */
function toDate(value: unknown): Date | undefined {
  const date = value instanceof Date ? value : typeof value === 'number' ? new Date(value) : typeof value === 'string' ? new Date(Date.parse(value)) : undefined;
  return date !== undefined && Number.isFinite(date.getTime()) ? date : undefined;
}

/**
 * The text of a scalar value of kind `kind`.
 *
 * @example
 * scalarText('timestamp', 1767225600000); // '2026-01-01T00:00:00.000Z'
 */
export function scalarText(kind: WireScalar, value: unknown): string {
  switch (kind) {
    case 'boolean':
      return value === true || value === 'true' ? 'true' : 'false';
    case 'timestamp':
    case 'timestamp-http':
    case 'timestamp-epoch': {
      const date = toDate(value);
      if (date === undefined) return String(value);
      return kind === 'timestamp' ? date.toISOString() : kind === 'timestamp-http' ? date.toUTCString() : String(date.getTime() / 1000);
    }
    case 'blob':
      return value instanceof Uint8Array ? Buffer.from(value).toString('base64') : Buffer.from(String(value)).toString('base64');
    case 'document':
      return typeof value === 'string' ? value : JSON.stringify(value) ?? '';
    case 'string':
    case 'number':
      return typeof value === 'string' ? value : String(value);
  }
}

/** Writes XML for values of one API's shapes. */
class Encoder {
  readonly out: string[] = [];

  constructor(private readonly shapes: WireApi) {}

  /** The content (not the element) of `value` of shape `ref`. */
  content(ref: WireRef, value: unknown): void {
    if (isScalar(ref)) {
      this.out.push(escapeXml(scalarText(ref, value)));
      return;
    }
    const shape = shapeOf(this.shapes, ref);
    switch (shape.kind) {
      case 'structure':
        this.structure(shape, value);
        return;
      case 'list':
        if (Array.isArray(value)) for (const item of value) this.element(shape.memberName, shape.member, item);
        return;
      case 'map':
        if (isRecord(value)) for (const [key, item] of Object.entries(value)) this.entry('entry', shape, key, item);
        return;
    }
  }

  /** `<name>content</name>`, or `<name/>` when empty. */
  element(name: string, ref: WireRef, value: unknown): void {
    if (value === undefined || value === null) return;
    const shape = isScalar(ref) ? undefined : shapeOf(this.shapes, ref);
    if (shape?.kind === 'list' && shape.flat === true) {
      this.flatList(name, shape, value);
      return;
    }
    if (shape?.kind === 'map' && shape.flat === true) {
      if (isRecord(value)) for (const [key, item] of Object.entries(value)) this.entry(name, shape, key, item);
      return;
    }
    const open = this.out.length;
    this.out.push(`<${name}>`);
    this.content(ref, value);
    if (this.out.length === open + 1) this.out[open] = `<${name}/>`;
    else this.out.push(`</${name}>`);
  }

  private flatList(name: string, shape: WireList, value: unknown): void {
    if (Array.isArray(value)) for (const item of value) this.element(name, shape.member, item);
  }

  private entry(name: string, shape: WireMap, key: string, value: unknown): void {
    this.out.push(`<${name}>`);
    this.element(shape.keyName, shape.key, key);
    this.element(shape.valueName, shape.value, value);
    this.out.push(`</${name}>`);
  }

  private structure(shape: WireStructure, value: unknown): void {
    if (!isRecord(value)) return;
    for (const [name, , xmlName, ref] of shape.members) {
      if (Object.hasOwn(value, name)) this.element(xmlName, ref, value[name]);
    }
  }
}

/**
 * The XML of `value` (an SDK output) by the shape `ref` of `shapes`, without an enclosing
 * element: the members of a structure one after the other.
 *
 * @example
 * encodeXmlContent(ec2WireShapes, 'CreateVpcResult', { Vpc: { VpcId: 'vpc-1', IsDefault: false } });
 * // '<vpc><vpcId>vpc-1</vpcId><isDefault>false</isDefault></vpc>'
 */
export function encodeXmlContent(shapes: WireApi, ref: WireRef, value: unknown): string {
  const encoder = new Encoder(shapes);
  encoder.content(ref, value);
  return encoder.out.join('');
}

/**
 * Query protocol requests to SDK inputs: the flattened parameters (`SubnetId.1`,
 * `Filter.1.Value.1`, `TagSpecification.1.Tag.1.Key`, `Targets.member.1.Id`,
 * `Attributes.entry.1.key`) decoded, by the generated wire shapes, into the very input
 * object the SDK's command would carry (`{ SubnetIds: [...], Filters: [{ Name, Values }] }`),
 * with numbers, booleans and timestamps typed.
 *
 * EC2 Query flattens every list (`Name.N`) and answers `UnknownParameter` for a parameter
 * its input does not have; awsQuery (ELBv2) writes lists as `Name.member.N` (or the list's
 * own member name), an empty list as `Name=`, and maps as `Name.entry.N.key/value`.
 *
 * @module
 */
import { errors, type CloudError } from '../../core/errors.js';
import { isScalar, shapeOf } from '../shapes/resolve.js';
import type { WireApi, WireList, WireMap, WireRef, WireScalar, WireStructure } from '../shapes/types.js';

/** A node of the parameter tree: `Filter.1.Name=x` is root → Filter → 1 → Name (value x). */
interface ParamNode {
  value?: string;
  children?: Map<string, ParamNode>;
}

/**
 * How one API's requests are decoded.
 *
 * @example
 * const flavour: QueryFlavour = { shapes: ec2WireShapes, ec2: true };
 */
export interface QueryFlavour {
  /** The API's generated wire shapes. */
  readonly shapes: WireApi;
  /** EC2 Query (lists always flat, unknown parameters refused), else awsQuery. */
  readonly ec2: boolean;
}

/** Parameters that carry the protocol, not the input: `Action`, `Version`, SigV4 query auth. */
const isProtocolParam = (key: string): boolean => key === 'Action' || key === 'Version' || key.startsWith('X-Amz-');

/** Builds the parameter tree of `params` (a later duplicate key wins). */
function paramTree(params: readonly (readonly [string, string])[]): ParamNode {
  const root: ParamNode = {};
  for (const [key, value] of params) {
    if (isProtocolParam(key)) continue;
    let node = root;
    for (const part of key.split('.')) {
      node.children ??= new Map();
      let child = node.children.get(part);
      if (child === undefined) {
        child = {};
        node.children.set(part, child);
      }
      node = child;
    }
    node.value = value;
  }
  return root;
}

/** Sets an own property, even one named `__proto__` (map keys come from the caller). */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const join = (path: string, part: string): string => (path === '' ? part : `${path}.${part}`);

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const EPOCH_SECONDS = /^\d+(\.\d+)?$/;

class Decoder {
  constructor(private readonly flavour: QueryFlavour) {}

  /** The error for a value that is not of its member's type. */
  private invalid(path: string, value: string, expected: string): CloudError {
    return this.flavour.ec2
      ? errors.invalidParameterValue(path, value, `Expected ${expected}.`)
      : errors.validationConstraint(path, value, `Member must be ${expected}`);
  }

  /** A parameter the input does not have: EC2 refuses it, awsQuery ignores it. */
  private unknown(path: string): void {
    if (this.flavour.ec2) throw errors.unknownParameter(path);
  }

  /** Reports every child of `node` as unknown (a scalar given sub-parameters). */
  private unknownChildren(node: ParamNode, path: string): void {
    for (const key of node.children?.keys() ?? []) this.unknown(join(path, key));
  }

  decode(ref: WireRef, node: ParamNode, path: string): unknown {
    if (isScalar(ref)) return this.scalar(ref, node, path);
    const shape = shapeOf(this.flavour.shapes, ref);
    switch (shape.kind) {
      case 'structure':
        return this.structure(shape, node, path);
      case 'list':
        return this.list(shape, node, path);
      case 'map':
        return this.map(shape, node, path);
    }
  }

  private scalar(kind: WireScalar, node: ParamNode, path: string): unknown {
    this.unknownChildren(node, path);
    const text = node.value;
    if (text === undefined) return undefined;
    switch (kind) {
      case 'string':
      case 'document':
        return text;
      case 'number':
        if (!NUMBER.test(text.trim())) throw this.invalid(path, text, 'a number');
        return Number(text);
      case 'boolean':
        if (text === 'true') return true;
        if (text === 'false') return false;
        throw this.invalid(path, text, 'true or false');
      case 'timestamp':
      case 'timestamp-http':
      case 'timestamp-epoch': {
        const ms = EPOCH_SECONDS.test(text) ? Number(text) * 1000 : Date.parse(text);
        if (!Number.isFinite(ms)) throw this.invalid(path, text, 'a timestamp');
        return new Date(ms);
      }
      case 'blob':
        return new Uint8Array(Buffer.from(text, 'base64'));
    }
  }

  private structure(shape: WireStructure, node: ParamNode, path: string): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const children = node.children;
    if (children === undefined) return out;
    let used = 0;
    for (const [name, queryName, , ref] of shape.members) {
      const child = children.get(queryName);
      if (child === undefined) continue;
      used++;
      const value = this.decode(ref, child, join(path, queryName));
      if (value !== undefined) out[name] = value;
    }
    if (used < children.size) {
      const known = new Set(shape.members.map(([, queryName]) => queryName));
      for (const key of children.keys()) if (!known.has(key)) this.unknown(join(path, key));
    }
    return out;
  }

  /** The numbered children of `node` (`1`, `2`, …) in index order; other keys are unknown. */
  private numbered(node: ParamNode | undefined, path: string): [string, ParamNode][] {
    const items: [number, string, ParamNode][] = [];
    for (const [key, child] of node?.children ?? []) {
      const index = /^[1-9]\d{0,8}$/.test(key) ? Number(key) : undefined;
      if (index === undefined) this.unknown(join(path, key));
      else items.push([index, key, child]);
    }
    return items.sort((a, b) => a[0] - b[0]).map(([, key, child]) => [key, child]);
  }

  private list(shape: WireList, node: ParamNode, path: string): unknown[] | undefined {
    const flat = this.flavour.ec2 || shape.flat === true;
    let holder: ParamNode | undefined = node;
    let holderPath = path;
    if (!flat) {
      holder = node.children?.get(shape.memberName);
      holderPath = join(path, shape.memberName);
      for (const key of node.children?.keys() ?? []) if (key !== shape.memberName) this.unknown(join(path, key));
    }
    const items = this.numbered(holder, holderPath);
    if (items.length === 0) return node.value !== undefined || holder !== undefined ? [] : undefined;
    const out: unknown[] = [];
    for (const [key, child] of items) {
      const value = this.decode(shape.member, child, join(holderPath, key));
      if (value !== undefined) out.push(value);
    }
    return out;
  }

  private map(shape: WireMap, node: ParamNode, path: string): Record<string, unknown> | undefined {
    const flat = shape.flat === true;
    const holder = flat ? node : node.children?.get('entry');
    const holderPath = flat ? path : join(path, 'entry');
    if (!flat) for (const key of node.children?.keys() ?? []) if (key !== 'entry') this.unknown(join(path, key));
    const entries = this.numbered(holder, holderPath);
    if (entries.length === 0) return node.value !== undefined || holder !== undefined ? {} : undefined;
    const out: Record<string, unknown> = {};
    for (const [index, entry] of entries) {
      const entryPath = join(holderPath, index);
      const keyNode = entry.children?.get(shape.keyName);
      const key = keyNode === undefined ? undefined : this.decode(shape.key, keyNode, join(entryPath, shape.keyName));
      if (typeof key !== 'string') throw errors.missingParameter(join(entryPath, shape.keyName));
      const valueNode = entry.children?.get(shape.valueName);
      for (const name of entry.children?.keys() ?? []) if (name !== shape.keyName && name !== shape.valueName) this.unknown(join(entryPath, name));
      setOwn(out, key, valueNode === undefined ? undefined : this.decode(shape.value, valueNode, join(entryPath, shape.valueName)));
    }
    return out;
  }
}

/**
 * The SDK input of a Query request: its parameters (protocol ones, `Action`, `Version` and
 * `X-Amz-*`, left out) decoded by the input shape `input` (`null`: the action takes none).
 *
 * @throws CloudError `UnknownParameter` (EC2), `InvalidParameterValue` (EC2) or
 * `ValidationError` (ELBv2) for a value that is not of its member's type.
 *
 * @example
 * decodeQueryInput({ shapes: ec2WireShapes, ec2: true }, 'DescribeVpcsRequest', [['VpcId.1', 'vpc-1'], ['Filter.1.Name', 'state'], ['Filter.1.Value.1', 'available']]);
 * // { VpcIds: ['vpc-1'], Filters: [{ Name: 'state', Values: ['available'] }] }
 */
export function decodeQueryInput(flavour: QueryFlavour, input: WireRef | null, params: readonly (readonly [string, string])[]): Record<string, unknown> {
  const tree = paramTree(params);
  if (input === null) {
    for (const key of tree.children?.keys() ?? []) if (flavour.ec2) throw errors.unknownParameter(key);
    return {};
  }
  const value = new Decoder(flavour).decode(input, tree, '');
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

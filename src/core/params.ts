/**
 * Request parameter reading: the one place that checks a caller-supplied field's type and
 * turns a bad one into AWS's error (`MissingParameter` / `InvalidParameterValue` for EC2,
 * `ValidationError` for ELBv2). Every action reads its input through a {@link Params}.
 *
 * @module
 */
import { type CloudError, describeValue, errors } from './errors.js';
import { checkRequestTags, type Tag } from './tags.js';

/** Which API's error vocabulary to use for malformed input. */
export type ParamStyle = 'ec2' | 'elbv2';

/** One `Filters` entry of an EC2 describe call. */
export interface Filter {
  Name: string;
  Values: string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A typed reader over one request's fields.
 *
 * @example
 * const p = readParams(input, 'ec2');
 * const vpcId = p.string('VpcId');            // MissingParameter when absent
 * const dryRun = p.optionalBoolean('DryRun'); // InvalidParameterValue when not a boolean
 */
export class Params {
  constructor(
    private readonly fields: Record<string, unknown>,
    readonly style: ParamStyle,
  ) {}

  /** The error for a field that is absent. */
  missing(name: string): CloudError {
    return this.style === 'ec2'
      ? errors.missingParameter(name)
      : errors.validationError(`1 validation error detected: Value null at '${lowerFirst(name)}' failed to satisfy constraint: Member must not be null`);
  }

  /** The error for a field whose value is not acceptable; `why` says which rule it broke. */
  invalid(name: string, value: unknown, why?: string): CloudError {
    return this.style === 'ec2'
      ? errors.invalidParameterValue(name, value, why)
      : errors.validationConstraint(lowerFirst(name), value, why ?? 'Member is invalid');
  }

  /** Whether the field is present (not `undefined`). */
  has(name: string): boolean {
    return this.fields[name] !== undefined;
  }

  /** The raw value of a field, unchecked. */
  raw(name: string): unknown {
    return this.fields[name];
  }

  /** A required non-empty string. */
  string(name: string): string {
    const v = this.text(name);
    if (v === '') throw this.missing(name);
    return v;
  }

  /** A required string that may be empty (a tag key or value, whose rules `tags.ts` checks). */
  text(name: string): string {
    const v = this.fields[name];
    if (v === undefined || v === null) throw this.missing(name);
    if (typeof v !== 'string') throw this.invalid(name, v, 'Expected a string.');
    return v;
  }

  /** An optional string (`undefined` when absent). */
  optionalString(name: string): string | undefined {
    return this.fields[name] === undefined ? undefined : this.string(name);
  }

  /** An optional boolean. */
  optionalBoolean(name: string): boolean | undefined {
    const v = this.fields[name];
    if (v === undefined) return undefined;
    if (typeof v !== 'boolean') throw this.invalid(name, v, 'Expected a boolean.');
    return v;
  }

  /** An optional integer within [min, max]. */
  optionalInteger(name: string, min: number, max: number): number | undefined {
    const v = this.fields[name];
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      throw this.invalid(name, v, `Expected an integer between ${min} and ${max}.`);
    }
    return v;
  }

  /** A required integer within [min, max]. */
  integer(name: string, min: number, max: number): number {
    const v = this.optionalInteger(name, min, max);
    if (v === undefined) throw this.missing(name);
    return v;
  }

  /** An optional value from a fixed set. */
  optionalEnum<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    const v = this.optionalString(name);
    if (v === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(v)) {
      throw this.invalid(name, v, `Member must satisfy enum value set: [${allowed.join(', ')}]`);
    }
    return v as T;
  }

  /** An optional list of non-empty strings (duplicates removed, order kept). */
  optionalStringList(name: string): string[] | undefined {
    const v = this.fields[name];
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) throw this.invalid(name, v, 'Expected a list of strings.');
    const out: string[] = [];
    for (const item of v) {
      if (typeof item !== 'string' || item === '') throw this.invalid(name, item, 'Expected a list of strings.');
      if (!out.includes(item)) out.push(item);
    }
    return out;
  }

  /** A required, non-empty list of strings. */
  stringList(name: string): string[] {
    const v = this.optionalStringList(name);
    if (v === undefined || v.length === 0) throw this.missing(name);
    return v;
  }

  /** An optional list of objects, each read by `read` through its own {@link Params}. */
  optionalList<T>(name: string, read: (item: Params, index: number) => T): T[] | undefined {
    const v = this.fields[name];
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) throw this.invalid(name, v, 'Expected a list.');
    return v.map((item, index) => {
      if (!isRecord(item)) throw this.invalid(`${name}.${index + 1}`, item, 'Expected a structure.');
      return read(new Params(item, this.style), index);
    });
  }

  /** An optional nested structure. */
  optionalStruct<T>(name: string, read: (fields: Params) => T): T | undefined {
    const v = this.fields[name];
    if (v === undefined) return undefined;
    if (!isRecord(v)) throw this.invalid(name, v, 'Expected a structure.');
    return read(new Params(v, this.style));
  }

  /** `DryRun` (EC2). */
  dryRun(): boolean {
    return this.optionalBoolean('DryRun') ?? false;
  }

  /** EC2 `Filters`: a list of `{ Name, Values }`. */
  filters(): Filter[] {
    return (
      this.optionalList('Filters', (f) => ({
        Name: f.string('Name'),
        Values: f.optionalStringList('Values') ?? [],
      })) ?? []
    );
  }

  /** A list of `{ Key, Value }` tags under `name` (ELBv2 `Tags`), checked by AWS's tag rules. */
  tagList(name: string): Tag[] {
    const tags = this.rawTags(name);
    checkRequestTags(tags, this.style, name);
    return tags;
  }

  /** The tags under `name`, each a string key and an optional string value, rules unchecked. */
  private rawTags(name: string): Tag[] {
    return this.optionalList(name, (t) => ({ Key: t.text('Key'), Value: t.has('Value') ? t.text('Value') : '' })) ?? [];
  }

  /**
   * EC2 `TagSpecifications`: the tags for `resourceType`. A specification for another
   * resource type is AWS's `InvalidParameterValue`.
   */
  tagSpecifications(resourceType: string): Tag[] {
    const specs =
      this.optionalList('TagSpecifications', (s) => ({
        ResourceType: s.string('ResourceType'),
        Tags: s.rawTags('Tags'),
      })) ?? [];
    const tags: Tag[] = [];
    for (const spec of specs) {
      if (spec.ResourceType !== resourceType) {
        throw errors.invalidParameterValueMessage(
          `'${spec.ResourceType}' is not a valid taggable resource type for this operation.`,
        );
      }
      tags.push(...spec.Tags);
    }
    checkRequestTags(tags, this.style, 'Tags');
    return tags;
  }
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * Wraps raw input for reading. A non-object input is itself a malformed request.
 *
 * @example
 * readParams({ VpcId: 'vpc-1' }, 'ec2').string('VpcId'); // 'vpc-1'
 */
export function readParams(input: unknown, style: ParamStyle): Params {
  if (input === undefined || input === null) return new Params({}, style);
  if (!isRecord(input)) {
    throw style === 'ec2'
      ? errors.invalidParameterValueMessage(`The request input must be a structure, got ${describeValue(input)}.`)
      : errors.validationError(`The request input must be a structure, got ${describeValue(input)}.`);
  }
  return new Params(input, style);
}

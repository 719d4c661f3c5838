/**
 * Request parameter reading: the one place that checks a caller-supplied field's type and
 * turns a bad one into AWS's error (`MissingParameter` / `InvalidParameterValue` for EC2,
 * `ValidationError` for ELBv2). Every action reads its input through a {@link Params}.
 *
 * @module
 */
import { type CloudError, describeValue, errors } from './errors.js';
import { fieldPath, invalidAt, itemPath, missingAt, type ParamStyle } from './param-path.js';
import { checkRequestTags, checkTagsToDelete, type Tag, type TagToDelete } from './tags.js';

export type { ParamStyle } from './param-path.js';

/** One `Filters` entry of an EC2 describe call. */
export interface Filter {
  Name: string;
  Values: string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Whether `value` is an array of strings with every slot filled: `[ , ]`, `new Array(3)`
 * and `[undefined]` are not (array methods such as `every` skip holes, so they cannot say).
 * For readers outside a request (model controls, the data plane); a request's lists go
 * through {@link Params}, which also names the bad element.
 *
 * @example
 * isDenseStringList(['a', 'b']); // true
 * isDenseStringList(['a', , 'b']); // false
 */
export function isDenseStringList(value: unknown): value is string[] {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== 'string') return false;
  return true;
}

/**
 * A typed reader over one request's fields. It reads a field only from the request's own
 * properties (never from `Object.prototype`), checks every element of a list, holes
 * included, and names a bad field by its path (`Filters.2.Values.1` for EC2,
 * `tags.1.member.key` for ELBv2, as AWS's validation messages do).
 *
 * @example
 * const p = readParams(input, 'ec2');
 * const vpcId = p.string('VpcId');            // MissingParameter when absent
 * const dryRun = p.optionalBoolean('DryRun'); // InvalidParameterValue when not a boolean
 */
export class Params {
  constructor(
    private readonly fields: Readonly<Record<string, unknown>>,
    readonly style: ParamStyle,
    /** Path of this structure inside the request, with a trailing dot (`''` at the top). */
    private readonly at = '',
  ) {}

  private get(name: string): unknown {
    return Object.hasOwn(this.fields, name) ? this.fields[name] : undefined;
  }

  /** The error for a field that is absent. */
  missing(name: string): CloudError {
    return missingAt(this.style, fieldPath(this.style, this.at, name));
  }

  /** The error for a field whose value is not acceptable; `why` says which rule it broke. */
  invalid(name: string, value: unknown, why?: string): CloudError {
    return invalidAt(this.style, fieldPath(this.style, this.at, name), value, why);
  }

  /** Whether the field is present (not `undefined`). */
  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  /** The raw value of a field, unchecked. */
  raw(name: string): unknown {
    return this.get(name);
  }

  /** A required non-empty string. */
  string(name: string): string {
    const v = this.text(name);
    if (v === '') throw this.missing(name);
    return v;
  }

  /** A required string that may be empty (a tag key or value, whose rules `tags.ts` checks). */
  text(name: string): string {
    const v = this.get(name);
    if (v === undefined || v === null) throw this.missing(name);
    if (typeof v !== 'string') throw this.invalid(name, v, 'Expected a string.');
    return v;
  }

  /** An optional string (`undefined` when absent). */
  optionalString(name: string): string | undefined {
    return this.get(name) === undefined ? undefined : this.string(name);
  }

  /** An optional boolean. */
  optionalBoolean(name: string): boolean | undefined {
    const v = this.get(name);
    if (v === undefined) return undefined;
    if (typeof v !== 'boolean') throw this.invalid(name, v, 'Expected a boolean.');
    return v;
  }

  /**
   * An optional integer within [min, max]. ELBv2 words a bound as AWS's validation does
   * ("Member must have value less than or equal to 400").
   */
  optionalInteger(name: string, min: number, max: number): number | undefined {
    const v = this.get(name);
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isInteger(v)) throw this.invalid(name, v, 'Expected an integer.');
    if (v < min || v > max) {
      const bound = v < min ? `greater than or equal to ${min}` : `less than or equal to ${max}`;
      throw this.invalid(name, v, this.style === 'ec2' ? `Expected an integer between ${min} and ${max}.` : `Member must have value ${bound}`);
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

  /**
   * An optional list of non-empty strings (duplicates removed, order kept). Every slot is
   * checked: a hole or `null` is a missing element, anything but a string an invalid one.
   */
  optionalStringList(name: string): string[] | undefined {
    const v = this.get(name);
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) throw this.invalid(name, v, 'Expected a list of strings.');
    const seen = new Set<string>();
    for (let i = 0; i < v.length; i++) {
      const item: unknown = v[i];
      if (item === undefined || item === null) throw missingAt(this.style, itemPath(this.style, this.at, name, i));
      if (typeof item !== 'string' || item === '') throw invalidAt(this.style, itemPath(this.style, this.at, name, i), item, 'Expected a string.');
      seen.add(item);
    }
    return [...seen];
  }

  /** A required, non-empty list of strings. */
  stringList(name: string): string[] {
    const v = this.optionalStringList(name);
    if (v === undefined || v.length === 0) throw this.missing(name);
    return v;
  }

  /**
   * An optional list of structures, each read by `read` through its own {@link Params}
   * (whose errors name the element's path). A hole or `null` element is a missing one; a
   * non-structure an invalid one. Nothing of a bad list is kept.
   */
  optionalList<T>(name: string, read: (item: Params, index: number) => T): T[] | undefined {
    const v = this.get(name);
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) throw this.invalid(name, v, 'Expected a list.');
    const out: T[] = [];
    for (let i = 0; i < v.length; i++) {
      const item: unknown = v[i];
      const path = itemPath(this.style, this.at, name, i);
      if (item === undefined || item === null) throw missingAt(this.style, path);
      if (!isRecord(item)) throw invalidAt(this.style, path, item, 'Expected a structure.');
      out.push(read(new Params(item, this.style, `${path}.`), i));
    }
    return out;
  }

  /** An optional nested structure. */
  optionalStruct<T>(name: string, read: (fields: Params) => T): T | undefined {
    const v = this.get(name);
    if (v === undefined) return undefined;
    if (!isRecord(v)) throw this.invalid(name, v, 'Expected a structure.');
    return read(new Params(v, this.style, `${fieldPath(this.style, this.at, name)}.`));
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

  /**
   * EC2 `DeleteTags` `Tags`: each a key and, when given, a value to match (`undefined` for
   * the whole list when absent or empty: delete every tag). Keys checked by AWS's rules.
   */
  tagsToDelete(name: string): TagToDelete[] | undefined {
    const tags = this.optionalList(name, (t) => ({ Key: t.text('Key'), ...(t.has('Value') ? { Value: t.text('Value') } : {}) }));
    if (tags === undefined || tags.length === 0) return undefined;
    checkTagsToDelete(tags);
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

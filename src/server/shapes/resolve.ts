/**
 * Reading a wire reference: whether it names a scalar kind, and the shape it stands for. The
 * request decoder and the response encoder share these, so both read the tables the same way.
 *
 * @module
 */
import { errors } from '../../core/errors.js';
import type { WireApi, WireRef, WireScalar, WireShape } from './types.js';

const SCALARS: ReadonlySet<string> = new Set<WireScalar>(['string', 'number', 'boolean', 'timestamp', 'timestamp-http', 'timestamp-epoch', 'blob', 'document']);

/**
 * Whether `ref` is a scalar kind rather than a shape.
 *
 * @example
 * isScalar('boolean'); // true
 * isScalar('FilterList'); // false: a named shape
 */
export function isScalar(ref: WireRef): ref is WireScalar {
  return typeof ref === 'string' && SCALARS.has(ref);
}

/**
 * The shape `ref` stands for: a named shape of `api`'s table, or the unnamed list or map
 * itself. A name the table lacks is a defect of the generated tables, never of a request:
 * `InternalFailure`, naming it.
 *
 * @example
 * shapeOf(ec2WireShapes, 'FilterList'); // { kind: 'list', member: 'Filter', memberName: 'item' }
 */
export function shapeOf(api: WireApi, ref: Exclude<WireRef, WireScalar>): WireShape {
  if (typeof ref !== 'string') return ref;
  const shape = api.shapes[ref];
  if (shape === undefined) throw errors.modelDefect(`no wire shape ${ref}`);
  return shape;
}

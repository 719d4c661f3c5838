/**
 * The describe-filter engine shared by every EC2 describe action: `Filters: [{ Name, Values }]`
 * where values of one filter are OR-ed, filters are AND-ed, `*` and `?` are wildcards, and
 * `tag:<key>` / `tag-key` work on anything with `Tags`. An unsupported name is AWS's
 * `InvalidFilter`.
 *
 * @module
 */
import { errors } from '../core/errors.js';
import { ownValue } from '../core/own-key.js';
import type { Filter } from '../core/params.js';
import type { Tag } from '../core/tags.js';
import { matchesWildcard } from '../core/wildcard.js';

/** How to read one filterable field of an item: one value, several, or none. */
export type FilterField<Item> = (item: Item) => string | boolean | number | readonly string[] | undefined;

/** The filters an action supports, by filter name. */
export type FilterFields<Item> = Readonly<Record<string, FilterField<Item>>>;

/** Options of {@link applyFilters}. */
export interface FilterOptions<Item> {
  /** Reads an item's tags, enabling `tag:<key>` and `tag-key`. */
  tags?: (item: Item) => readonly Tag[];
}

const asStrings = (v: ReturnType<FilterField<unknown>>): string[] =>
  v === undefined ? [] : Array.isArray(v) ? [...(v as readonly string[])] : [String(v)];

/**
 * A predicate over raw records for the filters among `filters` that `fields` can read before
 * rendering (an id, say); the others are left to the full {@link compileFilters} on the
 * rendered item, which also checks every name. A describe that must render an item to filter
 * it skips the items this refuses, so a filter by id costs one render, not one per item.
 *
 * @example
 * const early = compileEarlyFilters(filters, { 'vpc-endpoint-id': ([, id]: [unknown, string]) => id });
 * pairs.filter(early); // then render and apply the full filters to what is left
 */
export function compileEarlyFilters<Raw>(filters: readonly Filter[], fields: FilterFields<Raw>): (raw: Raw) => boolean {
  return compileFilters(
    filters.filter((f) => ownValue(fields, f.Name) !== undefined),
    fields,
  );
}

/**
 * Checks the filter names up front (so a bad name fails even on an empty result) and returns
 * a predicate.
 *
 * @example
 * const keep = compileFilters(filters, { 'vpc-id': (s) => s.VpcId }, { tags: (s) => s.Tags });
 * subnets.filter(keep);
 */
export function compileFilters<Item>(
  filters: readonly Filter[],
  fields: FilterFields<Item>,
  options: FilterOptions<Item> = {},
): (item: Item) => boolean {
  const tests: ((item: Item) => boolean)[] = [];
  for (const { Name, Values } of filters) {
    const tagsOf = options.tags;
    if (tagsOf && Name.startsWith('tag:')) {
      const key = Name.slice(4);
      tests.push((item) => tagsOf(item).some((t) => t.Key === key && Values.some((v) => matchesWildcard(v, t.Value))));
    } else if (tagsOf && Name === 'tag-key') {
      tests.push((item) => tagsOf(item).some((t) => Values.some((v) => matchesWildcard(v, t.Key))));
    } else {
      const field = ownValue(fields, Name);
      if (field === undefined) throw errors.invalidFilter(Name);
      tests.push((item) => {
        const actual = asStrings(field(item));
        return actual.some((a) => Values.some((v) => matchesWildcard(v, a)));
      });
    }
  }
  return (item) => tests.every((t) => t(item));
}

/** Filters `items` in one call; see {@link compileFilters}. */
export function applyFilters<Item>(
  items: Iterable<Item>,
  filters: readonly Filter[],
  fields: FilterFields<Item>,
  options: FilterOptions<Item> = {},
): Item[] {
  const keep = compileFilters(filters, fields, options);
  const out: Item[] = [];
  for (const item of items) if (keep(item)) out.push(item);
  return out;
}

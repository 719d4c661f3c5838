import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { paginate, paginateViews, type Page, type Paging } from '../../src/queries/paginate.js';

/**
 * `paginate` chooses a page without sorting the whole list: it must cut exactly the pages a
 * full stable sort would (the definition it replaced), token after token, with duplicate
 * keys and any limit.
 */
interface Item {
  key: string;
  n: number;
}

const SEED = 'page-seed';
const SCOPE = 'DescribeThings';

/** The definition: stable sort by key, resume after the token's key, cut `limit`. */
function byFullSort(items: readonly Item[], after: string | undefined, limit: number | undefined): { items: Item[]; lastKey?: string } {
  const sorted = [...items].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  let start = after === undefined ? 0 : sorted.findIndex((i) => i.key > after);
  if (start < 0) start = sorted.length;
  if (limit === undefined) return { items: sorted.slice(start) };
  const page = sorted.slice(start, start + limit);
  const last = page[page.length - 1];
  return start + limit < sorted.length && last !== undefined ? { items: page, lastKey: last.key } : { items: page };
}

const itemsArb = fc
  .array(fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), maxLength: 3 }), { maxLength: 60 })
  .map((keys) => keys.map((key, n) => ({ key, n })));

describe('paginate (property)', () => {
  it('cuts the pages a full stable sort cuts, through every token, whatever the limit', () => {
    fc.assert(
      fc.property(itemsArb, fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }), (items, limit) => {
        let token: string | undefined;
        let after: string | undefined;
        for (let pages = 0; pages <= items.length + 1; pages++) {
          const paging: Paging = { limit, token, tokenField: 'NextToken' };
          const page: Page<Item> = paginate(items, (i) => i.key, paging, SEED, SCOPE);
          const expected = byFullSort(items, after, limit);
          expect(page.items).toEqual(expected.items);
          expect(page.nextToken !== undefined).toBe(expected.lastKey !== undefined);
          if (page.nextToken === undefined || expected.lastKey === undefined) return;
          token = page.nextToken;
          after = expected.lastKey;
        }
        throw new Error('paging did not end');
      }),
    );
  });

  it('paginateViews cuts the pages of "view every record, filter, then page", through every token', () => {
    fc.assert(
      fc.property(itemsArb, fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }), fc.func(fc.boolean()), (items, limit, kept) => {
        const keep = (i: Item) => kept(i.n);
        const visible = items.filter(keep);
        let token: string | undefined;
        let after: string | undefined;
        for (let pages = 0; pages <= items.length + 1; pages++) {
          let viewed = 0;
          const page = paginateViews(
            items,
            (i) => i.key,
            (i) => {
              viewed++;
              return keep(i) ? { view: `${i.key}#${i.n}` } : undefined;
            },
            { limit, token, tokenField: 'NextToken' },
            SEED,
            SCOPE,
          );
          const expected = byFullSort(visible, after, limit);
          expect(page.items).toEqual(expected.items.map((i) => `${i.key}#${i.n}`));
          expect(page.nextToken !== undefined).toBe(expected.lastKey !== undefined);
          // Without a limit, every record after the token is viewed, once.
          if (limit === undefined) expect(viewed).toBe(items.filter((i) => after === undefined || i.key > after).length);
          if (page.nextToken === undefined || expected.lastKey === undefined) return;
          token = page.nextToken;
          after = expected.lastKey;
        }
        throw new Error('paging did not end');
      }),
    );
  });

  it('views only the page and the next kept record, not the whole list', () => {
    const items = Array.from({ length: 1000 }, (_, n) => ({ key: `k${String(n).padStart(4, '0')}`, n }));
    let viewed = 0;
    const page = paginateViews(items, (i) => i.key, (i) => (viewed++, { view: i.n }), { limit: 5, token: undefined, tokenField: 'NextToken' }, SEED, SCOPE);
    expect(page.items).toEqual([0, 1, 2, 3, 4]);
    expect(page.nextToken).toBeDefined();
    expect(viewed).toBe(6);
  });

  it('does not reorder or change the caller’s list', () => {
    fc.assert(
      fc.property(itemsArb, fc.integer({ min: 1, max: 5 }), (items, limit) => {
        const before = items.map((i) => i.n);
        paginate(items, (i) => i.key, { limit, token: undefined, tokenField: 'NextToken' }, SEED, SCOPE);
        expect(items.map((i) => i.n)).toEqual(before);
      }),
    );
  });
});

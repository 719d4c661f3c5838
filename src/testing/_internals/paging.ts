/**
 * Reading every page of a describe: the invariant checks must see the whole answer, not the
 * first page.
 *
 * @module
 */

/**
 * Calls `page(token)` until no `NextToken` (or `NextMarker`) comes back; concatenates `items`.
 *
 * @example
 * allPages((NextToken) => ec2.describeVpcEndpointServices(NextToken === undefined ? {} : { NextToken }), (p) => p.ServiceDetails);
 */
export function allPages<Page extends { NextToken?: string | undefined; NextMarker?: string | undefined }, Item>(
  page: (token: string | undefined) => Page,
  items: (page: Page) => readonly Item[] | undefined,
): Item[] {
  const out: Item[] = [];
  let token: string | undefined;
  for (let i = 0; i < 10_000; i++) {
    const result = page(token);
    out.push(...(items(result) ?? []));
    token = result.NextToken ?? result.NextMarker;
    if (token === undefined || token === '') break;
  }
  return out;
}

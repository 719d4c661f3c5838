/**
 * AWS-style wildcard matching (`*` any run, `?` one character), used by IAM policies and by
 * describe filters alike.
 *
 * @module
 */

const cache = new Map<string, RegExp>();

/** Whether `value` matches `pattern`, where `*` and `?` are wildcards. */
export function matchesWildcard(pattern: string, value: string, caseInsensitive = false): boolean {
  if (!pattern.includes('*') && !pattern.includes('?')) {
    return caseInsensitive ? pattern.toLowerCase() === value.toLowerCase() : pattern === value;
  }
  const key = `${caseInsensitive ? 'i' : 's'}${pattern}`;
  let re = cache.get(key);
  if (re === undefined) {
    const body = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
    re = new RegExp(`^${body}$`, caseInsensitive ? 'is' : 's');
    if (cache.size > 1000) cache.clear();
    cache.set(key, re);
  }
  return re.test(value);
}

/**
 * The small pieces of Mermaid syntax the diagrams share: quoted, escaped labels and stable,
 * sanitized node ids. Mermaid reads `"` and `#` inside a quoted label as syntax, and a bare
 * id can collide with a keyword (`end`) or an edge head (`o`, `x`), so every label goes
 * through {@link mermaidLabel} and every id through {@link createIdMinter}.
 *
 * @module
 */

/** Characters that Mermaid (or the HTML it renders into) would read as syntax in a label. */
const SPECIAL = /["#<>&`\\{}|[\]]/g;

/**
 * One line of label text with Mermaid's entity codes (`#34;` for `"`, `#35;` for `#`...) in
 * place of every character that would end the label or be read as markup.
 *
 * @example
 * escapeLabelText('say "hi" #1'); // 'say #34;hi#34; #35;1'
 */
export function escapeLabelText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(SPECIAL, (c) => `#${c.charCodeAt(0)};`);
}

/**
 * A quoted Mermaid label of several lines (joined with `<br/>`), each line escaped.
 *
 * @example
 * mermaidLabel(['NLB svc-nlb', 'active']); // '"NLB svc-nlb<br/>active"'
 */
export function mermaidLabel(lines: readonly string[]): string {
  return `"${lines.map(escapeLabelText).join('<br/>')}"`;
}

/** Makes node ids from model keys: see {@link createIdMinter}. */
export type IdMinter = (prefix: string, key: string) => string;

/**
 * A minter of Mermaid ids: `prefix_key` with every character outside `[A-Za-z0-9_]` turned
 * into `_`, made unique by a numeric suffix if two keys sanitize alike. The same
 * `(prefix, key)` always gets the same id, so callers can mint an id wherever they need it.
 * Prefixes start with a letter that is not `o` or `x`, so no id can read as an edge head.
 *
 * @example
 * const id = createIdMinter();
 * id('vpc', 'vpc-0a1b'); // 'vpc_vpc_0a1b'
 * id('vpc', 'vpc-0a1b'); // 'vpc_vpc_0a1b' again
 */
export function createIdMinter(): IdMinter {
  const byKey = new Map<string, string>();
  const taken = new Set<string>();
  return (prefix, key) => {
    const full = `${prefix}\u0000${key}`;
    const known = byKey.get(full);
    if (known !== undefined) return known;
    const base = `${prefix}_${key}`.replace(/[^A-Za-z0-9_]/g, '_');
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
    taken.add(id);
    byKey.set(full, id);
    return id;
  };
}

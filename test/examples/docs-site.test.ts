/**
 * The docs site's reading order (typedoc.json's `projectDocuments`, in order, each guide filed
 * under a category of its front matter): a guide added to docs/ must be placed in it, or the
 * site would drop it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const typedoc = JSON.parse(readFileSync(new URL('typedoc.json', root), 'utf8')) as { projectDocuments: string[]; categoryOrder: string[] };
const guides = readdirSync(new URL('docs/', root)).filter((name) => name.endsWith('.md'));

/** The `category` of a guide's front matter. */
function categoryOf(name: string): string | undefined {
  const text = readFileSync(new URL(`docs/${name}`, root), 'utf8');
  const front = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
  return /^category: (.+)$/m.exec(front)?.[1];
}

describe('the docs site', () => {
  it('lists every guide once, in a reading order', () => {
    expect([...typedoc.projectDocuments].sort()).toEqual(guides.map((name) => `docs/${name}`).sort());
    expect(typedoc.projectDocuments[0]).toBe('docs/quickstart.md');
  });

  it('files every guide under one of the reading order\'s first categories, in their order', () => {
    const sections = typedoc.categoryOrder.slice(0, 3);
    expect(sections).toEqual(['Start', 'Concepts', 'Examples']);
    const order = typedoc.projectDocuments.map((path) => sections.indexOf(categoryOf(path.slice('docs/'.length)) ?? ''));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});

/**
 * The model-control guide cannot drift from the route table: every route has a section
 * with a `curl` call and a Python call, and the guide names no route that does not exist.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { controlRoutes } from '../../../src/server/control/routes.js';

const guide = readFileSync(new URL('../../../docs/server-control.md', import.meta.url), 'utf8');

/** The sections of the guide: each heading's text and what follows it. */
const sections = guide.split(/^#{2,4} /m).map((text) => ({ heading: text.split('\n')[0] ?? '', text }));

describe('docs/server-control.md', () => {
  it.each(controlRoutes.map((r) => [`${r.method} /_model/${r.path}`, r] as const))('documents %s with curl and Python', (name, route) => {
    const section = sections.find((s) => s.heading.includes(`\`${name}\``) || (name === 'GET /_model/' && s.heading === 'The route list'));
    expect(section, `no section for ${name}`).toBeDefined();
    const text = section?.text ?? '';
    expect(text).toMatch(new RegExp(`curl .*http://127\\.0\\.0\\.1:4566/_model/${route.path.replace(/[/-]/g, '\\$&')}(['?\\s]|$)`, 'm'));
    expect(text).toContain(`model('${route.method}', '${route.path}'`);
  });

  it('names only routes that exist', () => {
    const known = new Set(controlRoutes.map((r) => `${r.method} /_model/${r.path}`));
    const named = [...guide.matchAll(/`(GET|POST|DELETE) (\/_model\/[a-z/-]*)`/g)].map((m) => `${m[1] ?? ''} ${m[2] ?? ''}`);
    expect(named.length).toBeGreaterThan(15);
    for (const name of named) expect(known, name).toContain(name);
  });
});

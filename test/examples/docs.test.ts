/**
 * The checked-in guides equal what `scripts/docs-diagrams.ts` generates from the code: the
 * lifecycle diagrams from the machines, and each example's diagrams and output from running
 * it. When this fails, the code changed: run `npm run docs:generate` and commit the result.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedDocs, ROOT } from '../../scripts/docs-diagrams.js';

describe('generated documentation', () => {
  it('is up to date (npm run docs:generate), every generated block filled', async () => {
    const docs = await generatedDocs();
    expect(docs.map((d) => relative(ROOT, d.path))).toContain('docs/lifecycles.md');
    expect(docs.length).toBeGreaterThan(8);
    for (const { path, text } of docs) {
      const name = relative(ROOT, path);
      expect(text, name).not.toMatch(/<!-- BEGIN GENERATED: [^>]*-->\n<!-- END GENERATED -->/);
      expect(readFileSync(path, 'utf8'), `${name} is stale: run npm run docs:generate`).toBe(text);
    }
  });
});

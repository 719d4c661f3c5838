/**
 * The link check of the packed Markdown (`npm run check:links`, run by `check:package` in
 * CI): what it reports, and that the repository's shipped Markdown has no broken reference.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { brokenLinks } from '../../scripts/link-check.js';

describe('brokenLinks', () => {
  it('reports relative links and Markdown paths in code spans that the package does not ship', () => {
    const files = new Map([
      ['README.md', 'See [the guide](docs/guide.md#setup), `docs/missing.md` and `CONTRIBUTING.md`.\n[web](https://example.org/x.md) [here](#top) [ok](docs/ok.md)'],
      ['docs/ok.md', 'Back to [the readme](../README.md) and [a sibling](gone.md); `docs/ok.md` is read from the root.\n```md\n[not a link](nowhere.md)\n```'],
    ]);
    const shipped = new Set(['README.md', 'docs/ok.md']);
    expect(brokenLinks(files, shipped)).toEqual([
      { file: 'README.md', line: 1, target: 'docs/guide.md#setup' },
      { file: 'README.md', line: 1, target: 'docs/missing.md' },
      { file: 'README.md', line: 1, target: 'CONTRIBUTING.md' },
      { file: 'docs/ok.md', line: 1, target: 'gone.md' },
    ]);
  });

  it('finds none in the Markdown this package ships', () => {
    const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as { files: { path: string }[] }[];
    const shipped = new Set(packed.flatMap((entry) => entry.files.map((f) => f.path)));
    const markdown = new Map([...shipped].filter((path) => path.endsWith('.md')).map((path) => [path, readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')] as const));
    expect(markdown.has('README.md') && markdown.has('docs/use-in-your-tests.md')).toBe(true);
    expect(brokenLinks(markdown, shipped)).toEqual([]);
  });
});

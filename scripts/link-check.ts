/**
 * Which references of the package's own Markdown files lead nowhere once installed: a
 * relative link (`[text](docs/x.md)`, `[text](../README.md#top)`) or a Markdown path in a
 * code span (`` `docs/use-in-your-tests.md` ``) that names a file the package does not ship.
 * Links to the web and to anchors of the same page are not files and are not checked, nor is
 * anything inside fenced code blocks.
 *
 * @module
 */
import { posix } from 'node:path';

/** A reference that leads nowhere in the package. */
export interface BrokenLink {
  /** The shipped file that holds the reference. */
  file: string;
  line: number;
  /** The reference as written. */
  target: string;
}

const LINK = /\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;
const CODE_PATH = /`((?:\.\.?\/)?(?:[\w.-]+\/)*[\w.-]+\.md)`/g;
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i;

/** The package path `target` names from `file`, without its anchor, or `undefined` for a non-file link. */
function resolveTarget(file: string, target: string, fromRoot: boolean): string | undefined {
  if (EXTERNAL.test(target)) return undefined;
  const path = target.split('#')[0] ?? '';
  if (path === '') return undefined;
  return posix.normalize(fromRoot ? path : posix.join(posix.dirname(file), path));
}

/**
 * The broken references of `files` (shipped path -> text) against the shipped paths. Links
 * resolve from their file's folder, as Markdown renderers resolve them; a path in a code span
 * is read as the README reads them, from the package root, and also from the file's folder.
 *
 * @example
 * brokenLinks(new Map([['README.md', 'See [the guide](docs/guide.md).']]), new Set(['README.md'])); // [{ file: 'README.md', line: 1, target: 'docs/guide.md' }]
 */
export function brokenLinks(files: ReadonlyMap<string, string>, shipped: ReadonlySet<string>): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const [file, text] of files) {
    let fenced = false;
    text.split('\n').forEach((content, index) => {
      // Code blocks are code: a `](` there is not a link.
      if (/^\s*(```|~~~)/.test(content)) fenced = !fenced;
      if (fenced) return;
      for (const match of content.matchAll(LINK)) {
        const target = match[1] ?? '';
        const path = resolveTarget(file, target, false);
        if (path !== undefined && !shipped.has(path)) broken.push({ file, line: index + 1, target });
      }
      for (const match of content.matchAll(CODE_PATH)) {
        const target = match[1] ?? '';
        const fromRoot = resolveTarget(file, target, true);
        const fromFolder = resolveTarget(file, target, false);
        if (fromRoot !== undefined && !shipped.has(fromRoot) && (fromFolder === undefined || !shipped.has(fromFolder))) {
          broken.push({ file, line: index + 1, target });
        }
      }
    });
  }
  return broken;
}

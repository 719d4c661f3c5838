/**
 * Checks that every relative link and Markdown path in the Markdown files the package ships
 * (README, CHANGELOG, CONTRIBUTING, docs/) names a file the package ships too, so the
 * references work from an installed package. Reads the file list from `npm pack --dry-run`.
 *
 *   npm run check:links
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { brokenLinks } from './link-check.js';

interface PackEntry {
  files: { path: string }[];
}

const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as PackEntry[];
const shipped = new Set(packed.flatMap((entry) => entry.files.map((f) => f.path)));
const markdown = new Map([...shipped].filter((path) => path.endsWith('.md')).map((path) => [path, readFileSync(path, 'utf8')] as const));
const broken = brokenLinks(markdown, shipped);
for (const b of broken) console.error(`${b.file}:${b.line}: ${b.target} is not in the package`);
console.log(`links: ${markdown.size} shipped Markdown files checked, ${broken.length} broken`);
process.exit(broken.length === 0 ? 0 : 1);

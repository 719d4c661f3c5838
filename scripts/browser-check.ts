/**
 * Browser check of the documentation site: builds it (`npm run docs`, unless `--no-build`),
 * serves `out/docs` on a local port, opens every page holding a Mermaid diagram in headless
 * Chromium, and checks that each diagram rendered to an SVG without an error, with no request
 * leaving the local server (the site must work offline: no CDN). Saves a screenshot of each
 * page and of each diagram into `out/screenshots/`.
 *
 * Needs a Chromium binary: Debian's `chromium` package (`apt-get install -y chromium`) at
 * `/usr/bin/chromium`, or the path in `CHROMIUM_PATH`. Driven with `playwright-core`, which
 * never downloads a browser of its own.
 *
 * Run: npm run check:browser [-- --no-build]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SITE = join(ROOT, 'out', 'docs');
const SHOTS = join(ROOT, 'out', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

/** Every HTML file of the site with the number of Mermaid blocks typedoc wrote into it. */
function pagesWithDiagrams(dir: string): { path: string; blocks: number }[] {
  const out: { path: string; blocks: number }[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...pagesWithDiagrams(path));
    else if (name.endsWith('.html')) {
      const blocks = readFileSync(path, 'utf8').split('<code class="mermaid">').length - 1;
      if (blocks > 0) out.push({ path, blocks });
    }
  }
  return out;
}

/** A static file server for the site, on 127.0.0.1 and a free port. */
async function serve(root: string): Promise<{ server: Server; base: string }> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = normalize(join(root, decodeURIComponent(url.pathname)));
    const file = path.endsWith(sep) ? join(path, 'index.html') : path;
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, base: `http://127.0.0.1:${port}/` };
}

/** The little of the DOM the page checks read (the project's `lib` has no DOM types). */
interface PageElement {
  dataset: Record<string, string | undefined>;
  textContent: string | null;
  outerHTML: string;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): { width: number; height: number };
}

interface PageResult {
  page: string;
  expected: number;
  rendered: number;
  problems: string[];
}

/** Loads one page and checks its diagrams; saves the screenshots. */
async function checkPage(browser: Browser, base: string, file: string, expected: number): Promise<PageResult> {
  const rel = relative(SITE, file).split(sep).join('/');
  const problems: string[] = [];
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, colorScheme: 'light' });
  const page = await context.newPage();
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(base) || url.startsWith('data:')) return route.continue();
    problems.push(`request outside the site: ${url}`);
    return route.abort();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(base + rel);
  await page.waitForFunction(
    () => {
      const document = (globalThis as unknown as { document: { documentElement: PageElement } }).document;
      return ['rendered', 'error', 'none'].includes(document.documentElement.dataset.mermaid ?? '');
    },
    undefined,
    { timeout: 60_000 },
  );
  const report = await page.evaluate(() => {
    const document = (globalThis as unknown as { document: PageElement & { documentElement: PageElement } }).document;
    const figures = Array.from(document.querySelectorAll('.mermaid-diagram'));
    return {
      state: document.documentElement.dataset.mermaid ?? '',
      leftOver: document.querySelectorAll('pre > code.mermaid').length,
      figures: figures.map((figure) => {
        const svg = figure.querySelector('svg');
        const box = svg?.getBoundingClientRect();
        return {
          state: figure.dataset.mermaid ?? '',
          text: figure.dataset.mermaid === 'error' ? (figure.textContent ?? '') : '',
          svg: svg !== null,
          width: box?.width ?? 0,
          height: box?.height ?? 0,
          errorGraphic: svg?.getAttribute('aria-roledescription') === 'error' || figure.querySelector('.error-icon') !== null,
        };
      }),
    };
  });
  let rendered = 0;
  report.figures.forEach((figure, index) => {
    if (figure.state !== 'rendered') problems.push(`diagram ${index + 1}: ${figure.text || figure.state}`);
    else if (!figure.svg || figure.width < 50 || figure.height < 50) problems.push(`diagram ${index + 1}: empty SVG (${figure.width}x${figure.height})`);
    else if (figure.errorGraphic) problems.push(`diagram ${index + 1}: Mermaid drew its error graphic`);
    else rendered++;
  });
  if (report.leftOver > 0) problems.push(`${report.leftOver} Mermaid block(s) left as code`);
  if (report.state !== 'rendered') problems.push(`page state ${report.state}`);
  const name = rel.replace(/\.html$/, '').replace(/[^A-Za-z0-9_-]+/g, '_');
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  // Each diagram whole, at its natural size (on the page a wide one scrolls inside its card).
  const svgs = await page.evaluate(() => {
    const document = (globalThis as unknown as { document: PageElement }).document;
    return Array.from(document.querySelectorAll('.mermaid-diagram svg')).map((svg) => svg.outerHTML);
  });
  const sheet = await context.newPage();
  await sheet.setViewportSize({ width: 2400, height: 1200 });
  for (const [index, svg] of svgs.entries()) {
    await sheet.setContent(`<!DOCTYPE html><html><body style="margin:0;background:#fff">${svg}</body></html>`);
    await sheet.locator('svg').first().screenshot({ path: join(SHOTS, `${name}-diagram-${index + 1}.png`) });
  }
  await context.close();
  return { page: rel, expected, rendered, problems };
}

async function run(): Promise<number> {
  if (!process.argv.includes('--no-build')) {
    const built = spawnSync('npm', ['run', 'docs'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) return 1;
  }
  if (!existsSync(CHROMIUM)) {
    console.error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH`);
    return 1;
  }
  const pages = pagesWithDiagrams(SITE);
  if (pages.length === 0) {
    console.error(`no page with a Mermaid diagram under ${relative(ROOT, SITE)}: was the site built?`);
    return 1;
  }
  rmSync(SHOTS, { recursive: true, force: true });
  mkdirSync(SHOTS, { recursive: true });
  const { server, base } = await serve(SITE);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  let passed = 0;
  let failed = 0;
  try {
    for (const { path, blocks } of pages) {
      const result = await checkPage(browser, base, path, blocks);
      const ok = result.problems.length === 0 && result.rendered === result.expected;
      if (ok) passed += result.rendered;
      else failed += Math.max(1, result.expected - result.rendered);
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${result.page}: ${result.rendered}/${result.expected} diagram(s) rendered`);
      for (const problem of result.problems) console.log(`     ${problem}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`screenshots in ${relative(ROOT, SHOTS)}/`);
  console.log(`browser check: ${passed} diagram(s) rendered, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = await run();

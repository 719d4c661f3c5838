/**
 * Browser check of the documentation site: builds it (`npm run docs`, unless `--no-build`),
 * serves `out/docs` on a local port, opens every page holding a Mermaid diagram in headless
 * Chromium, and checks that each diagram rendered to an SVG without an error, with no request
 * leaving the local server (the site must work offline: no CDN). At 1280 px it also checks each
 * diagram can be read: its smallest label at least 11 px on screen, its drawing inside its box
 * and filling it, in the page and in the "Full size" view (which Escape closes). Saves a
 * screenshot of each page, of each diagram full size, and of each diagram alone into
 * `out/screenshots/`.
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
/** The window the site is checked in: a common laptop width, as a reader meets the docs. */
const VIEWPORT = { width: 1280, height: 900 };
/** The smallest label size, in screen pixels, a reader can be asked to read. */
const MIN_LABEL_PX = 11;
/** How far (px) a drawing may reach past its SVG box (anti-aliasing, stroke widths). */
const DRAWING_SLACK_PX = 2;
/** The page-side measurement of every diagram (`scripts/diagram-legibility.js`). */
const MEASURE = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'diagram-legibility.js'), 'utf8').replace(/^\/\/.*\n/gm, '').trim().replace(/;$/, '');

/** What `diagram-legibility.js` reports of one diagram. */
interface Legibility {
  width: number;
  height: number;
  scale: number;
  smallestLabelPx: number;
  drawing: { left: number; top: number; right: number; bottom: number };
}

/** The legibility problems of one diagram, as lines of the report. */
function legibilityProblems(index: number, m: Legibility, where: string): string[] {
  const out: string[] = [];
  const at = `diagram ${index + 1} (${where})`;
  if (m.smallestLabelPx < MIN_LABEL_PX) out.push(`${at}: smallest label ${m.smallestLabelPx.toFixed(1)} px on screen (scaled ${m.scale.toFixed(2)}), under ${MIN_LABEL_PX} px`);
  const d = m.drawing;
  if (d.left < -DRAWING_SLACK_PX || d.top < -DRAWING_SLACK_PX || d.right > m.width + DRAWING_SLACK_PX || d.bottom > m.height + DRAWING_SLACK_PX) {
    out.push(`${at}: the drawing reaches outside its box (${Math.round(d.left)},${Math.round(d.top)} to ${Math.round(d.right)},${Math.round(d.bottom)} in ${Math.round(m.width)}x${Math.round(m.height)})`);
  }
  if (d.bottom - d.top < 0.8 * m.height || d.right - d.left < 0.8 * m.width) out.push(`${at}: the drawing fills ${Math.round(d.right - d.left)}x${Math.round(d.bottom - d.top)} of a ${Math.round(m.width)}x${Math.round(m.height)} box (an empty band)`);
  return out;
}
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
  const context = await browser.newContext({ viewport: VIEWPORT, colorScheme: 'light' });
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
  // Legible where it stands in the page (the card scrolls sideways, never shrinks a diagram)...
  const inPage = (await page.evaluate(`(${MEASURE})()`)) as Legibility[];
  inPage.forEach((m, index) => problems.push(...legibilityProblems(index, m, 'in the page')));
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  // ... and over the whole window with "Full size", which Escape closes again.
  const buttons = page.locator('.mermaid-diagram-expand');
  for (let index = 0; index < (await buttons.count()); index++) {
    await buttons.nth(index).click();
    const full = await page.evaluate(`(() => { const f = document.querySelectorAll('.mermaid-diagram')[${index}]; const r = f.getBoundingClientRect(); return { expanded: f.classList.contains('mermaid-diagram--expanded'), width: r.width, height: r.height }; })()`) as { expanded: boolean; width: number; height: number };
    if (!full.expanded || full.width < 0.95 * VIEWPORT.width || full.height < 0.95 * VIEWPORT.height) problems.push(`diagram ${index + 1}: "Full size" shows it ${Math.round(full.width)}x${Math.round(full.height)}, not over the window`);
    const measured = ((await page.evaluate(`(${MEASURE})()`)) as Legibility[])[index];
    if (measured !== undefined) problems.push(...legibilityProblems(index, measured, 'full size'));
    await page.screenshot({ path: join(SHOTS, `${name}-diagram-${index + 1}-full-size.png`) });
    await page.keyboard.press('Escape');
    const closed = await page.evaluate(`document.querySelectorAll('.mermaid-diagram--expanded').length`);
    if (closed !== 0) problems.push(`diagram ${index + 1}: Escape did not close "Full size"`);
  }
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

/**
 * Writes the parts of `docs/` that come from code, so the guides cannot disagree with it:
 *
 * - `docs/lifecycles.md`, whole: every machine of `src/machines/` drawn with `lifecycleDiagram`
 *   and its transitions listed;
 * - in every other `docs/*.md`, each block between `<!-- BEGIN GENERATED: <kind> <name> -->`
 *   and `<!-- END GENERATED -->`, where kind is
 *   - `diagrams <example>`: the moments `examples/<example>.ts` returns, drawn with `toMermaid`,
 *   - `output <example>`: what the example prints,
 *   - `lifecycle <machine>`: `lifecycleDiagram` of one machine (`endpointConnection`...).
 *
 * `npm run docs` runs it before typedoc; `test/examples/docs.test.ts` fails when a checked-in
 * page differs from what this generates. Run: npx tsx scripts/docs-diagrams.ts [--check]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format } from 'node:util';
import { toMermaid, type World } from '../src/index.js';
import { lifecycleDiagram } from '../src/index.js';
import { lifecyclesPage, MACHINES } from './docs-lifecycles.js';
import { main as acceptance } from '../examples/acceptance.js';
import { main as crossZone } from '../examples/cross-zone-and-az-failure.js';
import { main as peeringAndVpn } from '../examples/peering-and-vpn.js';
import { main as portAllocation } from '../examples/port-allocation.js';
import { main as privateDns } from '../examples/private-dns.js';
import { main as providerAcceptance } from '../examples/provider-acceptance.js';
import { main as providerSide } from '../examples/provider-side.js';
import { main as proxyProtocol } from '../examples/proxy-protocol.js';
import { main as quotas } from '../examples/quotas.js';
import { main as singleAz } from '../examples/single-az.js';

/** The repository root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** An example's `main`: prints through `print`, returns the moments worth drawing. */
type ExampleMain = (print: (line: string) => void) => Record<string, World>;

/** Every example with a `main`, by file name. */
export const EXAMPLES: Readonly<Record<string, ExampleMain>> = {
  'single-az': singleAz,
  'cross-zone-and-az-failure': crossZone,
  acceptance,
  'private-dns': privateDns,
  'proxy-protocol': proxyProtocol,
  'port-allocation': portAllocation,
  'peering-and-vpn': peeringAndVpn,
  'provider-side': providerSide,
  'provider-acceptance': providerAcceptance,
  quotas,
};

/** What running an example gave: its printed lines and its moments. */
export interface ExampleRun {
  lines: string[];
  moments: Record<string, World>;
}

/** The quickstart's run: a plain script (no `main`) runs once per process, on first import. */
let quickstart: Promise<ExampleRun> | undefined;

async function runQuickstart(): Promise<ExampleRun> {
  const lines: string[] = [];
  const log = console.log;
  console.log = (...args: unknown[]) => lines.push(format(...args));
  try {
    await import('../examples/quickstart.js');
  } finally {
    console.log = log;
  }
  return { lines, moments: {} };
}

/** Runs an example, capturing what it prints (the quickstart with `console.log` captured). */
export async function runExample(name: string): Promise<ExampleRun> {
  const lines: string[] = [];
  const exampleMain = EXAMPLES[name];
  if (exampleMain !== undefined) return { lines, moments: exampleMain((line) => lines.push(line)) };
  if (name !== 'quickstart') throw new Error(`unknown example ${name}`);
  quickstart ??= runQuickstart();
  return quickstart;
}

const fence = (language: string, text: string) => `\`\`\`${language}\n${text.endsWith('\n') ? text : `${text}\n`}\`\`\``;

const BLOCK = /(<!-- BEGIN GENERATED: (\S+) (\S+) -->\n)[\s\S]*?(<!-- END GENERATED -->)/g;

/** The text of one generated block. */
async function blockText(kind: string, name: string, run: (name: string) => Promise<ExampleRun>): Promise<string> {
  if (kind === 'output') return fence('text', (await run(name)).lines.join('\n'));
  if (kind === 'diagrams') {
    const { moments } = await run(name);
    return Object.entries(moments)
      .map(([title, world]) => `**${title}**\n\n${fence('mermaid', toMermaid(world))}`)
      .join('\n\n');
  }
  if (kind === 'lifecycle') {
    const machine = MACHINES.find((m) => m.key === name);
    if (machine === undefined) throw new Error(`unknown machine ${name}`);
    return fence('mermaid', lifecycleDiagram(machine.machine, machine.options));
  }
  throw new Error(`unknown generated block kind ${kind}`);
}

/** Every generated file of `docs/` with the text it should have. */
export async function generatedDocs(): Promise<{ path: string; text: string }[]> {
  const runs = new Map<string, Promise<ExampleRun>>();
  const run = (name: string) => {
    let pending = runs.get(name);
    if (pending === undefined) {
      pending = runExample(name);
      runs.set(name, pending);
    }
    return pending;
  };
  const docs = join(ROOT, 'docs');
  const out = [{ path: join(docs, 'lifecycles.md'), text: lifecyclesPage() }];
  for (const file of readdirSync(docs).filter((f) => f.endsWith('.md') && f !== 'lifecycles.md').sort()) {
    const path = join(docs, file);
    const text = readFileSync(path, 'utf8');
    const blocks = [...text.matchAll(BLOCK)];
    if (blocks.length === 0) continue;
    let next = '';
    let at = 0;
    for (const m of blocks) {
      const [whole, open = '', kind = '', name = '', close = ''] = m;
      next += text.slice(at, m.index) + open + (await blockText(kind, name, run)) + '\n' + close;
      at = m.index + whole.length;
    }
    out.push({ path, text: next + text.slice(at) });
  }
  return out;
}

async function cli(check: boolean): Promise<void> {
  const stale: string[] = [];
  for (const { path, text } of await generatedDocs()) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      current = '';
    }
    if (current === text) continue;
    stale.push(path.slice(ROOT.length + 1));
    if (!check) writeFileSync(path, text);
  }
  if (check && stale.length > 0) {
    console.error(`out of date (run npm run docs:generate): ${stale.join(', ')}`);
    process.exitCode = 1;
  } else {
    console.log(stale.length === 0 ? 'docs: generated parts up to date' : `docs: wrote ${stale.join(', ')}`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await cli(process.argv.includes('--check'));
}

/**
 * Checks the packed package's command: `npm pack`, install the tarball in a scratch
 * directory, start `npx privatelink-model serve --port 0`, ask it one EC2 question, stop it.
 * Run after `npm run build` (CI does, in `.ci/run`).
 *
 *   npm run check:bin
 */
import { type ChildProcessByStdio, execFileSync, spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const scratch = mkdtempSync(join(tmpdir(), 'privatelink-model-bin-'));
let server: ChildProcessByStdio<null, Readable, null> | undefined;
try {
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], { encoding: 'utf8' })) as { filename: string }[];
  const tarball = join(scratch, packed[0]?.filename ?? '');
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'bin-check', private: true }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', tarball], { cwd: scratch, stdio: 'inherit' });
  // Its own process group: npx runs the command in a grandchild, which a signal to npx
  // alone would leave serving (and holding our pipe open, so this script would never end).
  const child = (server = spawn('npx', ['--no-install', 'privatelink-model', 'serve', '--port', '0'], { cwd: scratch, stdio: ['ignore', 'pipe', 'inherit'], detached: true }));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no URL printed in 60 s: ${out}`)), 60_000).unref();
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /serving EC2 and ELBv2 at (http:\/\/\S+) /.exec(out)?.[1];
      if (found !== undefined) {
        clearTimeout(timer);
        resolve(found);
      }
    });
    child.once('exit', (code) => reject(new Error(`exited ${String(code)}: ${out}`)));
  });
  const response = await fetch(`${url}/?Action=DescribeAvailabilityZones&Version=2016-11-15`);
  const body = await response.text();
  if (response.status !== 200 || !body.includes('<availabilityZoneInfo>')) throw new Error(`unexpected answer ${response.status}: ${body.slice(0, 300)}`);
  console.log(`bin: npx privatelink-model serve answered from the packed tarball at ${url}`);
} finally {
  if (server !== undefined) await stop(server);
  rmSync(scratch, { recursive: true, force: true });
}

/** Stops the server and npx above it (SIGTERM, then SIGKILL after 10 s) and lets go of its pipe. */
async function stop(child: ChildProcessByStdio<null, Readable, null>): Promise<void> {
  const exited = child.exitCode !== null || child.signalCode !== null ? Promise.resolve(true) : new Promise<boolean>((resolve) => child.once('exit', () => resolve(true)));
  stopGroup(child.pid, 'SIGTERM');
  const stopped = await Promise.race([exited, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000).unref())]);
  if (!stopped) stopGroup(child.pid, 'SIGKILL');
  child.stdout.destroy();
}

/** Signals every process of the group `pid` leads; a group already gone is not an error. */
function stopGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // the group has exited
  }
}

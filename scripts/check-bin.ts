/**
 * Checks the packed package's command: `npm pack`, install the tarball in a scratch
 * directory, start `npx privatelink-model serve --port 0`, ask it one EC2 question, stop it.
 * Run after `npm run build` (CI does, in `.ci/run`).
 *
 *   npm run check:bin
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const scratch = mkdtempSync(join(tmpdir(), 'privatelink-model-bin-'));
try {
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], { encoding: 'utf8' })) as { filename: string }[];
  const tarball = join(scratch, packed[0]?.filename ?? '');
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'bin-check', private: true }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', tarball], { cwd: scratch, stdio: 'inherit' });
  const child = spawn('npx', ['--no-install', 'privatelink-model', 'serve', '--port', '0'], { cwd: scratch, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no URL printed in 60 s: ${out}`)), 60_000);
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
  child.kill('SIGTERM');
  if (response.status !== 200 || !body.includes('<availabilityZoneInfo>')) throw new Error(`unexpected answer ${response.status}: ${body.slice(0, 300)}`);
  console.log(`bin: npx privatelink-model serve answered from the packed tarball at ${url}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

/**
 * The `privatelink-model` command, run as a child process from the sources (CI also runs the
 * packed tarball's bin: `.ci/run`): it serves until SIGTERM, restores a snapshot file, and
 * refuses bad options with a message and exit code 1.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCloud } from '../../src/index.js';

const CLI = ['--import', 'tsx', 'src/server/cli.ts'];

/** Starts `privatelink-model serve args`, resolves with its URL and a way to stop it (its exit code). */
function start(args: string[]): Promise<{ url: string; stop: () => Promise<number | null> }> {
  const child = spawn(process.execPath, [...CLI, 'serve', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /serving EC2 and ELBv2 at (http:\/\/\S+) /.exec(out)?.[1];
      if (url !== undefined) resolve({ url, stop: () => (child.kill('SIGTERM'), exited) });
    });
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    void exited.then((code) => reject(new Error(`exited ${String(code)}: ${out}`)));
  });
}

describe('privatelink-model serve', () => {
  it('serves a snapshot restored from a file until SIGTERM, then exits 0', async () => {
    const cloud = createCloud({ seed: 'cli' });
    const vpcId = cloud.ec2({ accountId: '111111111111', region: 'us-east-1' }).createVpc({ CidrBlock: '10.0.0.0/16' }).Vpc.VpcId;
    const file = join(mkdtempSync(join(tmpdir(), 'plm-cli-')), 'world.json');
    writeFileSync(file, JSON.stringify(cloud.snapshot()));
    const server = await start(['--port', '0', '--snapshot', file, '--timing', 'realistic', '--default-account-id', '111111111111']);
    try {
      const response = await fetch(`${server.url}/?Action=DescribeVpcs&Version=2016-11-15`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain(`<vpcId>${vpcId}</vpcId>`);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });

  it('refuses bad options and unknown commands with a message and exit code 1', () => {
    for (const args of [['serve', '--port', 'http'], ['serve', '--timing', 'slow'], ['serve', '--bogus'], ['launch'], ['serve', '--snapshot', '/nonexistent/world.json'], ['serve', '--port', '0', '--default-account-id', '42']]) {
      const result = spawnSync(process.execPath, [...CLI, ...args], { encoding: 'utf8', timeout: 60_000 });
      expect(result.status, args.join(' ')).toBe(1);
      expect(result.stderr).toMatch(/^privatelink-model: /);
    }
  });

  it('prints its help and version', () => {
    expect(spawnSync(process.execPath, [...CLI, 'serve', '--help'], { encoding: 'utf8' }).stdout).toContain('Usage: privatelink-model serve');
    expect(spawnSync(process.execPath, [...CLI, '--version'], { encoding: 'utf8' }).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

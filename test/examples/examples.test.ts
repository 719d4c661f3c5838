/**
 * Every example runs and prints what its guide says it prints. Each example exports
 * `main(print)`, called here in-process (fast); two are also run as a user would, with
 * `npx tsx`, to prove the files run on their own (the quickstart has no `main`).
 */
import { decode as balenaDecode } from '@balena/proxy-protocol-parser';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { toMermaid, type World } from '../../src/index.js';
import { decodeProxyProtocolV2 } from '../../examples/proxy-protocol.js';
import { EXAMPLES, ROOT } from '../../scripts/docs-diagrams.js';
import { CONSUMER } from '../fixtures/topology.js';
import { buildDataPath } from '../data-plane/fixtures.js';

/** Runs an example's `main`, returning its lines and moments. */
function run(name: string): { lines: string[]; moments: Record<string, World> } {
  const main = EXAMPLES[name];
  if (main === undefined) throw new Error(`no example ${name}`);
  const lines: string[] = [];
  const moments = main((line) => lines.push(line));
  return { lines, moments };
}

/** The one line matching `pattern` (fails when there is none or several). */
function lineMatching(lines: readonly string[], pattern: RegExp): RegExpMatchArray {
  const found = lines.map((l) => l.match(pattern)).filter((m) => m !== null);
  expect(found, `exactly one line should match ${pattern}:\n${lines.join('\n')}`).toHaveLength(1);
  return found[0] as RegExpMatchArray;
}

describe('examples', () => {
  it('single-az: finds the shared AZ by id, connects, and the target sees the NLB node', () => {
    const { lines, moments } = run('single-az');
    lineMatching(lines, /^the service is offered in my us-east-1c \(use1-az4\): the provider calls the same place us-east-1a$/);
    lineMatching(lines, /^a subnet in my us-east-1a is refused: InvalidParameter: The VPC endpoint service com\.amazonaws\.vpce\.us-east-1\.vpce-svc-[0-9a-f]{17} does not support the availability zone of the subnet: subnet-[0-9a-f]{17}\.$/);
    lineMatching(lines, /^endpoint vpce-[0-9a-f]{17} is available$/);
    const node = lineMatching(lines, /^ {2}2\. NLB node (\S+) in use1-az4/)[1];
    lineMatching(lines, /^ {2}3\. target 10\.0\.1\.10:8080 in use1-az4$/);
    expect(lineMatching(lines, /^the target sees the connection coming from (\S+) \(the NLB node\), not from 10\.1\.1\.50$/)[1]).toBe(node);
    expect(Object.keys(moments)).toHaveLength(1);
  });

  it('cross-zone-and-az-failure: same-zone only when off, across when on, and an AZ failure', () => {
    const { lines, moments } = run('cross-zone-and-az-failure');
    const section = (n: number) => {
      const end = lines.findIndex((l) => l.startsWith(`== ${n + 1}.`));
      return lines.slice(lines.findIndex((l) => l.startsWith(`== ${n}.`)), end < 0 ? undefined : end);
    };
    const first = section(1).filter((l) => / x interface in /.test(l));
    expect(first.length).toBe(2);
    for (const l of first) expect(l).toMatch(/interface in (use1-az\d) -> target \S+ in \1$/);
    lineMatching(lines, /^zonal name of use1-az1 \(consumer's us-east-1b\): NoHealthyTarget: /);
    expect(section(2)).toContain('  20 x interface in use1-az2 -> target 10.0.2.10 in use1-az2');
    expect(section(4)).toContain('  20 x interface in use1-az2 -> target 10.0.2.10 in use1-az2');
    lineMatching(lines, /^zonal name of use1-az1: interface in use1-az1 -> target 10\.0\.2\.10 in use1-az2 \(cross-zone\)$/);
    lineMatching(lines, /^data transfer so far: 5000 bytes cross-zone \(charged as regional\), 0 same-zone$/);
    lineMatching(lines, /^zonal name of use1-az1: NotReachable: /);
    const [before, after] = [/^open connections before: (\d+): /, /^open connections after: +(\d+): /].map((p) => Number(lineMatching(lines, p)[1]));
    expect(after).toBeLessThan(before ?? 0);
    // What is left is what the failed AZ carried no part of.
    const left = lines.find((l) => l.startsWith('open connections after:')) ?? '';
    expect(left).toMatch(/use1-az2 -> use1-az2/);
    expect(left.slice(left.indexOf('('))).not.toMatch(/use1-az1/);
    const [off, on, failed] = Object.values(moments).map((w) => toMermaid(w));
    expect(off).not.toContain('"cross-zone"');
    expect(on).toContain('"cross-zone"');
    expect(failed).toContain('use1-az1 · provider us-east-1a · consumer us-east-1b · FAILED');
  });

  it('acceptance: automatic for the trusted few, case by case for everyone, invisible to the rest', () => {
    const { lines } = run('acceptance');
    expect(lines.filter((l) => /-> status: vpce-[0-9a-f]{17} available$/.test(l))).toHaveLength(2);
    lineMatching(lines, /^333333333333 user\/intern +-> status: InvalidServiceName \(The Vpc Endpoint Service '.*' does not exist\)$/);
    expect(lines.filter((l) => /-> orders: vpce-[0-9a-f]{17} pendingAcceptance$/.test(l))).toHaveLength(2);
    lineMatching(lines, /^vpce-[0-9a-f]{17} from 444444444444 to orders: rejected$/);
    lineMatching(lines, /^vpce-[0-9a-f]{17} from 222222222222 to orders: available$/);
    lineMatching(lines, /^vpce-[0-9a-f]{17} from 333333333333 to status: available$/);
  });

  it('private-dns: fails without the TXT record, verifies with it, resolves inside the VPC only', () => {
    const { lines } = run('private-dns');
    lineMatching(lines, /^publish: _[0-9a-z]+\.orders\.example\.com TXT "vpce:[0-9a-z]+"$/);
    expect(lines.filter((l) => l.startsWith('5 minutes later: '))).toEqual(['5 minutes later: failed', '5 minutes later: verified']);
    lineMatching(lines, /^the consumer sees: PrivateDnsName orders\.example\.com, verified$/);
    lineMatching(lines, /^without DNS hostnames in the VPC: InvalidParameter: /);
    lineMatching(lines, /^ {2}DNS entry orders\.example\.com$/);
    lineMatching(lines, /^connect orders\.example\.com:443 -> endpoint interface \S+ -> target 10\.0\.1\.10:8443$/);
    lineMatching(lines, /^from another VPC of the consumer: NameNotResolved: /);
  });

  it('proxy-protocol: prints the header in hex and decodes its fields', () => {
    const { lines } = run('proxy-protocol');
    lineMatching(lines, /^ {2}0000 {2}0d 0a 0d 0a 00 0d 0a 51 55 49 54 0a 21 11 00 26$/);
    lineMatching(lines, /^ {2}version\/command {2}0x21 {2}version 2, PROXY$/);
    lineMatching(lines, /^ {2}family\/protocol {2}0x11 {2}IPv4, STREAM \(TCP\)$/);
    lineMatching(lines, /^ {2}source address {3}10\.1\.1\.77 {2}\(the consumer\)$/);
    lineMatching(lines, /^ {2}source port {6}50001$/);
    lineMatching(lines, /^ {2}dest\. port {7}443$/);
    lineMatching(lines, /^ {2}TLV 0xea \(AWS\) {3}23 bytes: subtype 0x01 \(VPC endpoint id\) "vpce-[0-9a-f]{17}"$/);
  });

  it("proxy-protocol: the example's decoder agrees with an independent parser", () => {
    const t = buildDataPath({ proxyProtocol: true });
    const r = t.cloud.connect({ from: { accountId: CONSUMER, subnetId: t.consumer.subnetA, ip: '10.1.1.77', port: 50000 }, host: t.regionalName, port: 443 });
    if (!r.ok) throw new Error(r.message);
    const header = r.connection.proxyProtocolHeader ?? new Uint8Array();
    const theirs = balenaDecode(Buffer.from(header));
    if (theirs === null) throw new Error('the independent parser found no header');
    const ours = decodeProxyProtocolV2(header).join('\n');
    expect(ours).toContain(`source address   ${theirs.remoteAddress}`);
    expect(ours).toContain(`dest. address    ${theirs.localAddress}`);
    expect(ours).toContain(`source port      ${theirs.remotePort}`);
    expect(ours).toContain(`dest. port       ${theirs.localPort}`);
    expect(ours).toContain(`"${t.endpointId}"`);
  });

  it('port-allocation: 55,000 per target, the cooldown, and relief from more targets', () => {
    const { lines } = run('port-allocation');
    lineMatching(lines, /^55,000 connections open \(10\.0\.1\.10: 55,000\)$/);
    lineMatching(lines, /^connection 55,001: PortAllocationError: .*register more targets/);
    lineMatching(lines, /^closed 100; right away: PortAllocationError$/);
    lineMatching(lines, /^60 s later \(the cooldown\): 100 of 100 opened$/);
    const [, opened = '', failed = ''] = lineMatching(lines, /^next 30,000 connections: ([\d,]+) opened, ([\d,]+) failed$/);
    expect(Number(opened.replace(/,/g, ''))).toBeGreaterThan(10_000);
    expect(Number(failed.replace(/,/g, ''))).toBeGreaterThan(0);
    lineMatching(lines, /^open per target: 10\.0\.1\.10: 55,000, 10\.0\.1\.11: [\d,]+, 10\.0\.1\.12: [\d,]+, 10\.0\.1\.13: [\d,]+$/);
  });

  it('peering-and-vpn: a route and the security group, from a peered VPC, a VPN and Direct Connect', () => {
    const { lines, moments } = run('peering-and-vpn');
    lineMatching(lines, /^before peering: NotReachable: /);
    lineMatching(lines, /^peered \(pcx-[0-9a-f]{17}\), spoke not admitted yet: SecurityGroupDenied: /);
    lineMatching(lines, /^spoke admitted by the security group: connected via peering pcx-[0-9a-f]{17} -> target 10\.0\.1\.10:8080$/);
    lineMatching(lines, /^office, not admitted yet: SecurityGroupDenied: /);
    lineMatching(lines, /^office admitted: connected via site-to-site-vpn \(onprem-[0-9a-f]{17}\) -> target 10\.0\.1\.10:8080$/);
    lineMatching(lines, /^data centre: connected via direct-connect \(onprem-[0-9a-f]{17}\) -> target 10\.0\.1\.10:8080$/);
    const picture = toMermaid(Object.values(moments)[0] as World);
    expect(picture).toContain('"Site-to-Site VPN"');
    expect(picture).toContain('"Direct Connect"');
    expect(picture).toContain('peered VPC vpc-');
  });

  it("provider-side and provider-acceptance: the provider's view", () => {
    const side = run('provider-side').lines;
    lineMatching(side, /^ {2}cross-zone load balancing: false$/);
    lineMatching(side, /^ {2}target 10\.2\.1\.10:8080 in us-east-1a \(use1-az4\): healthy$/);
    const steps = run('provider-acceptance').lines;
    lineMatching(steps, /^ {3}\[event\] vpce-[0-9a-f]{17}: pendingAcceptance -> pending$/);
    lineMatching(steps, /^ {3}vpce-[0-9a-f]{17} is now available$/);
  });

  it("quotas: AWS's defaults refuse with AWS's codes, a cloud changes them, a snapshot keeps them", () => {
    const { lines, moments } = run('quotas');
    lineMatching(lines, /^the 6th: VpcLimitExceeded: The maximum number of VPCs has been reached\.$/);
    lineMatching(lines, /^world unchanged by the refusal: true$/);
    lineMatching(lines, /^after deleting one, the 6th: ok$/);
    lineMatching(lines, /^vpcsPerRegion 20: created 20 VPCs$/);
    lineMatching(lines, /^subnetsPerVpc 1, a second subnet: SubnetLimitExceeded: /);
    lineMatching(lines, /^stored in the snapshot as JSON: \{"vpcsPerRegion":20,"interfaceEndpointsPerVpc":null\}$/);
    lineMatching(lines, /^restored, the 21st VPC: VpcLimitExceeded: /);
    lineMatching(lines, /^second listener: TooManyListeners: /);
    lineMatching(lines, /^one more: TooManyTags: /);
    lineMatching(lines, /^a reserved key: ValidationError: Tag key 'aws:owner' cannot start with 'aws:'$/);
    expect(moments).toEqual({});
  });

  it('every example file runs itself when executed, and only then', () => {
    for (const name of Object.keys(EXAMPLES)) {
      const text = readFileSync(join(ROOT, 'examples', `${name}.ts`), 'utf8');
      expect(text, name).toContain(`Run: npx tsx examples/${name}.ts`);
      expect(text.trimEnd().split('\n').at(-1), name).toBe(
        "if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();",
      );
    }
  });

  it('runs with npx tsx as a user would (single-az and the quickstart)', async () => {
    const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
    const exec = promisify(execFile);
    const [single, quick] = await Promise.all([
      exec(tsx, ['examples/single-az.ts'], { cwd: ROOT }),
      exec(tsx, ['examples/quickstart.ts'], { cwd: ROOT }),
    ]);
    expect(single.stdout).toMatch(/^endpoint vpce-[0-9a-f]{17} is available$/m);
    expect(single.stdout).toMatch(/^the target sees the connection coming from \S+ \(the NLB node\), not from 10\.1\.1\.50$/m);
    expect(quick.stdout).toMatch(/^ {3}state: available$/m);
    expect(quick.stdout).toMatch(/^ {3}regional: vpce-[0-9a-f]{17}-[0-9a-z]{8}\.vpce-svc-[0-9a-f]{17}\.us-east-1\.vpce\.amazonaws\.com$/m);
    // It ends by saying where to go next, naming files that exist.
    const next = quick.stdout.slice(quick.stdout.indexOf('What next'));
    const named = [...next.matchAll(/^ {3}(?:npx tsx )?(\S+\.(?:ts|md))/gm)].map((m) => m[1] ?? '');
    expect(named.length).toBeGreaterThanOrEqual(4);
    for (const file of named) expect(existsSync(join(ROOT, file)), file).toBe(true);
  });
});

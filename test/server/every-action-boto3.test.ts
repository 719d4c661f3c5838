/**
 * Every modelled action through boto3 (botocore's own serialiser and XML parser, from its own
 * service models): each action's valid base request (`test/cloud/hostile-bases.ts`) on a
 * fresh copy of the hostile world, answered as `attachClient` answers it on a twin cloud
 * (outputs compared as JSON, timestamps as ISO-8601; errors by code and HTTP status).
 * Skipped, saying so, where no python3 imports boto3 (CI installs Debian's python3-boto3).
 */
import { spawn, execFileSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import * as ec2Sdk from '@aws-sdk/client-ec2';
import * as elbv2Sdk from '@aws-sdk/client-elastic-load-balancing-v2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachClient } from '../../src/aws-sdk/index.js';
import { createCloud, type World } from '../../src/index.js';
import { serve, type ModelServer } from '../../src/server/index.js';
import { ACTIONS, BASES } from '../cloud/hostile-requests.js';
import { hostileWorld } from '../cloud/hostile-world.js';

const python = ['python3', '/usr/bin/python3'].find((candidate) => {
  try {
    execFileSync(candidate, ['-c', 'import boto3'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});

/** Reads one JSON request a line, answers one JSON outcome a line. */
const BRIDGE = String.raw`
import datetime, json, sys
import boto3
from botocore.exceptions import ClientError

def plain(value):
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (value.microsecond // 1000)
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value

for line in sys.stdin:
    req = json.loads(line)
    client = boto3.client(req['service'], endpoint_url=req['url'], region_name=req['region'],
                          aws_access_key_id=req['account'], aws_secret_access_key='x')
    try:
        method = {api: py for py, api in client.meta.method_to_api_mapping.items()}[req['action']]
        out = getattr(client, method)(**req['input'])
        out.pop('ResponseMetadata', None)
        print(json.dumps({'output': plain(out)}), flush=True)
    except ClientError as e:
        print(json.dumps({'error': {'code': e.response['Error']['Code'], 'status': e.response['ResponseMetadata']['HTTPStatusCode']}}), flush=True)
    except Exception as e:
        print(json.dumps({'crash': repr(e)}), flush=True)
`;

type Sendable = { send(command: unknown): Promise<unknown> };
type CommandClass = new (input: unknown) => unknown;

const world = hostileWorld();

/** JSON as boto3's would print: Dates as ISO strings, undefined members gone. */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

describe.skipIf(python === undefined)('every modelled action through boto3 answers as attachClient does', () => {
  let server: ModelServer;
  let ask: (request: object) => Promise<Record<string, unknown>>;
  let stop: () => void;

  beforeAll(async () => {
    server = await serve({ port: 0 });
    const child = spawn(python ?? 'python3', ['-u', '-c', BRIDGE], { stdio: ['pipe', 'pipe', 'inherit'] });
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    ask = async (request) => {
      child.stdin.write(`${JSON.stringify(request)}\n`);
      const next = await lines.next();
      if (next.done === true) throw new Error('the boto3 bridge exited');
      return JSON.parse(next.value) as Record<string, unknown>;
    };
    stop = () => child.stdin.end();
  });

  afterAll(async () => {
    stop();
    await server.close();
  });

  for (const [api, name] of ACTIONS.filter(([a, n]) => (BASES[`${a}:${n}`] ?? BASES[n]) !== undefined)) {
    it(`${api} ${name}`, async () => {
      const base = BASES[`${api}:${name}`] ?? BASES[name];
      const identity = world.identities[base?.sender ?? 0];
      if (base === undefined || identity === undefined) throw new Error('no base');
      server.host.cloud = createCloud({ from: JSON.parse(world.snapshot) as World });
      const twin = createCloud({ from: JSON.parse(world.snapshot) as World });
      const sdk = (api === 'ec2' ? ec2Sdk : elbv2Sdk) as unknown as Record<string, CommandClass>;
      const Command = sdk[`${name}Command`];
      const Client = (api === 'ec2' ? ec2Sdk.EC2Client : elbv2Sdk.ElasticLoadBalancingV2Client) as unknown as new (config: object) => Sendable;
      if (Command === undefined) throw new Error(`no ${name}Command`);
      const attached = attachClient(new Client({ region: identity.region }) as never, twin, { accountId: identity.accountId }) as Sendable;
      let expected: unknown;
      try {
        const { $metadata: _m, ...output } = (await attached.send(new Command(base.input))) as Record<string, unknown>;
        expected = { output: asJson(output) };
      } catch (error) {
        const e = error as Error & { Code?: string; $metadata?: { httpStatusCode?: number } };
        expected = { error: { code: e.Code ?? e.name, status: e.$metadata?.httpStatusCode } };
      }
      const viaBoto3 = await ask({ service: api, url: server.url, region: identity.region, account: identity.accountId, action: name, input: base.input });
      expect(viaBoto3).toEqual(expected);
      expect(JSON.stringify(server.host.cloud.snapshot())).toBe(JSON.stringify(twin.snapshot()));
    });
  }
});

describe.skipIf(python !== undefined)('every modelled action through boto3', () => {
  it('is skipped: no python3 here imports boto3 (CI installs Debian’s python3-boto3)', () => {
    expect(python).toBeUndefined();
  });
});

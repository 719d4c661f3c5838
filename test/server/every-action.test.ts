/**
 * Every modelled action over HTTP, through the JS SDK v3's own serialisers and XML parsers,
 * answers exactly what `attachClient` answers on a twin cloud: each action's valid base
 * request of the hostile-input test (`test/cloud/hostile-bases.ts`), on a fresh copy of that
 * world, sent as its sender's account; outputs compared field by field, errors by class,
 * name, message and HTTP status. One server serves them all, its `host.cloud` replaced
 * before each action (as a restore does).
 */
import * as ec2Sdk from '@aws-sdk/client-ec2';
import * as elbv2Sdk from '@aws-sdk/client-elastic-load-balancing-v2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachClient } from '../../src/aws-sdk/index.js';
import { createCloud, type World } from '../../src/index.js';
import { serve, type ModelServer } from '../../src/server/index.js';
import { ACTIONS, BASES } from '../cloud/hostile-requests.js';
import { hostileWorld } from '../cloud/hostile-world.js';

type Sendable = { send(command: unknown): Promise<unknown> };
type CommandClass = new (input: unknown) => unknown;

const world = hostileWorld();

/** What a call gives a caller: the output without `$metadata`, or the error's observable fields. */
async function outcome(promise: Promise<unknown>): Promise<unknown> {
  try {
    const { $metadata: _metadata, ...output } = (await promise) as Record<string, unknown>;
    return { output };
  } catch (error) {
    const e = error as Error & { $metadata?: { httpStatusCode?: number }; Code?: string };
    return { error: { class: e.constructor.name, name: e.name, message: e.message, code: e.Code, status: e.$metadata?.httpStatusCode } };
  }
}

describe('every modelled action over HTTP answers as attachClient does', () => {
  let server: ModelServer;
  beforeAll(async () => {
    server = await serve({ port: 0 });
  });
  afterAll(async () => {
    await server.close();
  });

  const covered = ACTIONS.filter(([api, name]) => (BASES[`${api}:${name}`] ?? BASES[name]) !== undefined);

  it('has a base request for nearly every action', () => {
    expect(covered.length).toBeGreaterThan(ACTIONS.length - 5);
  });

  for (const [api, name] of covered) {
    it(`${api} ${name}`, async () => {
      const base = BASES[`${api}:${name}`] ?? BASES[name];
      const identity = world.identities[base?.sender ?? 0];
      if (base === undefined || identity === undefined) throw new Error('no base');
      const sdk = (api === 'ec2' ? ec2Sdk : elbv2Sdk) as unknown as Record<string, CommandClass>;
      const Command = sdk[`${name}Command`];
      if (Command === undefined) throw new Error(`no ${name}Command`);
      const Client = (api === 'ec2' ? ec2Sdk.EC2Client : elbv2Sdk.ElasticLoadBalancingV2Client) as unknown as new (config: object) => Sendable;

      server.host.cloud = createCloud({ from: JSON.parse(world.snapshot) as World });
      const twin = createCloud({ from: JSON.parse(world.snapshot) as World });
      const overHttp = new Client({ endpoint: server.url, region: identity.region, credentials: { accessKeyId: identity.accountId, secretAccessKey: 'x' }, maxAttempts: 1 });
      const attached = attachClient(new Client({ region: identity.region }) as never, twin, { accountId: identity.accountId }) as Sendable;

      const viaHttp = await outcome(overHttp.send(new Command(base.input)));
      const viaAttach = await outcome(attached.send(new Command(base.input)));
      expect(viaHttp).toEqual(viaAttach);
      // The same change happened to both worlds.
      expect(JSON.stringify(server.host.cloud.snapshot())).toBe(JSON.stringify(twin.snapshot()));
    });
  }
});

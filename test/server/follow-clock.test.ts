/**
 * `serve({ followClock })` (`--timing realistic` passes `Date.now`): before each AWS call the
 * model's clock catches up with the followed clock (never back); without it only the control
 * API moves time.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createCloud } from '../../src/index.js';
import { serve, type ModelServer } from '../../src/server/index.js';

const describeAzs = (server: ModelServer) => fetch(`${server.url}/?Action=DescribeAvailabilityZones&Version=2016-11-15`);

describe('serve followClock', () => {
  let server: ModelServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('moves simulated time forward as the followed clock moves, before each call', async () => {
    let now = 1_000_000;
    server = await serve({ port: 0, cloud: createCloud({ timing: 'realistic' }), followClock: () => now });
    const start = server.host.cloud.clock.now();
    await describeAzs(server);
    expect(server.host.cloud.clock.now()).toBe(start);
    now += 90_000;
    await describeAzs(server);
    expect(server.host.cloud.clock.now()).toBe(start + 90_000);
  });

  it('leaves time alone without it', async () => {
    server = await serve({ port: 0, cloud: createCloud({ timing: 'realistic' }) });
    const start = server.host.cloud.clock.now();
    await describeAzs(server);
    expect(server.host.cloud.clock.now()).toBe(start);
  });

  it('refuses a followClock that is not a function and a default account that is not 12 digits', async () => {
    await expect(serve({ port: 0, followClock: 5 as never })).rejects.toMatchObject({ code: 'InvalidParameterValue' });
    await expect(serve({ port: 0, defaultAccountId: 'root' })).rejects.toMatchObject({ code: 'UnknownAccount' });
  });
});

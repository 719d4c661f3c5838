/**
 * The hostile-input property through `attachClient`: the same mutated requests, sent with
 * the real `@aws-sdk/client-ec2` and `@aws-sdk/client-elastic-load-balancing-v2` clients
 * (their `XxxCommand` classes, looked up by action name). A call resolves, or rejects with
 * the client package's own exception: an instance of its service exception, of the modeled
 * class where the SDK models the code (ELBv2's `LoadBalancerNotFoundException`...), named
 * by the AWS code otherwise; the world unchanged after a failure.
 */
import * as ec2Sdk from '@aws-sdk/client-ec2';
import * as elbv2Sdk from '@aws-sdk/client-elastic-load-balancing-v2';
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { attachClient } from '../../src/aws-sdk/index.js';
import { exceptionClassFor, type SdkExports } from '../../src/aws-sdk/exceptions.js';
import { prototypeChange, prototypeFingerprint, declaredErrorCodes } from '../cloud/hostile-oracle.js';
import { ACTIONS, requestFor } from '../cloud/hostile-requests.js';
import { freshCloud } from '../cloud/hostile-world.js';
import { isolatedEc2Client, isolatedElbv2Client } from './support.js';

const SEED = Number(process.env['HOSTILE_SEED'] ?? 20_260_501);
const RUNS = Math.ceil(Number(process.env['HOSTILE_RUNS'] ?? 1000) / 4);
const CODES = declaredErrorCodes();

const SDKS = {
  ec2: { exports: ec2Sdk as unknown as SdkExports, base: ec2Sdk.EC2ServiceException, baseName: 'EC2ServiceException' },
  elbv2: {
    exports: elbv2Sdk as unknown as SdkExports,
    base: elbv2Sdk.ElasticLoadBalancingV2ServiceException,
    baseName: 'ElasticLoadBalancingV2ServiceException',
  },
} as const;

type Command = new (input: unknown) => object;
type Sender = { send(command: object): Promise<unknown> };

/** Whether `value` holds an array longer than `limit` (holes counted), however deep. */
function holdsLongArray(value: unknown, limit: number, depth = 0): boolean {
  if (typeof value !== 'object' || value === null || depth > 8) return false;
  if (Array.isArray(value) && value.length > limit) return true;
  return Object.values(value).some((child) => holdsLongArray(child, limit, depth + 1));
}

/**
 * Requests as in the facade test, without arrays longer than a million slots: the SDK's
 * own logger middleware walks the input before the model sees it (`new Array(2 ** 32 - 1)`
 * takes it minutes), as it would before sending to AWS. The facade test keeps them.
 */
const sdkCall = fc
  .constantFrom(...ACTIONS)
  .chain(([api, name]) => requestFor(name, false, api).map(([who, input]) => ({ api, name, who: who as { accountId: string; principalArn?: string }, input })))
  .filter(({ input }) => !holdsLongArray(input, 1_000_000));

describe('hostile input through attachClient', () => {
  test.prop([sdkCall], { seed: SEED, numRuns: RUNS })(
    'resolves, or rejects with the SDK exception of a declared code; a failure changes nothing',
    async ({ api, name, who, input }) => {
      const { cloud } = freshCloud();
      const options = who.principalArn === undefined ? { accountId: who.accountId } : { accountId: who.accountId, principalArn: who.principalArn };
      const client = (api === 'ec2' ? attachClient(isolatedEc2Client(), cloud, options) : attachClient(isolatedElbv2Client(), cloud, options)) as unknown as Sender;
      const sdk = SDKS[api];
      const CommandClass = sdk.exports[`${name}Command`] as Command | undefined;
      expect(CommandClass, `${name}Command exists in the SDK`).toBeTypeOf('function');
      if (CommandClass === undefined) return;
      const before = cloud.world;
      const json = JSON.stringify(before);
      const prototypes = prototypeFingerprint();
      let error: unknown;
      try {
        await client.send(new CommandClass(input));
      } catch (e) {
        error = e;
      }
      expect(prototypeChange(prototypes, prototypeFingerprint()), name).toBeUndefined();
      if (error === undefined) return;
      expect(error, `${name} rejected with ${String(error)}`).toBeInstanceOf(sdk.base);
      const { Code, name: errorName, $metadata } = error as { Code: string; name: string; $metadata: { httpStatusCode: number } };
      expect(CODES.has(Code), `${name}: undeclared code ${Code}`).toBe(true);
      const modeled = exceptionClassFor(sdk.exports, sdk.baseName, Code);
      if (modeled !== undefined) expect(error, `${name}: ${Code} as its modeled class`).toBeInstanceOf(modeled);
      else expect(errorName, `${name}: the error is named by its code`).toBe(Code);
      expect([400, 403, 412]).toContain($metadata.httpStatusCode);
      expect(cloud.world, `${name} failed with ${Code} but changed the world`).toBe(before);
      expect(JSON.stringify(cloud.world)).toBe(json);
    },
    // Generous (about 20 ms a run on a quiet machine), so a loaded CI machine does not time out.
    RUNS * 250,
  );
});

/**
 * `attachClient`: serve an AWS SDK v3 EC2 or ELBv2 client from a modelled cloud. One
 * middleware, added to the client's `initialize` step, answers every command from the
 * model, before serialization, credential resolution, signing and HTTP; `detachClient`
 * removes it.
 *
 * @module
 */
import type { Cloud } from '../cloud.js';
import type { Api } from '../core/action.js';
import { errors, isCloudError } from '../core/errors.js';
import { toCaller, type Identity } from '../core/identity.js';
import { methodName } from '../facade/facade.js';
import { VERSION } from '../version.js';
import { reviveDates } from './dates.js';
import { toServiceException } from './exceptions.js';
import { responseMetadata } from './metadata.js';
import { actionOfContext, apiOfClient, operationSchemaOfContext } from './route.js';

/**
 * The name of the middleware `attachClient` adds (and `detachClient` removes).
 *
 * @example
 * client.middlewareStack.identify(); // [..., 'privatelinkModelMiddleware - initialize', ...]
 */
export const MODEL_MIDDLEWARE_NAME = 'privatelinkModelMiddleware';

/**
 * Who the attached client calls as.
 *
 * @example
 * const options: AttachOptions = { accountId: '222222222222', principalArn: 'arn:aws:iam::222222222222:role/ci' };
 */
export interface AttachOptions {
  /** 12-digit AWS account id of the caller. */
  accountId: string;
  /**
   * IAM principal ARN of the caller, in that account.
   * @defaultValue `arn:aws:iam::<accountId>:root`
   */
  principalArn?: string;
  /**
   * A clock the model's simulated time follows, in milliseconds: before each call, the
   * model's clock moves forward by as much as this one has moved since `attachClient` (it
   * never moves back, and a clock already ahead, say advanced by hand, stays where it is).
   * SDK waiters and pollers sleep with `setTimeout` and measure with `Date.now()`; with fake
   * timers (`vi.useFakeTimers()` in vitest) and `followClock: () => Date.now()`, advancing
   * the fake timers advances the model, so a waiter under `timing: 'realistic'` finishes at
   * once instead of sleeping for real.
   * @defaultValue none: only `cloud.clock.advance` moves simulated time
   */
  followClock?: () => number;
}

/**
 * Returns a function that moves `cloud`'s clock to where `source` says it should be,
 * relative to where both stood when the follower was made (never back). Used by
 * `attachClient`'s `followClock` and the server's.
 *
 * @example
 * const catchUp = clockFollower(cloud, () => Date.now());
 * catchUp(); // the model's clock has moved as far as the wall clock since
 */
export function clockFollower(cloud: Cloud, source: () => number): () => void {
  const modelStart = cloud.clock.now();
  const sourceStart = readClock(source);
  return () => {
    const due = modelStart + (readClock(source) - sourceStart);
    const behind = due - cloud.clock.now();
    if (behind > 0) cloud.clock.advance(behind);
  };
}

/** A reading of the caller's clock, checked: a clock that is not a number would stop time silently. */
function readClock(source: () => number): number {
  const now = source();
  if (typeof now !== 'number' || !Number.isFinite(now)) throw errors.invalidParameterValue('followClock', now, 'Expected a function returning milliseconds.');
  return now;
}

/**
 * What `attachClient` needs of a client: its middleware stack and its resolved config.
 * Every `EC2Client`, `EC2`, `ElasticLoadBalancingV2Client` and `ElasticLoadBalancingV2`
 * has this shape; the type is structural so this entry's types never import the SDK.
 * (`middleware` is `unknown` here because the SDK types it generically over each client's
 * own input and output unions.)
 *
 * @example
 * const client: AttachableClient = new EC2Client({ region: 'us-east-1' });
 */
export interface AttachableClient {
  readonly config: { readonly region: () => Promise<string>; readonly serviceId?: string };
  readonly middlewareStack: {
    add(
      middleware: unknown,
      options: { step: 'initialize'; name: string; priority: 'low'; tags: string[]; override: true },
    ): void;
    remove(toRemove: string): boolean;
  };
}

const API_LABELS: Readonly<Record<Api, string>> = { ec2: 'EC2', elbv2: 'ELBv2' };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Runs one call on the model, or throws `UnsupportedOperation` for an action it does not model. */
function serve(cloud: Cloud, api: Api, action: string | undefined, identity: Identity, input: unknown): unknown {
  const facade = api === 'ec2' ? cloud.ec2(identity) : cloud.elbv2(identity);
  if (action === undefined || !Object.hasOwn(facade, methodName(action))) {
    throw errors.unsupportedOperation(
      action ?? 'of this command',
      `version ${VERSION} does not model this ${API_LABELS[api]} action`,
    );
  }
  return cloud.dispatch(api, action, identity, input);
}

/**
 * Serves `client` from `cloud` as the account (and principal) in `options`, in the client's
 * configured region, and returns the same client. Outputs carry `$metadata`; model errors
 * become the client package's own exceptions. Attaching again replaces the previous
 * attachment.
 *
 * @throws CloudError (`UnknownAccount`, `InvalidParameterValue`) at once when `options` is
 * not a valid identity or the client is neither an EC2 nor an ELBv2 client.
 *
 * @example
 * const ec2 = attachClient(new EC2Client({ region: 'us-east-1' }), cloud, { accountId: '222222222222' });
 * const { AvailabilityZones } = await ec2.send(new DescribeAvailabilityZonesCommand({}));
 */
export function attachClient<Client extends AttachableClient>(client: Client, cloud: Cloud, options: AttachOptions): Client {
  const api = apiOfClient(client);
  if (api === undefined) {
    throw errors.invalidParameterValue(
      'client',
      client.config.serviceId,
      'Expected an EC2 client (@aws-sdk/client-ec2) or an ELBv2 client (@aws-sdk/client-elastic-load-balancing-v2).',
    );
  }
  // Checks the account and principal now; the region is the client's, read on each call.
  const { accountId, principalArn } = toCaller({ ...options, region: 'us-east-1' });
  const { followClock } = options;
  if (followClock !== undefined && typeof followClock !== 'function') {
    throw errors.invalidParameterValue('followClock', followClock, 'Expected a function returning milliseconds.');
  }
  const catchUp = followClock === undefined ? undefined : clockFollower(cloud, followClock);

  const middleware = (_next: unknown, context: unknown) => async (args: unknown) => {
    const identity: Identity = { accountId, region: await client.config.region(), principalArn };
    const input = isRecord(args) ? args['input'] : undefined;
    let output: unknown;
    try {
      catchUp?.();
      output = serve(cloud, api, actionOfContext(context), identity, input);
    } catch (error) {
      if (!isCloudError(error)) throw error;
      throw await toServiceException(api, error, responseMetadata(cloud, error.httpStatusCode));
    }
    const revived = reviveDates(operationSchemaOfContext(context), output);
    const $metadata = responseMetadata(cloud, 200);
    return {
      output: { ...(isRecord(revived) ? revived : {}), $metadata },
      response: { statusCode: 200, headers: { 'x-amzn-requestid': $metadata.requestId } },
    };
  };
  client.middlewareStack.add(middleware, {
    step: 'initialize',
    name: MODEL_MIDDLEWARE_NAME,
    // After the SDK's logger and any middleware of the user's own: they see the model's answers.
    priority: 'low',
    tags: ['PRIVATELINK_MODEL'],
    override: true,
  });
  return client;
}

/**
 * Stops serving `client` from the model: its next command goes to AWS again (with the
 * credentials and network that needs). Returns whether the client was attached.
 *
 * @example
 * const ec2 = attachClient(new EC2Client({ region: 'us-east-1' }), cloud, { accountId: '222222222222' });
 * detachClient(ec2); // true
 */
export function detachClient(client: AttachableClient): boolean {
  return client.middlewareStack.remove(MODEL_MIDDLEWARE_NAME);
}

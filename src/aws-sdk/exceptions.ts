/**
 * A model `CloudError` as the SDK's own deserializer would have raised it from AWS's error
 * response: an instance of the client package's exception classes, with the same fields.
 *
 * - EC2 models no exception classes: `EC2ServiceException` with `name` = the AWS code
 *   (`InvalidVpcID.NotFound`), `Code`, `Error: { Type, Code, Message }`.
 * - ELBv2 models most of its codes: the class whose `awsQueryError` code is the AWS code,
 *   e.g. `LoadBalancerNotFoundException` for `LoadBalancerNotFound`. As with the real SDK,
 *   its `name` is the class name and `Code` the wire code, so the SDK's own waiters
 *   (`name === 'LoadBalancerNotFoundException'`) work. Codes without a class (e.g.
 *   `ValidationError`) are `ElasticLoadBalancingV2ServiceException` with `name` = the code.
 *
 * The SDK packages are optional peers: each is imported on first need, so an EC2-only user
 * never loads the ELBv2 package. Without it, a plain `Error` with the same fields is thrown.
 *
 * @module
 */
import type { Api } from '../core/action.js';
import type { CloudError } from '../core/errors.js';
import type { ModelResponseMetadata } from './metadata.js';

/** What the SDK's exception constructors accept (`ServiceException` options). */
interface ExceptionOptions {
  name?: string;
  $fault: 'client' | 'server';
  $metadata: ModelResponseMetadata;
  message: string;
}

/**
 * An SDK exception class (`EC2ServiceException`, `LoadBalancerNotFoundException`...).
 *
 * @example
 * const Class: ExceptionClass | undefined = exceptionClassFor(elbv2, 'ElasticLoadBalancingV2ServiceException', 'TargetGroupNotFound');
 */
export type ExceptionClass = new (options: ExceptionOptions) => Error;

/**
 * A client package's exports, looked up by name.
 *
 * @example
 * const sdk: SdkExports = await import('@aws-sdk/client-elastic-load-balancing-v2');
 */
export type SdkExports = Readonly<Record<string, unknown>>;

const PACKAGES = {
  ec2: { base: 'EC2ServiceException', load: () => import('@aws-sdk/client-ec2') },
  elbv2: {
    base: 'ElasticLoadBalancingV2ServiceException',
    load: () => import('@aws-sdk/client-elastic-load-balancing-v2'),
  },
} as const;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** True when `value` is a class (a constructor function). */
const isClass = (value: unknown): value is ExceptionClass => typeof value === 'function';

/** True when `value` is `base` or a class extending it. */
function isClassOf(value: unknown, base: unknown): value is ExceptionClass {
  return isClass(value) && isClass(base) && (value === base || Object.prototype.isPrototypeOf.call(base, value));
}

const loaded = new Map<Api, Promise<SdkExports | undefined>>();

/** The client package of `api`, imported once; `undefined` when it is not installed. */
function loadSdk(api: Api): Promise<SdkExports | undefined> {
  let pending = loaded.get(api);
  if (pending === undefined) {
    pending = PACKAGES[api].load().then(
      (namespace): SdkExports => {
        // A CommonJS package imported from ESM may expose its exports on `default` only.
        const exported: SdkExports = namespace;
        const fallback = exported['default'];
        return isRecord(fallback) ? { ...fallback, ...exported } : exported;
      },
      () => undefined,
    );
    loaded.set(api, pending);
  }
  return pending;
}

/**
 * The modeled exception class of `sdk` for the AWS error `code`: the class whose schema
 * (`XxxException$`) carries `awsQueryError: [code, status]`, else the class `<code>Exception`
 * (older SDKs without schemas), else `undefined`.
 *
 * @example
 * exceptionClassFor(await import('@aws-sdk/client-elastic-load-balancing-v2'), 'ALPNPolicyNotFound');
 * // ALPNPolicyNotSupportedException
 */
export function exceptionClassFor(sdk: SdkExports, baseName: string, code: string): ExceptionClass | undefined {
  const base = sdk[baseName];
  for (const [exportName, schema] of Object.entries(sdk)) {
    if (!exportName.endsWith('Exception$') || !Array.isArray(schema)) continue;
    const traits: unknown = schema[3];
    const queryError = isRecord(traits) ? traits['awsQueryError'] : undefined;
    if (!Array.isArray(queryError) || queryError[0] !== code) continue;
    const candidate = sdk[exportName.slice(0, -1)];
    if (isClassOf(candidate, base)) return candidate;
  }
  const byName = sdk[`${code}Exception`];
  return isClassOf(byName, base) && byName !== base ? byName : undefined;
}

/**
 * The fields the SDK copies from AWS's error response: `Code` and `Error` (and `Type` for
 * ELBv2); a modeled ELBv2 exception also gets the response's `RequestId`.
 */
function wireFields(api: Api, error: CloudError, modeled: boolean, requestId: string): Record<string, unknown> {
  if (api === 'ec2') return { Code: error.code, Error: { Type: undefined, Code: error.code, Message: error.message } };
  const Type = error.httpStatusCode < 500 ? 'Sender' : 'Receiver';
  const fields = { Type, Code: error.code, Error: { Type, Code: error.code, Message: error.message } };
  return modeled ? { ...fields, RequestId: requestId } : fields;
}

/**
 * The SDK exception for a model error, built the way the SDK builds it.
 *
 * @example
 * const e = await toServiceException('ec2', errors.vpcNotFound('vpc-1'), metadata);
 * e instanceof EC2ServiceException; // true
 * e.name; // 'InvalidVpcID.NotFound'
 */
export async function toServiceException(api: Api, error: CloudError, $metadata: ModelResponseMetadata): Promise<Error> {
  const sdk = await loadSdk(api);
  const { base: baseName } = PACKAGES[api];
  const options: ExceptionOptions = {
    $fault: error.httpStatusCode < 500 ? 'client' : 'server',
    $metadata,
    message: error.message,
  };
  const modeled = sdk === undefined ? undefined : exceptionClassFor(sdk, baseName, error.code);
  const base = sdk?.[baseName];
  let exception: Error;
  if (modeled !== undefined) exception = new modeled(options);
  else if (isClass(base)) exception = new base({ ...options, name: error.code });
  else exception = Object.assign(new Error(error.message), options, { name: error.code });
  // The SDK's decorateServiceException moves `Message` into `message` and deletes it.
  Reflect.deleteProperty(exception, 'Message');
  return Object.assign(exception, wireFields(api, error, modeled !== undefined, $metadata.requestId));
}

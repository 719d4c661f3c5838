/**
 * Which model API and action an SDK call is: the API from the client (its `serviceId`, else
 * its class), the action from the command (`XxxCommand` -> `Xxx`) as the SDK's handler
 * context names it.
 *
 * @module
 */
import type { Api } from '../core/action.js';
import { ownValue } from '../core/own-key.js';

/** The key under which the SDK puts its Smithy context (`SMITHY_CONTEXT_KEY`). */
const SMITHY_CONTEXT_KEY = '__smithy_context';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Service ids, client class names and Smithy service names of the two clients. */
const API_NAMES: Readonly<Record<string, Api>> = {
  EC2: 'ec2',
  EC2Client: 'ec2',
  AmazonEC2: 'ec2',
  'Elastic Load Balancing v2': 'elbv2',
  ElasticLoadBalancingV2Client: 'elbv2',
  ElasticLoadBalancing_v10: 'elbv2',
};

const apiNamed = (name: unknown): Api | undefined => ownValue(API_NAMES, name);

/**
 * The API a client speaks: `config.serviceId` (`EC2`, `Elastic Load Balancing v2`), else the
 * first of its classes named `EC2Client` / `ElasticLoadBalancingV2Client` (the aggregated
 * `EC2` and `ElasticLoadBalancingV2` classes extend those).
 *
 * @example
 * apiOfClient(new EC2Client({})); // 'ec2'
 */
export function apiOfClient(client: unknown): Api | undefined {
  if (!isRecord(client)) return undefined;
  const config = client['config'];
  const byServiceId = isRecord(config) ? apiNamed(config['serviceId']) : undefined;
  if (byServiceId !== undefined) return byServiceId;
  for (let proto: unknown = Object.getPrototypeOf(client); isRecord(proto); proto = Object.getPrototypeOf(proto)) {
    const ctor = proto['constructor'];
    const api = typeof ctor === 'function' ? apiNamed(ctor.name) : undefined;
    if (api !== undefined) return api;
  }
  return undefined;
}

/**
 * The AWS action of a call, from the handler context the SDK builds for it: `commandName`
 * without its `Command` suffix, else the Smithy `operation`, else the command instance's
 * class name.
 *
 * @example
 * actionOfContext({ commandName: 'DescribeAvailabilityZonesCommand' }); // 'DescribeAvailabilityZones'
 */
export function actionOfContext(context: unknown): string | undefined {
  if (!isRecord(context)) return undefined;
  const fromCommand = (name: unknown) =>
    typeof name === 'string' && /^[A-Z][A-Za-z0-9]*Command$/.test(name) ? name.slice(0, -'Command'.length) : undefined;
  const byName = fromCommand(context['commandName']);
  if (byName !== undefined) return byName;
  const smithy = context[SMITHY_CONTEXT_KEY];
  if (!isRecord(smithy)) return undefined;
  const operation = smithy['operation'];
  if (typeof operation === 'string' && /^[A-Z][A-Za-z0-9]*$/.test(operation)) return operation;
  const instance = smithy['commandInstance'];
  return isRecord(instance) && typeof instance.constructor === 'function' ? fromCommand(instance.constructor.name) : undefined;
}

/**
 * The operation schema the SDK put in the handler context, if any (for `reviveDates`).
 *
 * @example
 * operationSchemaOfContext({ __smithy_context: { operationSchema: DescribeVpcs$ } }); // DescribeVpcs$
 */
export function operationSchemaOfContext(context: unknown): unknown {
  const smithy = isRecord(context) ? context[SMITHY_CONTEXT_KEY] : undefined;
  return isRecord(smithy) ? smithy['operationSchema'] : undefined;
}

/**
 * ELBv2 resource ARNs and the NLB DNS name:
 * `arn:aws:elasticloadbalancing:<region>:<account>:loadbalancer/net/<name>/<16 hex>`,
 * `...:targetgroup/<name>/<16 hex>`, `...:listener/net/<lb name>/<lb hex>/<16 hex>`, and
 * `<name>-<16 hex>.elb.<region>.amazonaws.com` (NLBs carry no `internal-` prefix, internal
 * or not: that prefix belongs to Application and Classic Load Balancers).
 *
 * @module
 */
import { parseArn } from '../core/arn.js';
import { errors } from '../core/errors.js';
import { joinFlat } from '../core/flat-string.js';

/** Length of the hex id in ELBv2 ARNs. */
export const ELB_HEX_LENGTH = 16;

// Table keys: built flat (core/flat-string.ts).
const elbArn = (region: string, accountId: string, ...resource: string[]) => joinFlat('arn:aws:elasticloadbalancing:', region, ':', accountId, ':', ...resource);

/** The ARN of a Network Load Balancer. */
export function loadBalancerArnOf(region: string, accountId: string, name: string, hex: string): string {
  return elbArn(region, accountId, 'loadbalancer/net/', name, '/', hex);
}

/** The DNS name of a Network Load Balancer. */
export function loadBalancerDnsName(region: string, name: string, hex: string): string {
  return `${name}-${hex}.elb.${region}.amazonaws.com`;
}

/** The ARN of a target group. */
export function targetGroupArnOf(region: string, accountId: string, name: string, hex: string): string {
  return elbArn(region, accountId, 'targetgroup/', name, '/', hex);
}

/** The ARN of a listener of the load balancer `loadBalancerArn`. */
export function listenerArnOf(loadBalancerArn: string, hex: string): string {
  return joinFlat(loadBalancerArn.replace(':loadbalancer/', ':listener/'), '/', hex);
}

/** The kinds of ELBv2 ARN the model checks, with the word AWS uses in its message. */
export type ElbArnKind = 'loadbalancer' | 'targetgroup' | 'listener';

const SHAPES: Record<ElbArnKind, RegExp> = {
  loadbalancer: /^loadbalancer\/(net|app|gwy)\/[A-Za-z0-9-]{1,32}\/[0-9a-f]{16}$/,
  targetgroup: /^targetgroup\/[A-Za-z0-9-]{1,32}\/[0-9a-f]{16}$/,
  listener: /^listener\/(net|app|gwy)\/[A-Za-z0-9-]{1,32}\/[0-9a-f]{16}\/[0-9a-f]{16}$/,
};

const WORDS: Record<ElbArnKind, string> = {
  loadbalancer: 'load balancer',
  targetgroup: 'target group',
  listener: 'listener',
};

/**
 * Checks the syntax of an ELBv2 ARN; a malformed one is AWS's `ValidationError`
 * (`'<arn>' is not a valid load balancer ARN`).
 *
 * @example
 * checkElbArn('nope', 'loadbalancer'); // throws ValidationError
 */
export function checkElbArn(value: string, kind: ElbArnKind): string {
  if (!isElbArn(value, kind)) throw errors.validationError(`'${value}' is not a valid ${WORDS[kind]} ARN`);
  return value;
}

/**
 * Whether `value` is an ELBv2 ARN of `kind` (syntax only: it may not exist).
 *
 * @example
 * isElbArn('arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/net/web/0123456789abcdef', 'loadbalancer'); // true
 */
export function isElbArn(value: unknown, kind: ElbArnKind): boolean {
  const arn = parseArn(value);
  return arn !== undefined && arn.service === 'elasticloadbalancing' && arn.region !== '' && arn.accountId !== '' && SHAPES[kind].test(arn.resource);
}

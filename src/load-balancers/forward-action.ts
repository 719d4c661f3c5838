/**
 * Reading a listener's `DefaultActions` for a Network Load Balancer: exactly one `forward`
 * action to one target group, given as `TargetGroupArn` or as a `ForwardConfig` holding
 * that one group (an NLB listener forwards to a single target group).
 *
 * @module
 */
import { errors } from '../core/errors.js';
import type { Params } from '../core/params.js';
import { checkElbArn } from './arns.js';

const ACTION_TYPES = ['forward', 'authenticate-oidc', 'authenticate-cognito', 'redirect', 'fixed-response', 'jwt-validation'] as const;

/**
 * The target group ARN of the single forward action in `DefaultActions`.
 *
 * @example
 * readForwardTarget(p); // 'arn:aws:elasticloadbalancing:...:targetgroup/svc/0123456789abcdef'
 */
export function readForwardTarget(p: Params): string {
  const actions = p.optionalList('DefaultActions', (a) => {
    const type = a.optionalEnum('Type', ACTION_TYPES);
    if (type === undefined) throw a.missing('Type');
    if (type !== 'forward') throw errors.validationError(`The action type '${type}' is not valid with a Network Load Balancer: use 'forward'`);
    const direct = a.optionalString('TargetGroupArn');
    const grouped = a.optionalStruct('ForwardConfig', (f) => f.optionalList('TargetGroups', (t) => t.string('TargetGroupArn')) ?? []);
    const arns = [...new Set([...(direct === undefined ? [] : [direct]), ...(grouped ?? [])])];
    if (arns.length === 0) throw errors.validationError("A target group ARN must be specified for a 'forward' action");
    if (arns.length > 1) throw errors.validationError('A Network Load Balancer listener can forward to one target group only');
    return checkElbArn(arns[0] ?? '', 'targetgroup');
  });
  if (actions === undefined || actions.length === 0) throw p.missing('DefaultActions');
  if (actions.length > 1) throw errors.validationError('A Network Load Balancer listener takes exactly one default action');
  return actions[0] ?? '';
}

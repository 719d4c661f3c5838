/**
 * What an action is: a named EC2 or ELBv2 operation defined as `parse` (validate the
 * request), `authorize` (what IAM is asked), and `apply` (the change, run inside a copy-on-write
 * recipe, or on the frozen world for read-only actions). The pipeline in `pipeline.ts` runs
 * them in that order; rooms only define them.
 *
 * @module
 */
import type { AuthorizationRequest } from '../iam/evaluate.js';
import type { DomainEvent } from '../world/events.js';
import type { Timer } from '../world/timers.js';
import type { RegionState, World } from '../world/world.js';
import type { Caller } from './identity.js';
import type { IdKind } from './ids.js';
import type { Params } from './params.js';

/** The API an action belongs to; decides error vocabulary and the IAM service prefix. */
export type Api = 'ec2' | 'elbv2';

/** What a timer handler or an action can use while it changes the world. */
export interface WorldContext {
  /** The world being changed (a copy-on-write draft), or the frozen world for read-only actions. */
  readonly world: World;
  /** Simulated time of this step. */
  readonly now: number;
  /** Mints the next AWS-format id of `kind` from the seed. */
  mintId(kind: IdKind): string;
  /** Mints `length` hex digits from the seed (ARN suffixes, tokens). */
  mintHex(purpose: string, length: number): string;
  /** Records a domain event, published only if the whole command succeeds. */
  emit(event: DomainEvent): void;
  /** Schedules `kind` on `id` after `delayMs` of simulated time (0: at the end of this command). */
  schedule(delayMs: number, kind: string, region: string, id: string): void;
}

/** Context of an action: the world plus who is calling and their region's state. */
export interface ActionContext extends WorldContext {
  readonly caller: Caller;
  /** The caller's region, writable (created on first use) unless the action is read-only. */
  readonly region: RegionState;
}

/** Handles a due timer (e.g. `endpoint.provisioned`). */
export type TimerHandler = (ctx: WorldContext, timer: Timer) => void;

/**
 * An action definition. `Request` and `Response` are the SDK v3 shapes the facade exposes;
 * `Parsed` is the checked input `parse` produces.
 */
export interface ActionDefinition<Request, Parsed, Response> {
  /** The AWS action name, e.g. `CreateVpcEndpoint`. */
  readonly name: string;
  readonly api: Api;
  /** Read-only actions (describes) run without a draft and never change the world. */
  readonly readOnly?: boolean;
  /**
   * Validates and normalises the request; throws `CloudError` on bad input. `caller` is for
   * the few checks that depend on where the request is made (a principal ARN must be of
   * the partition of the caller's region); nothing here may read the world.
   */
  parse(params: Params, caller: Caller): Parsed;
  /**
   * What to ask IAM; by default the action on resource `*` with no condition keys. A list
   * asks once per resource (e.g. `CreateTags` on several ids): every one must be allowed.
   */
  authorize?(world: World, caller: Caller, parsed: Parsed): Partial<AuthorizationRequest> | Partial<AuthorizationRequest>[];
  /** Performs the action. Throwing a `CloudError` aborts it with nothing changed. */
  apply(ctx: ActionContext, parsed: Parsed): Response;
  /** Phantom: carries the request type for the facade's typing. Never set. */
  readonly _request?: Request;
}

/**
 * Any action, for registries. Methods (not function properties) make the definition
 * bivariant in `Parsed`, so every concrete action is assignable here without `any`.
 */
export type AnyAction = ActionDefinition<unknown, unknown, unknown>;

/**
 * Defines an action with its SDK request and response types given explicitly and the parsed
 * type inferred.
 *
 * @example
 * export const deleteVpc = defineAction<DeleteVpcRequest, {}>()({
 *   name: 'DeleteVpc', api: 'ec2',
 *   parse: (p) => ({ vpcId: p.string('VpcId') }),
 *   apply: (ctx, { vpcId }) => { ...; return {}; },
 * });
 */
export function defineAction<Request, Response>() {
  return <Parsed>(definition: ActionDefinition<Request, Parsed, Response>): ActionDefinition<Request, Parsed, Response> =>
    definition;
}

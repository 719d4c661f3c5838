/**
 * The command pipeline: validate -> authorize -> (dry run) -> apply -> due timers -> events.
 * Pure: `(world, caller, input) -> { world, output, events }` or a thrown `CloudError`, in
 * which case nothing was committed (immer drops the draft).
 *
 * @module
 */
import { current, isDraft, produce } from './draft.js';
import { authorize } from '../iam/evaluate.js';
import type { DomainEvent } from '../world/events.js';
import { insertTimer, type Timer } from '../world/timers.js';
import { regionForWrite, regionOf, type World } from '../world/world.js';
import type { ActionContext, AnyAction, TimerHandler, WorldContext } from './action.js';
import { errors } from './errors.js';
import type { Caller } from './identity.js';
import { mintHex, mintId } from './ids.js';
import { ownValue } from './own-key.js';
import { readParams } from './params.js';

/** The result of a command that succeeded. */
export interface CommandResult<Output> {
  world: World;
  output: Output;
  events: DomainEvent[];
}

/** Timer handlers by kind, supplied by the registry. */
export type TimerHandlers = Readonly<Record<string, TimerHandler>>;

/** Builds the context actions and timers use over a world (draft or frozen). */
function worldContext(world: World, events: DomainEvent[]): WorldContext {
  return {
    world,
    get now() {
      return world.now;
    },
    mintId: (kind) => mintId(world.seed, world.sequence++, kind),
    mintHex: (purpose, length) => mintHex(world.seed, world.sequence++, purpose, length),
    emit: (event) => {
      events.push(event);
    },
    schedule: (delayMs, kind, region, id) => {
      insertTimer(world.timers, { at: world.now + Math.max(0, delayMs), seq: world.sequence++, kind, region, id });
    },
  };
}

/** Runs every timer due at or before `until`, in order, moving the clock to each. */
export function fireDueTimers(ctx: WorldContext, handlers: TimerHandlers, until: number): void {
  const { world } = ctx;
  for (;;) {
    const next: Timer | undefined = world.timers[0];
    if (next === undefined || next.at > until) break;
    world.timers.shift();
    if (next.at > world.now) world.now = next.at;
    const handler = ownValue(handlers, next.kind);
    if (handler) handler(ctx, { ...next });
  }
}

/** Copies a value out of an immer draft so outputs never alias (revoked) drafts. */
function materialize<T>(value: T): T {
  if (isDraft(value)) return current(value);
  if (Array.isArray(value)) return value.map(materialize) as T;
  if (value !== null && typeof value === 'object' && !(value instanceof Date) && !(value instanceof Uint8Array)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = materialize(v);
    return out as T;
  }
  return value;
}

/**
 * Runs one action for `caller` against `world`.
 *
 * @throws CloudError on bad input, refusal by IAM, `DryRunOperation`, or any AWS error the
 * action raises; `world` is then unchanged.
 */
export function runAction(
  world: World,
  handlers: TimerHandlers,
  action: AnyAction,
  caller: Caller,
  input: unknown,
): CommandResult<unknown> {
  const params = readParams(input, action.api);
  const dryRun = action.api === 'ec2' ? params.dryRun() : false;
  const parsed = action.parse(params, caller);

  const asked = action.authorize?.(world, caller, parsed) ?? {};
  const iamAction = asked.action ?? `${action.api === 'ec2' ? 'ec2' : 'elasticloadbalancing'}:${action.name}`;
  const decision = authorize(world, caller.principalArn, {
    action: iamAction,
    resource: asked.resource ?? '*',
    context: asked.context ?? {},
  });
  if (decision !== 'Allow') {
    throw action.api === 'ec2'
      ? errors.unauthorizedOperation(caller.principalArn, iamAction, asked.resource)
      : errors.accessDenied(caller.principalArn, iamAction, asked.resource);
  }
  if (dryRun) throw errors.dryRunOperation();

  const events: DomainEvent[] = [];
  if (action.readOnly) {
    const ctx: ActionContext = { ...worldContext(world, events), caller, region: regionOf(world, caller.region) };
    return { world, output: action.apply(ctx, parsed), events };
  }

  let output: unknown;
  const next = produce(world, (draft) => {
    const base = worldContext(draft, events);
    const ctx: ActionContext = {
      ...base,
      get now() {
        return draft.now;
      },
      caller,
      get region() {
        return regionForWrite(draft, caller.region);
      },
    };
    output = materialize(action.apply(ctx, parsed));
    fireDueTimers(base, handlers, draft.now);
  });
  return { world: next, output, events };
}

/**
 * Applies a model-level change (not an AWS action: faults, public DNS, IAM, clock) with the
 * same guarantees: all or nothing, events after commit, due timers fired.
 */
export function runSystemChange(
  world: World,
  handlers: TimerHandlers,
  change: (ctx: WorldContext) => void,
  until?: number,
): CommandResult<undefined> {
  const events: DomainEvent[] = [];
  const next = produce(world, (draft) => {
    const ctx = worldContext(draft, events);
    change(ctx);
    fireDueTimers(ctx, handlers, until ?? draft.now);
    if (until !== undefined && until > draft.now) draft.now = until;
  });
  return { world: next, output: undefined, events };
}

/**
 * The command pipeline: validate -> authorize -> (dry run) -> apply -> due timers -> events.
 * Pure: `(world, caller, input) -> { world, output, events }` or a thrown `CloudError`, in
 * which case nothing was committed (the draft is dropped).
 *
 * @module
 */
import { current, isDraft, produce } from './draft.js';
import { authorize, hasIdentityPolicies } from '../iam/evaluate.js';
import type { DomainEvent } from '../world/events.js';
import { insertTimer, nextTimer, popTimer, timerBefore, type Timer } from '../world/timers.js';
import { idInUse } from '../world/ids-in-use.js';
import { regionForWrite, regionOf, type RegionState, type World } from '../world/world.js';
import type { ActionContext, AnyAction, TimerHandler, WorldContext } from './action.js';
import type { IdKind } from './ids.js';
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

/**
 * The context timers and model-level changes use over a world (a draft): minting, events,
 * timers. A class, not an object of closures: a command makes one, and its methods live
 * once on the prototype.
 */
class CommandContext implements WorldContext {
  constructor(
    readonly world: World,
    private readonly events: DomainEvent[],
    /**
     * The world as the command found it (frozen): where minted ids are checked for reuse.
     * Ids minted during the command come from later sequence numbers, so only the ones the
     * world already held can collide, and a frozen world reads without drafting.
     */
    private readonly before: World,
  ) {}

  get now(): number {
    return this.world.now;
  }

  mintId(kind: IdKind): string {
    let id = mintId(this.world.seed, this.world.sequence++, kind);
    while (idInUse(this.before, kind, id)) id = mintId(this.world.seed, this.world.sequence++, kind);
    return id;
  }

  mintHex(purpose: string, length: number): string {
    return mintHex(this.world.seed, this.world.sequence++, purpose, length);
  }

  emit(event: DomainEvent): void {
    this.events.push(event);
  }

  schedule(delayMs: number, kind: string, region: string, id: string): void {
    const world = this.world;
    const timer = { at: world.now + Math.max(0, delayMs), seq: world.sequence++, kind, region, id };
    // Due now (instant timings): fired before this command ends, so it never enters the world.
    if (timer.at <= world.now) this.dueNow.push(timer);
    else insertTimer(world.timers, timer);
  }

  /** Timers scheduled due now by this command, in scheduling order, not yet fired. */
  private readonly dueNow: Timer[] = [];
  private firedNow = 0;

  /**
   * Runs every timer due at or before `until`, in (due time, sequence) order, moving the
   * clock to each: the world's queue and this command's own due-now timers, merged.
   */
  fireDueTimers(handlers: TimerHandlers, until: number): void {
    const world = this.world;
    for (;;) {
      const queued = nextTimer(world.timers);
      const local = this.dueNow[this.firedNow];
      const takeQueued = queued !== undefined && queued.at <= until && (local === undefined || timerBefore(queued, local));
      let next: Timer;
      if (takeQueued) {
        popTimer(world.timers);
        next = queued;
      } else if (local !== undefined) {
        this.firedNow++;
        next = local;
      } else break;
      if (next.at > world.now) world.now = next.at;
      const handler = ownValue(handlers, next.kind);
      if (handler) handler(this, { ...next });
    }
  }
}

/** The context of an action: a {@link CommandContext} with its caller and the caller's region. */
class ActionCommandContext extends CommandContext implements ActionContext {
  private regionState: RegionState | undefined;

  constructor(
    world: World,
    events: DomainEvent[],
    before: World,
    readonly caller: Caller,
    private readonly writable: boolean,
  ) {
    super(world, events, before);
  }

  get region(): RegionState {
    const region = this.caller.region;
    this.regionState ??= this.writable ? regionForWrite(this.world, region) : regionOf(this.world, region);
    return this.regionState;
  }
}

/** Copies a value out of a draft so outputs never alias the world. */
function materialize<T>(value: T): T {
  if (isDraft(value)) return current(value);
  if (Array.isArray(value)) return value.map(materialize) as T;
  if (value !== null && typeof value === 'object' && !(value instanceof Date) && !(value instanceof Uint8Array)) {
    // for-in over own keys, not Object.entries: no pair array per property of every output.
    const source = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const k in source) if (Object.prototype.hasOwnProperty.call(source, k)) out[k] = materialize(source[k]);
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

  // Without policies every request is allowed: skip building them (a tag-based request reads
  // each resource's tags).
  const requested = hasIdentityPolicies(world, caller.principalArn) ? (action.authorize?.(world, caller, parsed) ?? {}) : [];
  for (const asked of Array.isArray(requested) ? requested : [requested]) {
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
  }
  if (dryRun) throw errors.dryRunOperation();

  const events: DomainEvent[] = [];
  if (action.readOnly) {
    return { world, output: action.apply(new ActionCommandContext(world, events, world, caller, false), parsed), events };
  }

  let output: unknown;
  const next = produce(world, (draft) => {
    const ctx = new ActionCommandContext(draft, events, world, caller, true);
    output = materialize(action.apply(ctx, parsed));
    ctx.fireDueTimers(handlers, draft.now);
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
    const ctx = new CommandContext(draft, events, world);
    change(ctx);
    ctx.fireDueTimers(handlers, until ?? draft.now);
    if (until !== undefined && until > draft.now) draft.now = until;
  });
  return { world: next, output: undefined, events };
}

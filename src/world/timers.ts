/**
 * Timers: asynchronous steps (Pending -> Available, verification, expiry, deletion)
 * scheduled on the simulated clock. Stored in the World as plain data so snapshots carry
 * pending work.
 *
 * The queue is a sorted list cut into chunks of at most 64 timers. A world can hold a great
 * many pending timers (every unanswered peering request waits 7 days to expire, and with
 * realistic timings every create waits for its provisioning), so scheduling or firing one
 * must not copy them all: it copies one chunk, and the list of chunks only when a chunk
 * splits or empties (1,600 references at 100,000 timers).
 *
 * @module
 */
import { contentOf, enter, nodeOf, peek, put, type Node } from '../core/draft.js';

/** A scheduled step: when due, the handler registered for `kind` runs on `id` in `region`. */
export interface Timer {
  /** Due time, epoch ms of the simulated clock. */
  at: number;
  /** Tie-breaker: timers due at the same instant fire in scheduling order. */
  seq: number;
  kind: string;
  region: string;
  id: string;
}

/** Pending timers in (at, seq) order, in chunks of at most 64 timers (`TIMER_CHUNK`). */
export interface TimerQueue {
  count: number;
  chunks: Timer[][];
}

/** The most timers a chunk holds. */
export const TIMER_CHUNK = 64;

/** An empty queue. */
export function emptyTimerQueue(): TimerQueue {
  return { count: 0, chunks: [] };
}

/** Whether `a` is due before `b`. */
export function timerBefore(a: Timer, b: Timer): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}

interface Parts {
  queue: Node;
  chunks: readonly (readonly Timer[])[];
  chunksNode: Node;
}

function parts(queue: TimerQueue): Parts | undefined {
  const queueNode = nodeOf(queue);
  const chunksNode = queueNode === undefined ? undefined : enter(queueNode, 'chunks');
  if (queueNode === undefined || chunksNode === undefined) return undefined;
  // Chunks are never drafted, only replaced whole, so the chunk list's content is current.
  return { queue: queueNode, chunks: contentOf(chunksNode) as unknown as readonly (readonly Timer[])[], chunksNode };
}

function addToCount(queue: Node, delta: number): void {
  put(queue, 'count', (peek(queue, 'count') as number) + delta);
}

/**
 * Adds a timer in order (after every timer due no later). Call on a draft.
 *
 * @example
 * insertTimer(draft.timers, { at: now + 60_000, seq, kind: 'endpoint.provisioned', region, id });
 */
export function insertTimer(queue: TimerQueue, timer: Timer): void {
  const found = parts(queue);
  if (found === undefined) return;
  const { chunks } = found;
  addToCount(found.queue, 1);
  if (chunks.length === 0) {
    put(found.queue, 'chunks', [[timer]]);
    return;
  }
  // The first chunk whose last timer is due after the new one takes it; else the last chunk.
  let lo = 0;
  let hi = chunks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const chunk = chunks[mid] as readonly Timer[];
    if (timerBefore(timer, chunk[chunk.length - 1] as Timer)) hi = mid;
    else lo = mid + 1;
  }
  const chunk = chunks[lo] as readonly Timer[];
  let at = chunk.length;
  while (at > 0 && timerBefore(timer, chunk[at - 1] as Timer)) at--;
  const grown = [...chunk.slice(0, at), timer, ...chunk.slice(at)];
  if (grown.length <= TIMER_CHUNK) {
    put(found.chunksNode, String(lo), grown);
    return;
  }
  const half = grown.length >> 1;
  put(found.queue, 'chunks', [...chunks.slice(0, lo), grown.slice(0, half), grown.slice(half), ...chunks.slice(lo + 1)]);
}

/**
 * The timer due first, or `undefined` when none is pending.
 *
 * @example
 * const next = nextTimer(world.timers); // next?.at
 */
export function nextTimer(queue: TimerQueue): Timer | undefined {
  const found = parts(queue);
  return found?.chunks[0]?.[0];
}

/**
 * Removes and returns the timer due first. Call on a draft.
 *
 * @example
 * const due = popTimer(draft.timers);
 */
export function popTimer(queue: TimerQueue): Timer | undefined {
  const found = parts(queue);
  const first = found?.chunks[0];
  const timer = first?.[0];
  if (found === undefined || first === undefined || timer === undefined) return undefined;
  addToCount(found.queue, -1);
  if (first.length > 1) put(found.chunksNode, '0', first.slice(1));
  else put(found.queue, 'chunks', found.chunks.slice(1));
  return timer;
}

/**
 * Every pending timer, in order.
 *
 * @example
 * [...pendingTimers(world.timers)].map((t) => t.kind);
 */
export function* pendingTimers(queue: TimerQueue): IterableIterator<Timer> {
  for (const chunk of queue.chunks) yield* chunk;
}

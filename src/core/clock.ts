/**
 * The simulated clock. Time in the model only moves when a caller advances it, so tests of
 * polling code (Pending -> Available, DNS verification, port cooldown) never wait for real.
 *
 * @module
 */

/** Milliseconds since the Unix epoch, as the model's clock reads them. */
export type EpochMs = number;

/**
 * The latest instant the simulated clock can reach: 8.64e15 ms after the epoch
 * (+275760-09-13T00:00:00Z), the last instant a JavaScript `Date` holds, so every
 * timestamp the model renders is a valid date. `cloud.clock.advance` past it, and a
 * `startTime` outside +-8.64e15, are `InvalidParameterValue`.
 */
export const MAX_EPOCH_MS: EpochMs = 8.64e15;

/** Default start of simulated time: a fixed instant, so timestamps are reproducible. */
export const DEFAULT_START_TIME: EpochMs = Date.UTC(2026, 0, 1, 0, 0, 0);

/**
 * The clock a {@link Cloud} exposes as `cloud.clock`.
 *
 * @example
 * cloud.clock.advance(60_000); // one simulated minute: timers due by then fire in order
 * new Date(cloud.clock.now()).toISOString();
 */
export interface SimulatedClock {
  /** Current simulated time in epoch milliseconds. */
  now(): EpochMs;
  /**
   * Moves time forward by `ms` (>= 0), firing every timer that falls due, in order. The
   * clock never passes {@link MAX_EPOCH_MS}: a step beyond it is refused.
   */
  advance(ms: number): void;
}

/**
 * How long the model's asynchronous steps take. `instant` (the default) settles every step
 * at once; `realistic` uses AWS-like durations so callers can exercise their waiters.
 */
export interface Timings {
  /** Load balancer `provisioning` -> `active`. */
  loadBalancerProvisioningMs: number;
  /** Endpoint service `Pending` -> `Available`, and `Deleting` -> `Deleted`. */
  serviceProvisioningMs: number;
  /** Interface endpoint `pending` -> `available`. */
  endpointProvisioningMs: number;
  /** Interface endpoint `deleting` -> `deleted`. */
  endpointDeletionMs: number;
  /** Private DNS `pendingVerification` -> `verified` / `failed`. */
  dnsVerificationMs: number;
  /** How long a released source port rests before reuse (the data plane's cooldown). */
  portCooldownMs: number;
}

/** Durations used when `timing: 'instant'` (the default); ports still cool down 60 s. */
export const INSTANT_TIMINGS: Timings = {
  loadBalancerProvisioningMs: 0,
  serviceProvisioningMs: 0,
  endpointProvisioningMs: 0,
  endpointDeletionMs: 0,
  dnsVerificationMs: 0,
  portCooldownMs: 60_000,
};

/** Durations close to what AWS shows, for testing polling and waiters. */
export const REALISTIC_TIMINGS: Timings = {
  loadBalancerProvisioningMs: 120_000,
  serviceProvisioningMs: 30_000,
  endpointProvisioningMs: 90_000,
  endpointDeletionMs: 60_000,
  dnsVerificationMs: 300_000,
  portCooldownMs: 60_000,
};

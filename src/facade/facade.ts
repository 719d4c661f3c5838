/**
 * The EC2- and ELBv2-shaped facades: one method per implemented action, named as the SDK
 * command in camelCase, taking the SDK v3 input and returning the SDK v3 output (without
 * `$metadata`), synchronously.
 *
 * @module
 */
import type { ActionDefinition, AnyAction } from '../core/action.js';
import type { ec2Actions, elbv2Actions } from '../registry.js';

/** The facade method for one action definition. */
export type FacadeMethod<Action> =
  Action extends ActionDefinition<infer Request, infer _Parsed, infer Response>
    ? object extends Request
      ? (input?: Request) => Response
      : (input: Request) => Response
    : never;

/** A facade over a registry of actions: `CreateVpc` becomes `createVpc(input)`. */
export type Facade<Registry> = {
  readonly [Name in keyof Registry & string as Uncapitalize<Name>]: FacadeMethod<Registry[Name]>;
};

/** `cloud.ec2(identity)`: EC2 actions as the SDK's `EC2` client names them. */
export type Ec2Facade = Facade<typeof ec2Actions>;

/** `cloud.elbv2(identity)`: ELBv2 actions as the SDK's `ElasticLoadBalancingV2` names them. */
export type Elbv2Facade = Facade<typeof elbv2Actions>;

/** The camelCase method name of an action (`CreateVpc` -> `createVpc`). */
export function methodName(actionName: string): string {
  return actionName.charAt(0).toLowerCase() + actionName.slice(1);
}

/**
 * Builds a facade object whose methods call `run` with each action. The object is frozen;
 * the methods are plain functions and may be destructured.
 */
export function buildFacade<Registry extends Readonly<Record<string, AnyAction>>>(
  registry: Registry,
  run: (action: AnyAction, input: unknown) => unknown,
): Facade<Registry> {
  const facade: Record<string, (input?: unknown) => unknown> = {};
  for (const [name, action] of methodsOf(registry)) facade[name] = (input?: unknown) => run(action, input);
  return Object.freeze(facade) as Facade<Registry>;
}

/** Each registry's `[method name, action]` pairs, named once: every new cloud builds facades. */
const methodLists = new WeakMap<object, readonly (readonly [string, AnyAction])[]>();

function methodsOf(registry: Readonly<Record<string, AnyAction>>): readonly (readonly [string, AnyAction])[] {
  let methods = methodLists.get(registry);
  if (methods === undefined) {
    methods = Object.values(registry).map((action) => [methodName(action.name), action] as const);
    methodLists.set(registry, methods);
  }
  return methods;
}

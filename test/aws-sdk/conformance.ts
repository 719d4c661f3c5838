/**
 * Type-level conformance of the facades to the SDK v3 types, for `facade-types.test-d.ts`.
 *
 * `Violations<Ours, Theirs>` is `never` when every field of `Ours` exists in `Theirs` with a
 * type `Theirs` allows, recursively; otherwise it is a union of messages naming the path.
 * The direction is deliberate, for inputs and outputs alike:
 * - outputs: what the model returns must be something the SDK declares (no invented or
 *   misspelt field, no wrong type), so code typed against `XxxCommandOutput` compiles and
 *   runs against the model's answers;
 * - inputs: what the facade accepts must be a valid SDK input, so a facade call can move to
 *   `client.send(new XxxCommand(input))` unchanged. The facade may accept less than the SDK
 *   (fewer fields, narrower value domains: it types what the model supports), so the
 *   reverse direction is not required.
 * String literals compare case-insensitively: AWS's wire values for some enums are
 * lowerCamel (`pendingAcceptance`) where the SDK's enum declares `PendingAcceptance`;
 * the model returns what AWS returns (see docs/aws-behaviour.md, "States").
 */
import type { EC2 } from '@aws-sdk/client-ec2';
import type { ElasticLoadBalancingV2 } from '@aws-sdk/client-elastic-load-balancing-v2';

/** Which side of a call a type is: inputs may be wider than the SDK's at a leaf, outputs never. */
export type Side = 'input' | 'output';

type StringViolations<Ours extends string, Theirs, Path extends string, S extends Side> = Ours extends Theirs
  ? never
  : [Theirs] extends [string]
    ? S extends 'input'
      ? string extends Ours
        ? never
        : CaseInsensitive<Ours, Theirs, Path>
      : CaseInsensitive<Ours, Theirs, Path>
    : `${Path}: a string where the SDK has another type`;

type CaseInsensitive<Ours extends string, Theirs extends string, Path extends string> =
  Uppercase<Ours> extends Uppercase<Theirs> ? never : `${Path}: '${Ours}' is not one of the SDK's values`;

type ObjectViolations<Ours, Theirs, Path extends string, S extends Side> = {
  [K in keyof Ours & string]-?: [Exclude<Ours[K], undefined>] extends [never]
    ? never
    : K extends keyof Theirs
      ? Violations<Exclude<Ours[K], undefined>, Theirs[K], `${Path}.${K}`, S>
      : `${Path}.${K}: not in the SDK type`;
}[keyof Ours & string];

/**
 * Messages for every field of `Ours` that the SDK type `Theirs` does not declare or allow;
 * `never` when there is none. On the input side a leaf may be wider than the SDK's
 * (`unknown`, or `string` for an SDK enum): the model checks those values at run time.
 */
export type Violations<Ours, Theirs, Path extends string, S extends Side = 'output'> = [Ours] extends [never]
  ? never
  : S extends 'input'
    ? unknown extends Ours
      ? never
      : Shape<Ours, NonNullable<Theirs>, Path, S>
    : Shape<Ours, NonNullable<Theirs>, Path, S>;

type Shape<Ours, Theirs, Path extends string, S extends Side> = Ours extends Date
  ? Date extends Theirs
    ? never
    : `${Path}: a Date where the SDK has another type`
  : Ours extends readonly (infer Item)[]
    ? Theirs extends readonly (infer TheirItem)[]
      ? Violations<Item, TheirItem, `${Path}[]`, S>
      : `${Path}: a list where the SDK has none`
    : Ours extends string
      ? StringViolations<Ours, Theirs, Path, S>
      : Ours extends number | boolean
        ? Ours extends Theirs
          ? never
          : `${Path}: not assignable to the SDK type`
        : Ours extends object
          ? ObjectViolations<Ours, Theirs, Path, S>
          : `${Path}: a type the SDK does not have`;

/** The request type of a facade method. */
export type RequestOf<Method> = Method extends (input: infer Request) => unknown ? NonNullable<Request> : never;

/** The response type of a facade method. */
export type ResponseOf<Method> = Method extends (...args: never[]) => infer Response ? Response : never;

/**
 * `[XxxCommandInput, XxxCommandOutput]` of an SDK aggregated-client method, read from its
 * last overload `(args, options, cb: (err, data?: Output) => void)`.
 */
export type SdkPairOf<Method> = Method extends (args: infer Input, options: infer _Options, cb: (err: infer _Error, data?: infer Output) => void) => void
  ? [Input, Output]
  : never;

/** Violations of one facade method against one SDK input/output pair (`never`: no such SDK operation). */
export type MethodViolations<Method, Pair> = [Pair] extends [never]
  ? 'the SDK has no operation of this name'
  : Pair extends [infer Input, infer Output]
    ? Violations<RequestOf<Method>, Input, 'input', 'input'> | Violations<ResponseOf<Method>, Omit<Output, '$metadata'>, 'output'>
    : 'the SDK has no operation of this name';

/**
 * Per facade method, its violations against the SDK operation of the same name on the
 * aggregated client (`EC2`, `ElasticLoadBalancingV2`): `never` everywhere when conformant.
 */
export type FacadeViolations<Facade, Client> = {
  [Name in keyof Facade]: MethodViolations<Facade[Name], Name extends keyof Client ? SdkPairOf<Client[Name]> : never>;
};

/** The all-clear value of {@link FacadeViolations}: `never` for every method. */
export type Conformant<Facade> = { [Name in keyof Facade]: never };

export type { EC2, ElasticLoadBalancingV2 };

/**
 * Copy-on-write drafts of the World: the way a command's changes are applied. A recipe
 * mutates a draft (a Proxy over the frozen world) as if it were mutable; the result is a new
 * frozen world that shares every object the recipe did not change. Same contract as immer's
 * `produce`, built for this model's shape and measured against it:
 *
 * - Reading never copies. A child draft is created when a recipe reads an object, but an
 *   object is copied only when it (or something under it) is written. A command that looks up
 *   twenty records and changes two copies two paths, not twenty.
 * - Finishing walks only what changed: a changed object's drafted children and the keys the
 *   recipe assigned; new values are frozen once, deeply; shared ones are frozen already.
 * - Objects and arrays only (the World holds nothing else). `__proto__` is an ordinary key
 *   here, so a table keyed by user text cannot have its prototype replaced.
 *
 * A recipe that throws leaves nothing behind: the base is never written.
 *
 * @module
 */

const DRAFT_STATE: unique symbol = Symbol('privatelink-model.draft');

type Key = string | symbol;
type Obj = Record<Key, unknown>;

/** What the engine knows about one draft. A class, so `child` can tell a state from a value. */
export class DraftState {
  /** A shallow copy of `base`, made on the first write here or below. */
  copy: Obj | null = null;
  /**
   * The first draft of a child read through this draft; the others follow through `next`.
   * A list in the drafts themselves, not a Map per draft: a command drafts a few dozen
   * objects, each with a child or two, and a Map each was a fifth of what a create
   * allocated. Past {@link CHILDREN_IN_LIST} children (a recipe reading a long array) they
   * move to `childIndex`, so a lookup never scans a long list.
   */
  firstChild: DraftState | null = null;
  /** The next child draft of the same parent. */
  next: DraftState | null = null;
  /** How many child drafts the list holds. */
  childCount = 0;
  /** The child drafts by key, once there are too many for the list (then the list is unused). */
  childIndex: Map<Key, DraftState> | null = null;
  /**
   * Keys the recipe assigned (or deleted) here: their values are scanned when finishing. A
   * short array (most objects get a key or two), a Set past {@link ASSIGNED_AS_ARRAY}.
   */
  assigned: Key[] | Set<Key> | null = null;
  /** The Proxy recipes see, made on first use (table code walks states without one). */
  proxy: Obj | null = null;
  /** The finished value, once computed. */
  final: Obj | null = null;
  readonly isArray: boolean;

  constructor(
    /** The frozen value this draft stands for. */
    readonly base: Obj,
    readonly parent: DraftState | null,
    /** Where `parent` holds it (the root's is never read). */
    readonly key: Key,
  ) {
    this.isArray = Array.isArray(base);
  }
}

const hasOwn = (o: object, key: Key) => Object.prototype.hasOwnProperty.call(o, key);

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null;
}

function stateOf(value: unknown): DraftState | undefined {
  return isObject(value) ? (value[DRAFT_STATE] as DraftState | undefined) : undefined;
}

/**
 * Whether `value` is a draft (a Proxy a recipe received or read).
 *
 * @example
 * produce(world, (draft) => { isDraft(draft); }); // true inside the recipe
 */
export function isDraft(value: unknown): boolean {
  return stateOf(value) !== undefined;
}

const latest = (state: DraftState): Obj => state.copy ?? state.base;

/** Writes `key` on an object the engine owns; `__proto__` becomes an own property, never a prototype. */
function writeKey(target: Obj, key: Key, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else target[key] = value;
}

function shallowCopy(state: DraftState): Obj {
  // Spread, not `slice`: V8 copies a frozen array with `slice` on a slow path (40x slower).
  if (state.isArray) return [...(state.base as unknown as unknown[])] as unknown as Obj;
  const base = state.base;
  const proto: unknown = Object.getPrototypeOf(base);
  // Spreading defines own properties, so an own `__proto__` key stays a key.
  if (proto === Object.prototype) return { ...base };
  const copy = Object.create(proto as object | null) as Obj;
  for (const key of Reflect.ownKeys(base)) writeKey(copy, key, base[key]);
  return copy;
}

/** Gives `state` and its ancestors their copies (the path a write goes down). */
function markChanged(state: DraftState): void {
  let s: DraftState | null = state;
  while (s !== null && s.copy === null) {
    s.copy = shallowCopy(s);
    s = s.parent;
  }
}

/** Assigned keys kept in an array before they move to a Set (an array's `includes` is linear). */
const ASSIGNED_AS_ARRAY = 16;

function assign(state: DraftState, key: Key): void {
  const keys = state.assigned;
  if (keys === null) state.assigned = [key];
  else if (!Array.isArray(keys)) keys.add(key);
  else if (!keys.includes(key)) {
    if (keys.length < ASSIGNED_AS_ARRAY) keys.push(key);
    else state.assigned = new Set([...keys, key]);
  }
}

function createDraft(base: Obj, parent: DraftState | null, key: Key): DraftState {
  return new DraftState(base, parent, key);
}

/** Child drafts kept in a draft's list before they move to a Map. */
const CHILDREN_IN_LIST = 16;

/** The draft of the child at `key` read through `state`, if one was made. */
function childDraft(state: DraftState, key: Key): DraftState | undefined {
  if (state.childIndex !== null) return state.childIndex.get(key);
  for (let c = state.firstChild; c !== null; c = c.next) if (c.key === key) return c;
  return undefined;
}

/** Records `made` as the draft of its key, in place of any earlier one (a value since replaced). */
function addChildDraft(state: DraftState, made: DraftState): void {
  if (state.childIndex !== null) {
    state.childIndex.set(made.key, made);
    return;
  }
  let previous: DraftState | null = null;
  for (let c = state.firstChild; c !== null; previous = c, c = c.next) {
    if (c.key !== made.key) continue;
    if (previous === null) state.firstChild = c.next;
    else previous.next = c.next;
    state.childCount -= 1;
    break;
  }
  made.next = state.firstChild;
  state.firstChild = made;
  state.childCount += 1;
  if (state.childCount > CHILDREN_IN_LIST) {
    const index = new Map<Key, DraftState>();
    for (let c: DraftState | null = state.firstChild; c !== null; c = c.next) index.set(c.key, c);
    state.childIndex = index;
    state.firstChild = null;
  }
}


function proxyOf(state: DraftState): Obj {
  if (state.proxy === null) {
    const target = state.isArray ? ([state] as unknown as Obj) : (state as unknown as Obj);
    state.proxy = new Proxy(target, state.isArray ? arrayTraps : objectTraps);
  }
  return state.proxy;
}

/**
 * What `state` holds at `key`: the child's draft state (made on first read) when the value is
 * a frozen object, that is, part of a world; else the value itself (a primitive, a new object
 * the recipe built, which it may change in place, or a draft moved there).
 */
function child(state: DraftState, key: Key): DraftState | unknown {
  const source = latest(state);
  const value = source[key];
  // `__proto__` is the only inherited property that holds an object: never draft the prototype.
  if (!isObject(value) || (key === '__proto__' && !hasOwn(source, key))) return value;
  const known = childDraft(state, key);
  if (known !== undefined && known.base === value) return known;
  if (!Object.isFrozen(value)) return value;
  const made = createDraft(value, state, key);
  addChildDraft(state, made);
  return made;
}

const isState = (value: unknown): value is DraftState => value instanceof DraftState;

function read(state: DraftState, key: Key): unknown {
  if (key === DRAFT_STATE) return state;
  const value = child(state, key);
  return isState(value) ? proxyOf(value) : value;
}

function write(state: DraftState, key: Key, value: unknown): boolean {
  const source = latest(state);
  const current = source[key];
  if (Object.is(current, value) && (value !== undefined || hasOwn(source, key))) return true;
  const known = childDraft(state, key);
  if (known !== undefined && known.proxy !== null && known.proxy === value && current === known.base) return true;
  markChanged(state);
  writeKey(state.copy as Obj, key, value);
  assign(state, key);
  return true;
}

function remove(state: DraftState, key: Key): boolean {
  if (!hasOwn(latest(state), key)) return true;
  markChanged(state);
  delete (state.copy as Obj)[key];
  assign(state, key);
  return true;
}

function describe(state: DraftState, key: Key): PropertyDescriptor | undefined {
  const owner = latest(state);
  const desc = Reflect.getOwnPropertyDescriptor(owner, key);
  if (desc === undefined) return undefined;
  return { value: read(state, key), writable: true, enumerable: desc.enumerable ?? true, configurable: !(state.isArray && key === 'length') };
}

function refuseDefine(): never {
  throw new TypeError('Object.defineProperty() cannot be used on a world draft: assign the property instead.');
}

function refusePrototype(): never {
  throw new TypeError('A world draft cannot change its prototype.');
}

const objectTraps: ProxyHandler<Obj> = {
  get: (target, key) => read(target as unknown as DraftState, key),
  set: (target, key, value) => write(target as unknown as DraftState, key, value),
  deleteProperty: (target, key) => remove(target as unknown as DraftState, key),
  has: (target, key) => key in latest(target as unknown as DraftState),
  ownKeys: (target) => Reflect.ownKeys(latest(target as unknown as DraftState)),
  getOwnPropertyDescriptor: (target, key) => describe(target as unknown as DraftState, key),
  getPrototypeOf: (target) => Object.getPrototypeOf((target as unknown as DraftState).base) as object | null,
  defineProperty: refuseDefine,
  setPrototypeOf: refusePrototype,
};

const arrayState = (target: Obj): DraftState => (target as unknown as DraftState[])[0] as DraftState;

const arrayTraps: ProxyHandler<Obj> = {
  get: (target, key) => read(arrayState(target), key),
  set: (target, key, value) => write(arrayState(target), key, value),
  deleteProperty: (target, key) => remove(arrayState(target), key),
  has: (target, key) => key in latest(arrayState(target)),
  ownKeys: (target) => Reflect.ownKeys(latest(arrayState(target))),
  getOwnPropertyDescriptor: (target, key) => describe(arrayState(target), key),
  getPrototypeOf: () => Array.prototype,
  defineProperty: refuseDefine,
  setPrototypeOf: refusePrototype,
};

/**
 * A node of the world while a keyed table walks it: a draft's state inside a recipe, the
 * object itself outside one. Table code (`table.ts`) reads and writes through nodes so a
 * lookup costs a few property reads and no Proxy per level.
 */
export type Node = DraftState | Obj;

/** The node for a value (a draft or a plain object), or `undefined` for a primitive. */
export function nodeOf(value: unknown): Node | undefined {
  if (!isObject(value)) return undefined;
  return stateOf(value) ?? value;
}

/** Whether a node is an array. */
export function isArrayNode(node: Node): boolean {
  return node instanceof DraftState ? node.isArray : Array.isArray(node);
}

/** The value at `key` as it is now, without drafting it (for reading keys and slots). */
export function peek(node: Node, key: string): unknown {
  return node instanceof DraftState ? latest(node)[key] : node[key];
}

/**
 * Everything a node holds now, without drafting anything (for scanning a node whose values
 * the caller only reads or replaces whole).
 */
export function contentOf(node: Node): Readonly<Obj> {
  return node instanceof DraftState ? latest(node) : node;
}

/** The node under `node` at `key`, or `undefined` when the value there is not an object. */
export function enter(node: Node, key: string): Node | undefined {
  if (!(node instanceof DraftState)) return nodeOf(node[key]);
  const next = child(node, key);
  return isState(next) ? next : nodeOf(next);
}

/** The value at `key` as a recipe reads it: a draft of a world object, anything else as is. */
export function valueIn(node: Node, key: string): unknown {
  return node instanceof DraftState ? read(node, key) : node[key];
}

/**
 * The value at `key` for moving it elsewhere: the draft when one is live there (so changes
 * made through it move too), else the value itself, without making a draft.
 */
export function valueToMove(node: Node, key: string): unknown {
  if (!(node instanceof DraftState)) return node[key];
  const value = latest(node)[key];
  const known = childDraft(node, key);
  return known !== undefined && known.base === value && known.copy !== null ? proxyOf(known) : value;
}

/** Sets `key` on a node (recorded on a draft; a plain object must be one the caller owns). */
export function put(node: Node, key: string, value: unknown): void {
  if (node instanceof DraftState) write(node, key, value);
  else writeKey(node, key, value);
}

/** The finished value of a draft: its base when nothing changed under it, else its frozen copy. */
function finish(state: DraftState): Obj {
  if (state.copy === null) return state.base;
  if (state.final !== null) return state.final;
  const copy = state.copy;
  state.final = copy;
  if (state.childIndex !== null) for (const child of state.childIndex.values()) finishChild(copy, child);
  else for (let child = state.firstChild; child !== null; child = child.next) finishChild(copy, child);
  // Only keys the recipe assigned can hold new objects or drafts; the rest are shared.
  if (state.assigned !== null) {
    for (const key of state.assigned) {
      const value = copy[key];
      if (isObject(value) && !Object.isFrozen(value)) writeKey(copy, key, finishValue(value));
    }
  }
  return Object.freeze(copy);
}

/** Puts a changed child's finished value into its parent's copy, unless the key was since given another value. */
function finishChild(copy: Obj, child: DraftState): void {
  if (child.copy !== null && copy[child.key] === child.base) copy[child.key] = finish(child);
}

/** Finishes a value a recipe put into the world: drafts inside it are resolved, all of it frozen. */
function finishValue(value: Obj): Obj {
  const state = stateOf(value);
  if (state !== undefined) return finish(state);
  if (Object.isFrozen(value)) return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (isObject(item) && !Object.isFrozen(item)) value[i] = finishValue(item);
    }
  } else {
    // World values are plain data: own string keys only, no symbols, nothing inherited.
    for (const key in value) {
      const item = value[key];
      if (isObject(item) && !Object.isFrozen(item)) {
        const done = finishValue(item);
        if (done !== item) writeKey(value, key, done);
      }
    }
  }
  return Object.freeze(value);
}

/**
 * Freezes a plain value and everything under it (a world built or restored outside a recipe),
 * so that it is as immutable as a world a recipe produced.
 *
 * @example
 * const world = deepFreeze(createWorld({ seed: 1 }));
 */
export function deepFreeze<T>(value: T): T {
  if (isObject(value) && stateOf(value) === undefined) finishValue(value);
  return value;
}

/**
 * Applies `recipe` to a draft of `base` and returns the new, frozen value; `base` itself is
 * returned when the recipe changed nothing. `base` must be frozen (every world is).
 *
 * @example
 * const next = produce(world, (draft) => { draft.now += 1000; });
 * next !== world && next.regions === world.regions; // true: untouched parts are shared
 */
export function produce<T extends object>(base: T, recipe: (draft: T) => void): T {
  const root = createDraft(base as unknown as Obj, null, '');
  recipe(proxyOf(root) as unknown as T);
  return finish(root) as unknown as T;
}

/**
 * A plain, mutable, deep copy of what a draft holds now (drafts inside resolved); other
 * values are returned as they are. For outputs that must not alias the world.
 *
 * @example
 * produce(world, (draft) => { const vpc = current(getRow(draft.regions[r].vpcs, id)); });
 */
export function current<T>(value: T): T {
  const state = stateOf(value);
  if (state === undefined) return value;
  const source = latest(state);
  const out = (state.isArray ? [] : Object.create(Object.getPrototypeOf(state.base) as object | null)) as Obj;
  for (const key of Reflect.ownKeys(source)) {
    if (state.isArray && key === 'length') continue;
    writeKey(out, key, copyOut(read(state, key)));
  }
  return out as T;
}

function copyOut(value: unknown): unknown {
  if (!isObject(value)) return value;
  if (stateOf(value) !== undefined) return current(value);
  if (Array.isArray(value)) return value.map(copyOut);
  const out = Object.create(Object.getPrototypeOf(value) as object | null) as Obj;
  for (const key of Reflect.ownKeys(value)) writeKey(out, key, copyOut(value[key]));
  return out;
}

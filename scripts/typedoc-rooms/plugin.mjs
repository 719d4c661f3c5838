// @ts-check
/**
 * A local typedoc plugin that files each export of the API under the room (folder of `src/`)
 * it comes from, as a typedoc category: the navigation then reads "Network", "Endpoint
 * services", "Data plane"... instead of one alphabetical list of hundreds of names. An
 * export with its own `@category` tag keeps it.
 */
import { Comment, CommentTag, Converter, ReflectionKind } from 'typedoc';

/** Room folder (under `src/`, or `src/testing/`) -> the category it is shown under. */
const ROOMS = {
  '': 'Cloud',
  facade: 'Cloud',
  core: 'Core: errors, ids, clock, tables',
  geo: 'Regions and Availability Zones',
  network: 'Network: VPCs, subnets, security groups, peering',
  'load-balancers': 'Load balancers',
  'endpoint-services': 'Endpoint services',
  endpoints: 'Endpoints',
  connections: 'Endpoint connections',
  machines: 'Lifecycles',
  queries: 'Filters and paging',
  quotas: 'Quotas',
  iam: 'IAM and model controls',
  controls: 'IAM and model controls',
  world: 'World and snapshots',
  'data-plane': 'Data plane',
  diagram: 'Diagrams',
  'aws-sdk': 'SDK bridge',
  server: 'Server (HTTP)',
  arbitraries: 'Arbitraries',
  commands: 'Fuzz commands',
  harness: 'Fuzzing',
  model: 'Reference model',
  invariants: 'Invariants',
  topology: 'Topologies',
  _internals: 'Invariants',
};

/** The room of a source file: its folder under `src/` (or under `src/testing/`). */
function roomOf(fileName) {
  const match = /\/src\/(?:testing\/)?(.*)$/.exec(fileName.replaceAll('\\', '/'));
  if (match === null) return undefined;
  const parts = match[1].split('/');
  return parts.length === 1 ? '' : parts[0];
}

/**
 * Files `reflection` under `category`, as a `@category` tag in its comment would.
 * @param {import('typedoc').Reflection} reflection
 * @param {string} category
 */
function addCategory(reflection, category) {
  reflection.comment ??= new Comment();
  reflection.comment.blockTags.push(new CommentTag('@category', [{ kind: 'text', text: category }]));
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    const project = context.project;
    // The entries themselves sit beside the guides (categorised by their front matter).
    for (const entry of project.children ?? []) addCategory(entry, 'API');
    for (const module of project.getReflectionsByKind(ReflectionKind.Module)) {
      if (!('children' in module) || module.children === undefined) continue;
      for (const child of module.children) {
        if (child.comment?.getTag('@category') !== undefined) continue;
        const fileName = project.getSymbolIdFromReflection(child)?.fileName;
        const category = fileName === undefined ? undefined : ROOMS[roomOf(fileName) ?? '-'];
        if (category === undefined) continue;
        addCategory(child, category);
      }
    }
  }, 100);
}

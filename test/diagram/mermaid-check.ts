/**
 * A structural check of the flowcharts `toMermaid` writes, short of running Mermaid (the
 * browser check, `npm run check:browser`, renders them for real): front matter, one
 * `flowchart` header, balanced `subgraph`/`end`, ids that are plain and never a keyword,
 * labels quoted with no raw `"` inside, and every edge and class joining declared ids.
 */

/** What {@link checkFlowchart} found. */
export interface FlowchartShape {
  nodes: Set<string>;
  subgraphs: Set<string>;
  edges: { from: string; arrow: string; label: string | undefined; to: string }[];
}

const ID = '[A-Za-z][A-Za-z0-9_]*';
const LABEL = '"[^"]*"';
const NODE = new RegExp(`^(${ID})(\\[${LABEL}\\]|\\{\\{${LABEL}\\}\\}|\\(\\[${LABEL}\\]\\))$`);
const SUBGRAPH = new RegExp(`^subgraph (${ID})\\[${LABEL}\\]$`);
const EDGE = new RegExp(`^(${ID}) (-->|-\\.->|-\\.-|---)(?:\\|(${LABEL})\\|)? (${ID})$`);
const CLASS_DEF = /^classDef [A-Za-z]+ [a-z-]+:[^ ]+(,[a-z-]+:[^,]+)*$/;
const CLASS = new RegExp(`^class (${ID}(?:,${ID})*) [A-Za-z]+$`);
const KEYWORDS = new Set(['end', 'subgraph', 'graph', 'flowchart', 'class', 'classDef', 'style', 'click', 'direction', 'linkStyle']);

/**
 * Checks a `toMermaid` flowchart line by line; throws on the first problem.
 *
 * @example
 * const shape = checkFlowchart(toMermaid(cloud.world));
 */
export function checkFlowchart(text: string): FlowchartShape {
  const lines = text.split('\n');
  if (lines.at(-1) !== '') throw new Error('the text must end with a newline');
  const frontMatter = lines.indexOf('---', 1);
  if (lines[0] !== '---' || frontMatter < 0) throw new Error('expected front matter');
  if (!/^flowchart (LR|RL|TB|BT)$/.test(lines[frontMatter + 1] ?? '')) throw new Error(`expected a flowchart header, got ${lines[frontMatter + 1]}`);
  const shape: FlowchartShape = { nodes: new Set(), subgraphs: new Set(), edges: [] };
  const classed: string[] = [];
  let depth = 0;
  for (const raw of lines.slice(frontMatter + 2, -1)) {
    const line = raw.trim();
    let m: RegExpExecArray | null;
    if ((m = SUBGRAPH.exec(line))) {
      if (shape.subgraphs.has(m[1] ?? '')) throw new Error(`subgraph ${m[1]} declared twice`);
      shape.subgraphs.add(m[1] ?? '');
      depth++;
    } else if (line === 'end') {
      depth--;
      if (depth < 0) throw new Error('`end` without `subgraph`');
    } else if ((m = NODE.exec(line))) {
      if (shape.nodes.has(m[1] ?? '')) throw new Error(`node ${m[1]} declared twice`);
      shape.nodes.add(m[1] ?? '');
    } else if ((m = EDGE.exec(line))) {
      shape.edges.push({ from: m[1] ?? '', arrow: m[2] ?? '', label: m[3]?.slice(1, -1), to: m[4] ?? '' });
    } else if ((m = CLASS.exec(line))) {
      classed.push(...(m[1] ?? '').split(','));
    } else if (!CLASS_DEF.test(line)) {
      throw new Error(`unexpected line: ${raw}`);
    }
  }
  if (depth !== 0) throw new Error('unbalanced subgraph/end');
  const declared = new Set([...shape.nodes, ...shape.subgraphs]);
  if (declared.size !== shape.nodes.size + shape.subgraphs.size) throw new Error('an id is both a node and a subgraph, or declared twice');
  for (const id of declared) if (KEYWORDS.has(id)) throw new Error(`id ${id} is a Mermaid keyword`);
  for (const e of shape.edges) {
    if (!declared.has(e.from) || !declared.has(e.to)) throw new Error(`edge ${e.from} -> ${e.to} joins an undeclared id`);
  }
  for (const id of classed) if (!declared.has(id)) throw new Error(`class given to undeclared id ${id}`);
  return shape;
}

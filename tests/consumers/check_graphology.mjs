// Loads Cartograph's graph.graphml with graphology-graphml (which brings its own @xmldom/xmldom
// DOMParser for Node) and checks counts and attribute types.
// usage: node check_graphology.mjs GRAPHML NODE_COUNT EDGE_COUNT
import { readFileSync } from 'node:fs';
import graphology from 'graphology';
import graphml from 'graphology-graphml';

const [path, nodeCount, edgeCount] = process.argv.slice(2);
function fail(msg) {
  console.error('check_graphology: ' + msg);
  process.exit(1);
}
if (!path || nodeCount === undefined || edgeCount === undefined) fail('usage: check_graphology.mjs GRAPHML NODE_COUNT EDGE_COUNT');

const graph = graphml.parse(graphology.Graph, readFileSync(path, 'utf-8'));
if (graph.order !== Number(nodeCount)) fail(`${graph.order} nodes, expected ${nodeCount}`);
if (graph.size !== Number(edgeCount)) fail(`${graph.size} edges, expected ${edgeCount}`);
if (graph.type !== 'directed') fail(`graph type ${graph.type}, expected directed`);

// graphology-graphml folds the r/g/b keys into one `color` string (the sigma.js convention).
const types = {
  label: 'string', entity_type: 'string', mentions: 'number', size: 'number', color: 'string',
  degree: 'number', pagerank: 'number', component: 'number', community: 'number',
};
graph.forEachNode((node, attrs) => {
  for (const [k, t] of Object.entries(types)) {
    if (typeof attrs[k] !== t) fail(`node ${node}: ${k} is ${typeof attrs[k]}, expected ${t}`);
  }
  for (const k of ['mentions', 'degree', 'component', 'community']) {
    if (!Number.isInteger(attrs[k]) || attrs[k] < 0) fail(`node ${node}: ${k} ${attrs[k]} is not a non-negative integer`);
  }
  if (!(attrs.pagerank > 0 && attrs.pagerank <= 1)) fail(`node ${node}: pagerank ${attrs.pagerank} is not in (0, 1]`);
  if (attrs.degree !== graph.degree(node)) fail(`node ${node}: degree ${attrs.degree} != graphology's ${graph.degree(node)}`);
  if (!/^#[0-9a-f]{6}$/.test(attrs.color)) fail(`node ${node}: color ${attrs.color} is not #rrggbb`);
});
graph.forEachEdge((edge, attrs) => {
  if (typeof attrs.label !== 'string' || typeof attrs.relation !== 'string') fail(`edge ${edge}: label/relation not strings`);
  if (typeof attrs.weight !== 'number' || !(attrs.weight > 0)) fail(`edge ${edge}: weight ${attrs.weight} is not a positive number`);
  // the rules that made the edge: kebab-case names joined by '|' (absent only where no rule is known)
  if (attrs.rules !== undefined && !/^[a-z]+(-[a-z]+)*(\|[a-z]+(-[a-z]+)*)*$/.test(attrs.rules)) fail(`edge ${edge}: rules ${attrs.rules} are not names joined by |`);
});
console.log(`check_graphology: ok (${graph.order} nodes, ${graph.size} edges, multi=${graph.multi})`);

/**
 * The naming rules of data/README.md that span more than one field, checked once every node and
 * edge has parsed: node keys are `kind:slug` (lower case, the node's own kind), edge keys are
 * `source->relation->target`, and labels and aliases are unique across the graph, ignoring case
 * (a name that two nodes share would make search and links ambiguous).
 */
import { problem, show, type LoadProblem } from './loadProblems';
import type { NodeKind, Relation } from './vocabulary';

interface NamedNode {
  key: string;
  attributes: { kind: NodeKind; label: string; aliases: readonly string[] };
}
interface KeyedEdge {
  key: string;
  source: string;
  target: string;
  attributes: { relation: Relation };
}

const SLUG = /^[a-z0-9][a-z0-9.-]*$/;

/** Problems of node keys, edge keys and shared names, in file order. */
export function namingProblems(
  nodes: Iterable<NamedNode>,
  edges: Iterable<KeyedEdge>,
): LoadProblem[] {
  const problems: LoadProblem[] = [];
  const owners = new Map<string, string>();
  for (const { key, attributes: a } of nodes) {
    const [kind, slug] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
    if (kind !== a.kind || !SLUG.test(slug))
      problems.push(
        problem(
          'bad_key',
          { node: key },
          `a key "${a.kind}:slug" (lower-case letters, digits, dots and hyphens)`,
          show(key),
        ),
      );
    const names: [string, string][] = [
      ['label', a.label],
      ...a.aliases.map((alias, i): [string, string] => [`aliases[${i}]`, alias]),
    ];
    for (const [field, name] of names) {
      const folded = name.trim().toLowerCase();
      const owner = owners.get(folded);
      if (owner === undefined) owners.set(folded, key);
      else
        problems.push(
          problem(
            'duplicate_name',
            { node: key, field },
            'a label or alias no other name of the graph has (ignoring case)',
            `${show(name)}, already a name of ${owner === key ? 'this node' : `node ${show(owner)}`}`,
          ),
        );
    }
  }
  for (const { key, source, target, attributes } of edges) {
    const expected = `${source}->${attributes.relation}->${target}`;
    if (key !== expected)
      problems.push(problem('bad_key', { edge: key }, `the key ${show(expected)}`, show(key)));
  }
  return problems;
}

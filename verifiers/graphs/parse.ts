// Tolerant but strict answer parsing for graph tasks: any common separator and either case are
// accepted, yet every token must be a node of the graph (or a number where one is asked), and a
// response that offers several answers ("A-B-C or A-D-C", one per line) is refused outright.

export class AnswerError extends Error {}

/** Answer text with one answer in it; throws when several alternatives are offered. */
function single(text: string): string {
  const parts = text
    .split(/\r?\n|;|\||\bor\b/i)
    .map((s) => s.trim())
    .filter((s) => s && !/^[.,]+$/.test(s));
  if (parts.length > 1) throw new AnswerError(`several answers given (${parts.length} parts); give exactly one`);
  if (!parts.length) throw new AnswerError('empty answer');
  return parts[0];
}

/** Node labels in order: "A-C-D", "a -> c -> d", "A, C, D", "[A C D]", "ACD" (single-letter labels). */
export function parseSequence(text: string, nodes: readonly string[], maxLength: number): string[] {
  let s = single(text).toUpperCase();
  // A short lead-in such as "Path:" or "Order =" is allowed.
  s = s.replace(/^[A-Z ]{2,20}[:=]\s*/, (m) => (/^[A-Z]{2,}/.test(m) ? '' : m));
  const tokens = s
    .replace(/[[\](){}"'`*.]/g, ' ')
    .split(/\s*(?:->|=>|→|⟶|—|–|-|,|\bAND\b|\bTHEN\b|\s)\s*/)
    .filter(Boolean);
  const known = new Set(nodes);
  if (tokens.length === 1 && !known.has(tokens[0]) && [...tokens[0]].every((c) => known.has(c))) tokens.splice(0, 1, ...tokens[0]);
  if (tokens.length > maxLength) throw new AnswerError(`more than ${maxLength} nodes listed`);
  for (const tok of tokens) if (!known.has(tok)) throw new AnswerError(`"${tok.slice(0, 20)}" is not a node of the graph`);
  if (!tokens.length) throw new AnswerError('no nodes listed');
  return tokens;
}

/** A set of node labels in any order; a repeated label is an error. */
export function parseNodeSet(text: string, nodes: readonly string[]): string[] {
  const seq = parseSequence(text, nodes, nodes.length * 2);
  const seen = new Set<string>();
  for (const n of seq) {
    if (seen.has(n)) throw new AnswerError(`node ${n} listed twice`);
    seen.add(n);
  }
  return seq;
}

/** One integer ("7", "flow = 7", "7 units"); two numbers or a fraction are errors. */
export function parseInteger(text: string): number {
  const s = single(text);
  if (s.length > 120) throw new AnswerError('answer too long; give only the number');
  const nums = s.match(/-?\d+(?:\.\d+)?/g) ?? [];
  if (nums.length === 0) throw new AnswerError('no number found');
  if (nums.length > 1) throw new AnswerError(`several numbers given (${nums.slice(0, 4).join(', ')})`);
  const v = Number(nums[0]);
  if (!Number.isInteger(v)) throw new AnswerError(`${nums[0]} is not a whole number`);
  return v;
}

/** "A=1, B=2", "A:1 B:2", "A 1; B 2"... → Map label → colour number. Anything else is an error. */
export function parseAssignment(text: string, nodes: readonly string[]): Map<string, number> {
  // Quotes are dropped so that JSON-like answers ({"A": 1, "B": 2}) read the same.
  const s = text.toUpperCase().replace(/["'`]/g, '');
  const pair = /([A-Z][A-Z0-9]*)\s*(?:[:=]|->|→|-)?\s*(\d+)/g;
  const rest = s.replace(pair, ' ').replace(/[\s,;{}()[\].]+/g, '');
  if (rest) throw new AnswerError(`unexpected "${rest.slice(0, 20)}" in the assignment; write it as A=1, B=2, ...`);
  const known = new Set(nodes);
  const out = new Map<string, number>();
  for (const m of s.matchAll(pair)) {
    const [, node, colour] = m;
    if (!known.has(node)) throw new AnswerError(`"${node.slice(0, 20)}" is not a node of the graph`);
    if (out.has(node)) throw new AnswerError(`node ${node} is given a colour twice`);
    out.set(node, Number(colour));
  }
  if (!out.size) throw new AnswerError('no assignments found');
  return out;
}

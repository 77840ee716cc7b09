/**
 * Exact values of the closed forms that ruler-and-compass geometry with integer givens produces:
 * sums of terms (p/q)·√r·π^k with r square-free. Answers keep this form ("3*sqrt(2)", "pi/3",
 * "25*pi - 50") and the generator checks it numerically against the constructed figure.
 */

function gcd(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b) [a, b] = [b, a % b];
  return a;
}

/** n = s²·f with f square-free: returns [s, f]. */
function splitSquare(n: number): [number, number] {
  let s = 1;
  let f = n;
  for (let k = 2; k * k <= f; k++) {
    while (f % (k * k) === 0) {
      f /= k * k;
      s *= k;
    }
  }
  return [s, f];
}

interface Term {
  p: number;
  q: number;
  /** Square-free radicand. */
  r: number;
  /** Power of π. */
  k: number;
}

function norm(t: Term): Term {
  if (!Number.isSafeInteger(t.p) || !Number.isSafeInteger(t.q) || t.q === 0) throw new Error(`exact value out of range: ${t.p}/${t.q}`);
  const g = gcd(t.p, t.q) || 1;
  const sign = t.q < 0 ? -1 : 1;
  return { p: (sign * t.p) / g, q: (sign * t.q) / g, r: t.r, k: t.k };
}

export class Exact {
  private constructor(readonly terms: readonly Term[]) {}

  static rat(p: number, q = 1): Exact {
    return new Exact([norm({ p, q, r: 1, k: 0 })]).clean();
  }

  static readonly PI = new Exact([{ p: 1, q: 1, r: 1, k: 1 }]);

  /** √(this) for a non-negative rational: √(p/q) = √(pq)/q, reduced. */
  sqrt(): Exact {
    if (this.terms.length === 0) return this;
    const [t] = this.terms;
    if (this.terms.length !== 1 || t.r !== 1 || t.k !== 0 || t.p < 0) throw new Error(`sqrt of ${this.toMath()} has no closed form here`);
    const [s, f] = splitSquare(t.p * t.q);
    return new Exact([norm({ p: s, q: t.q, r: f, k: 0 })]).clean();
  }

  add(o: Exact): Exact {
    return new Exact([...this.terms, ...o.terms]).clean();
  }

  neg(): Exact {
    return new Exact(this.terms.map((t) => ({ ...t, p: -t.p })));
  }

  sub(o: Exact): Exact {
    return this.add(o.neg());
  }

  mul(o: Exact): Exact {
    const out: Term[] = [];
    for (const a of this.terms) {
      for (const b of o.terms) {
        const [s, f] = splitSquare(a.r * b.r);
        out.push(norm({ p: a.p * b.p * s, q: a.q * b.q, r: f, k: a.k + b.k }));
      }
    }
    return new Exact(out).clean();
  }

  /** Division by a single term (p/q)·√r·π^k: multiply by (q/(p·r))·√r·π^-k. */
  div(o: Exact): Exact {
    if (o.terms.length !== 1) throw new Error(`division by the sum ${o.toMath()} is not supported`);
    const [t] = o.terms;
    return this.mul(new Exact([norm({ p: t.q, q: t.p * t.r, r: t.r, k: -t.k })]));
  }

  /** Merges like terms, drops zeros, orders terms (rational part first) for a canonical form. */
  private clean(): Exact {
    const byKey = new Map<string, Term>();
    for (const t of this.terms) {
      const key = `${t.r}|${t.k}`;
      const had = byKey.get(key);
      byKey.set(key, had ? norm({ p: had.p * t.q + t.p * had.q, q: had.q * t.q, r: t.r, k: t.k }) : t);
    }
    const terms = [...byKey.values()].filter((t) => t.p !== 0).sort((a, b) => b.k - a.k || a.r - b.r);
    // Lead with a positive term when there is one: "121 − 121π/4", not "−121π/4 + 121".
    const lead = terms.findIndex((t) => t.p > 0);
    if (lead > 0) terms.unshift(...terms.splice(lead, 1));
    return new Exact(terms);
  }

  toNumber(): number {
    return this.terms.reduce((s, t) => s + (t.p / t.q) * Math.sqrt(t.r) * Math.PI ** t.k, 0);
  }

  isRational(): boolean {
    return this.terms.every((t) => t.r === 1 && t.k === 0);
  }

  /** mathjs syntax, e.g. "3*sqrt(2)/2", "25*pi - 50". */
  toMath(): string {
    return this.format((t) => {
      const parts: string[] = [];
      if (Math.abs(t.p) !== 1 || (t.r === 1 && t.k === 0)) parts.push(String(Math.abs(t.p)));
      if (t.r > 1) parts.push(`sqrt(${t.r})`);
      if (t.k === 1) parts.push('pi');
      else if (t.k > 1) parts.push(`pi^${t.k}`);
      const num = parts.join('*');
      const den = t.k < 0 ? `${t.q}*pi${t.k < -1 ? `^${-t.k}` : ''}` : String(t.q);
      return t.q === 1 && t.k >= 0 ? num : `${num}/${/\*/.test(den) ? `(${den})` : den}`;
    }, ' + ', ' - ');
  }

  /** Human/diagram form with √ and π, e.g. "3√2", "25π − 50". */
  toText(): string {
    return this.format((t) => {
      const coef = Math.abs(t.p) !== 1 || (t.r === 1 && t.k === 0) ? String(Math.abs(t.p)) : '';
      const num = `${coef}${t.r > 1 ? `√${t.r}` : ''}${t.k === 1 ? 'π' : t.k > 1 ? `π^${t.k}` : ''}`;
      return t.q === 1 && t.k >= 0 ? num : `${num}/${t.q}${t.k < 0 ? 'π' : ''}`;
    }, ' + ', ' − ');
  }

  private format(term: (t: Term) => string, plus: string, minus: string): string {
    if (!this.terms.length) return '0';
    return this.terms.map((t, i) => (i === 0 ? (t.p < 0 ? '-' : '') : t.p < 0 ? minus : plus) + term(t)).join('');
  }
}

export const ex = {
  int: (n: number) => Exact.rat(n),
  rat: (p: number, q: number) => Exact.rat(p, q),
  pi: Exact.PI,
  sqrt: (n: number | Exact) => (typeof n === 'number' ? Exact.rat(n) : n).sqrt(),
};

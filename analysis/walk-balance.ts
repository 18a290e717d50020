/**
 * Walk-based structural balance: Estrada's tr(exp(A_signed)) / tr(exp(|A|)), as signnet's
 * `balance_score(method = "walk")` (Estrada & Benzi 2014; Estrada 2019); exact per component up
 * to a size, estimated above it.
 */
import { symmetricEigenvalues } from './eigen.js';
import { type BuildOptions, type NetworkInput, type SignedGraph, toGraph } from './signed-graph.js';
import { estimateTraceExp, type SparseSymmetric } from './walk-estimate.js';

export interface WalkBalanceOptions extends BuildOptions {
  /** Largest connected component handled by the dense eigen solver (default 500). */
  maxComponentNodes?: number;
  /**
   * Estimate bigger components by deflated stochastic Lanczos quadrature (default true); when
   * false, bigger components make the result null with a reason.
   */
  estimate?: boolean;
  /** Random probes per estimated component and matrix (default 16). */
  probes?: number;
  seed?: number;
  /** Use sign × weight instead of ±1 as matrix entries (default false, as signnet). */
  weighted?: boolean;
}

export interface WalkBalance {
  /** tr(exp(A)) / tr(exp(|A|)) in (0, 1]; null when a component is too big (see `reason`). */
  value: number | null;
  reason?: string;
  /** True when some component was estimated rather than solved exactly. */
  estimated: boolean;
  /** Standard error of an estimated value (delta method over the probe variances); null when exact. */
  standardError: number | null;
  /** Nodes of the largest signed component. */
  largestComponent: number;
}

/**
 * Walk-based balance. The trace of exp(A) is the sum over components of the traces of their
 * blocks, so components are handled separately: exactly from the eigenvalues of the dense block
 * (Householder + QL) up to `maxComponentNodes`, else estimated (walk-estimate.ts). Isolated nodes
 * add e⁰ = 1 to both traces, as in the full matrix. Every exponent is shifted by the largest
 * eigenvalue of |A| to avoid overflow. O(Σ c³) for exact components, O(probes · steps · m_c) for
 * estimated ones.
 */
export function walkBalance(input: NetworkInput, options: WalkBalanceOptions = {}): WalkBalance {
  const g = toGraph(input, options);
  const maxC = options.maxComponentNodes ?? 500;
  const estimate = options.estimate ?? true;
  const components = g.components();
  let largest = 0;
  for (const c of components) largest = Math.max(largest, c.length);
  if (g.n === 0)
    return { value: null, reason: 'empty network', estimated: false, standardError: null, largestComponent: 0 };
  if (largest > maxC && !estimate) {
    return {
      value: null,
      reason: `largest connected component has ${largest} nodes; the dense eigen solver is limited to ${maxC} (maxComponentNodes) and estimation is off`,
      estimated: false,
      standardError: null,
      largestComponent: largest,
    };
  }
  // Per component: shift s_c and the shifted sums Σ exp(λ − s_c), Σ exp(μ − s_c), with variances.
  const parts: { shift: number; num: number; den: number; varNum: number; varDen: number }[] = [];
  let isolated = 0;
  const local = new Int32Array(g.n);
  let seed = options.seed ?? 1;
  for (const comp of components) {
    const c = comp.length;
    if (c === 1) {
      isolated++;
      continue;
    }
    for (let i = 0; i < c; i++) local[comp[i]!] = i;
    if (c <= maxC) {
      const s = new Float64Array(c * c);
      const a = new Float64Array(c * c);
      for (let i = 0; i < c; i++) {
        const u = comp[i]!;
        for (let k = g.offsets[u]!; k < g.offsets[u + 1]!; k++) {
          const p = g.edgeOf[k]!;
          const j = local[g.neighbours[k]!]!;
          const x = options.weighted ? g.weight(p) : 1;
          s[i * c + j] = g.pairSign[p]! * x;
          a[i * c + j] = x;
        }
      }
      const signedEig = symmetricEigenvalues(s, c);
      const absEig = symmetricEigenvalues(a, c);
      const shift = absEig[c - 1]!;
      let num = 0;
      let den = 0;
      for (const x of signedEig) num += Math.exp(x - shift);
      for (const x of absEig) den += Math.exp(x - shift);
      parts.push({ shift, num, den, varNum: 0, varDen: 0 });
    } else {
      const [signedM, absM] = componentMatrices(g, comp, local, options.weighted ?? false);
      const probes = options.probes;
      const den = estimateTraceExp(absM, { probes, seed: seed++ });
      const num = estimateTraceExp(signedM, { probes, seed: seed++, shift: den.shift });
      parts.push({
        shift: den.shift,
        num: num.value,
        den: den.value,
        varNum: num.standardError ** 2,
        varDen: den.standardError ** 2,
      });
    }
  }
  let shift = 0;
  for (const part of parts) shift = Math.max(shift, part.shift);
  let num = isolated * Math.exp(-shift);
  let den = num;
  let varNum = 0;
  let varDen = 0;
  for (const part of parts) {
    const f = Math.exp(part.shift - shift);
    num += f * part.num;
    den += f * part.den;
    varNum += f * f * part.varNum;
    varDen += f * f * part.varDen;
  }
  const value = num / den;
  const estimated = largest > maxC;
  return {
    value,
    estimated,
    standardError: estimated ? value * Math.sqrt(varNum / (num * num) + varDen / (den * den)) : null,
    largestComponent: largest,
  };
}

/** Signed and absolute adjacency of one component in local CSR form. */
function componentMatrices(
  g: SignedGraph,
  comp: Int32Array,
  local: Int32Array,
  weighted: boolean,
): [SparseSymmetric, SparseSymmetric] {
  const c = comp.length;
  const offsets = new Int32Array(c + 1);
  for (let i = 0; i < c; i++) offsets[i + 1] = offsets[i]! + g.degree(comp[i]!);
  const cols = new Int32Array(offsets[c]!);
  const signedValues = new Float64Array(offsets[c]!);
  const absValues = new Float64Array(offsets[c]!);
  for (let i = 0; i < c; i++) {
    const u = comp[i]!;
    let j = offsets[i]!;
    for (let k = g.offsets[u]!; k < g.offsets[u + 1]!; k++, j++) {
      const p = g.edgeOf[k]!;
      const x = weighted ? g.weight(p) : 1;
      cols[j] = local[g.neighbours[k]!]!;
      signedValues[j] = g.pairSign[p]! * x;
      absValues[j] = x;
    }
  }
  return [
    { n: c, offsets, cols, values: signedValues },
    { n: c, offsets, cols, values: absValues },
  ];
}

/**
 * Estimate of tr(exp(A − sI)) for a large sparse symmetric matrix, for walk balance on components
 * too big for the dense eigen solver: deflated stochastic Lanczos quadrature.
 *
 * 1. A Lanczos run with full reorthogonalisation finds the extreme eigenpairs; Ritz pairs whose
 *    residual is negligible are taken as exact and contribute exp(θ − s) each.
 * 2. The rest of the trace, tr(P exp(A − sI) P) with P projecting out those Ritz vectors, is
 *    estimated with Rademacher probes z (Hutchinson 1989): zᵀ f(A) z ≈ ‖z‖² e₁ᵀ f(T) e₁ from a
 *    short Lanczos run started at Pz (Gauss quadrature; Golub & Meurant 2010; Ubaru, Chen &
 *    Saad 2017). Deflating the dominant eigenvalues first keeps the variance small, because exp
 *    concentrates the trace on them.
 *
 * Cost O((deflationSteps + probes · quadratureSteps) · nnz) time, O(deflationSteps · n) memory.
 */
import { seededRandom } from './signed-graph.js';

/** Symmetric sparse matrix in CSR form. */
export interface SparseSymmetric {
  n: number;
  offsets: Int32Array;
  cols: Int32Array;
  values: Float64Array;
}

export interface TraceExpEstimate {
  /** Estimate of tr(exp(A − shift·I)). */
  value: number;
  /** The shift used (the largest Ritz value when none was given). */
  shift: number;
  /** Standard error of the stochastic part (0 when everything was deflated). */
  standardError: number;
  /** Eigenvalues treated as exact. */
  deflated: number;
}

export interface TraceExpOptions {
  /** Default: the largest eigenvalue, found by the deflation run. */
  shift?: number;
  deflationSteps?: number;
  probes?: number;
  quadratureSteps?: number;
  seed?: number;
}

function multiply(a: SparseSymmetric, x: Float64Array, out: Float64Array): void {
  for (let i = 0; i < a.n; i++) {
    let s = 0;
    for (let k = a.offsets[i]!; k < a.offsets[i + 1]!; k++) s += a.values[k]! * x[a.cols[k]!]!;
    out[i] = s;
  }
}

function dot(x: Float64Array, y: Float64Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i]! * y[i]!;
  return s;
}

function axpy(alpha: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < x.length; i++) y[i] = y[i]! + alpha * x[i]!;
}

interface LanczosRun {
  alpha: number[];
  beta: number[];
  /** Lanczos vectors when stored. */
  basis: Float64Array[];
  /** ‖residual‖ after the last step (0 when an invariant subspace was found). */
  last: number;
}

function lanczos(
  a: SparseSymmetric,
  start: Float64Array,
  steps: number,
  store: boolean,
  projectOut: Float64Array[],
): LanczosRun {
  const n = a.n;
  const alpha: number[] = [];
  const beta: number[] = [];
  const basis: Float64Array[] = [];
  let q = Float64Array.from(start);
  const norm0 = Math.sqrt(dot(q, q));
  for (let i = 0; i < n; i++) q[i] = q[i]! / norm0;
  let prev = new Float64Array(n);
  let prevBeta = 0;
  const w = new Float64Array(n);
  let last = 0;
  for (let j = 0; j < steps; j++) {
    if (store) basis.push(q);
    multiply(a, q, w);
    const aj = dot(w, q);
    alpha.push(aj);
    axpy(-aj, q, w);
    axpy(-prevBeta, prev, w);
    // Full reorthogonalisation (twice is enough) against stored vectors, and projection.
    for (let pass = 0; pass < (store ? 2 : 1); pass++) {
      for (const v of basis) axpy(-dot(w, v), v, w);
    }
    for (const y of projectOut) axpy(-dot(w, y), y, w);
    const bj = Math.sqrt(dot(w, w));
    last = bj;
    if (j === steps - 1 || bj <= 1e-12 * Math.max(1, Math.abs(aj))) {
      if (bj <= 1e-12 * Math.max(1, Math.abs(aj))) last = 0;
      break;
    }
    beta.push(bj);
    prev = q;
    prevBeta = bj;
    q = new Float64Array(n);
    for (let i = 0; i < n; i++) q[i] = w[i]! / bj;
  }
  return { alpha, beta, basis, last };
}

/** Eigenvalues and eigenvectors (columns of `vectors`, row-major k×k) of a small tridiagonal matrix. */
function tridiagonalEigen(alpha: number[], beta: number[]): { values: Float64Array; vectors: Float64Array } {
  const k = alpha.length;
  const a = new Float64Array(k * k);
  for (let i = 0; i < k; i++) a[i * k + i] = alpha[i]!;
  for (let i = 0; i < k - 1; i++) {
    a[i * k + i + 1] = beta[i]!;
    a[(i + 1) * k + i] = beta[i]!;
  }
  const v = new Float64Array(k * k);
  for (let i = 0; i < k; i++) v[i * k + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    let diag = 0;
    for (let i = 0; i < k; i++) {
      diag += a[i * k + i]! ** 2;
      for (let j = i + 1; j < k; j++) off += a[i * k + j]! ** 2;
    }
    if (off <= 1e-26 * Math.max(diag, 1e-300)) break;
    for (let p = 0; p < k; p++) {
      for (let q = p + 1; q < k; q++) {
        const apq = a[p * k + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * k + q]! - a[p * k + p]!) / (2 * apq);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let r = 0; r < k; r++) {
          const arp = a[r * k + p]!;
          const arq = a[r * k + q]!;
          a[r * k + p] = c * arp - s * arq;
          a[r * k + q] = s * arp + c * arq;
        }
        for (let r = 0; r < k; r++) {
          const apr = a[p * k + r]!;
          const aqr = a[q * k + r]!;
          a[p * k + r] = c * apr - s * aqr;
          a[q * k + r] = s * apr + c * aqr;
        }
        for (let r = 0; r < k; r++) {
          const vrp = v[r * k + p]!;
          const vrq = v[r * k + q]!;
          v[r * k + p] = c * vrp - s * vrq;
          v[r * k + q] = s * vrp + c * vrq;
        }
      }
    }
  }
  const values = new Float64Array(k);
  for (let i = 0; i < k; i++) values[i] = a[i * k + i]!;
  return { values, vectors: v };
}

/** Deflated stochastic Lanczos quadrature estimate of tr(exp(A − shift·I)); see the module comment. */
export function estimateTraceExp(a: SparseSymmetric, options: TraceExpOptions): TraceExpEstimate {
  const n = a.n;
  const rng = seededRandom(options.seed ?? 1);
  // 1. Deflation.
  const start = new Float64Array(n);
  for (let i = 0; i < n; i++) start[i] = rng() - 0.5;
  const steps = Math.min(n, options.deflationSteps ?? 40);
  const run = lanczos(a, start, steps, true, []);
  const k = run.alpha.length;
  const eig = tridiagonalEigen(run.alpha, run.beta);
  let shift = options.shift ?? Number.NEGATIVE_INFINITY;
  if (options.shift === undefined) for (const x of eig.values) shift = Math.max(shift, x);
  const scale = Math.max(1, Math.abs(shift));
  const exact: Float64Array[] = [];
  const heavy: Float64Array[] = [];
  let deflatedSum = 0;
  for (let i = 0; i < k; i++) {
    const residual = run.last * Math.abs(eig.vectors[(k - 1) * k + i]!);
    if (residual > 1e-10 * scale) continue;
    const y = new Float64Array(n);
    for (let j = 0; j < k; j++) axpy(eig.vectors[j * k + i]!, run.basis[j]!, y);
    const norm = Math.sqrt(dot(y, y));
    for (let t = 0; t < n; t++) y[t] = y[t]! / norm;
    exact.push(y);
    const weight = Math.exp(eig.values[i]! - shift);
    deflatedSum += weight;
    if (weight > 1e-14) heavy.push(y);
  }
  if (exact.length >= n) return { value: deflatedSum, shift, standardError: 0, deflated: exact.length };
  // 2. Probes on the complement. Only Ritz vectors that matter under exp are re-projected per step.
  const probes = Math.max(2, options.probes ?? 16);
  const m = Math.min(n, options.quadratureSteps ?? 25);
  const samples: number[] = [];
  const z = new Float64Array(n);
  for (let p = 0; p < probes; p++) {
    for (let i = 0; i < n; i++) z[i] = rng() < 0.5 ? -1 : 1;
    for (const y of exact) axpy(-dot(z, y), y, z);
    const zz = dot(z, z);
    if (zz <= 1e-20) {
      samples.push(0);
      continue;
    }
    const r = lanczos(a, z, m, false, heavy);
    const e = tridiagonalEigen(r.alpha, r.beta);
    let q = 0;
    for (let i = 0; i < r.alpha.length; i++) q += e.vectors[i]! ** 2 * Math.exp(e.values[i]! - shift);
    samples.push(zz * q);
  }
  const mean = samples.reduce((s, x) => s + x, 0) / samples.length;
  const variance = samples.reduce((s, x) => s + (x - mean) ** 2, 0) / (samples.length - 1);
  return {
    value: deflatedSum + mean,
    shift,
    standardError: Math.sqrt(variance / samples.length),
    deflated: exact.length,
  };
}

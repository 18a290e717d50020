/**
 * Eigenvalues of a dense real symmetric matrix: Householder reduction to tridiagonal form, then
 * the implicit QL algorithm with Wilkinson-type shifts (as in EISPACK tred1/tql1 and Numerical
 * Recipes' tqli). O(n³) time, O(n²) memory. `jacobiEigenvalues` is a slower, simpler reference.
 */

/**
 * Eigenvalues (ascending) of the symmetric n×n matrix stored row-major in `a` (copied, not
 * modified).
 */
export function symmetricEigenvalues(matrix: Float64Array, n: number): Float64Array {
  if (n === 0) return new Float64Array(0);
  const a = Float64Array.from(matrix);
  const d = new Float64Array(n);
  const e = new Float64Array(n); // e[i] couples i and i+1
  const v = new Float64Array(n);
  const p = new Float64Array(n);
  for (let k = 0; k < n - 2; k++) {
    // Householder vector for the column below the diagonal: x = a[k+1.., k].
    let norm = 0;
    for (let i = k + 1; i < n; i++) norm += a[i * n + k]! * a[i * n + k]!;
    norm = Math.sqrt(norm);
    const x0 = a[(k + 1) * n + k]!;
    const alpha = x0 > 0 ? -norm : norm;
    d[k] = a[k * n + k]!;
    e[k] = alpha;
    for (let i = k + 1; i < n; i++) v[i] = a[i * n + k]!;
    v[k + 1] = x0 - alpha;
    let vn = 0;
    for (let i = k + 1; i < n; i++) vn += v[i]! * v[i]!;
    if (vn === 0 || norm === 0) {
      e[k] = x0;
      continue;
    }
    vn = Math.sqrt(vn);
    for (let i = k + 1; i < n; i++) v[i]! /= vn;
    // p = A' v on the trailing block, K = v·p, q = p − K v; A' ← A' − 2 v qᵀ − 2 q vᵀ.
    let kk = 0;
    for (let i = k + 1; i < n; i++) {
      let s = 0;
      const row = i * n;
      for (let j = k + 1; j < n; j++) s += a[row + j]! * v[j]!;
      p[i] = s;
      kk += v[i]! * s;
    }
    for (let i = k + 1; i < n; i++) p[i] = p[i]! - kk * v[i]!;
    for (let i = k + 1; i < n; i++) {
      const row = i * n;
      const vi = v[i]!;
      const qi = p[i]!;
      for (let j = k + 1; j < n; j++) a[row + j] = a[row + j]! - 2 * (vi * p[j]! + qi * v[j]!);
    }
  }
  if (n >= 2) {
    d[n - 2] = a[(n - 2) * n + (n - 2)]!;
    e[n - 2] = a[(n - 1) * n + (n - 2)]!;
  }
  d[n - 1] = a[(n - 1) * n + (n - 1)]!;
  e[n - 1] = 0;
  tridiagonalQl(d, e);
  d.sort();
  return d;
}

/** In-place implicit QL on a symmetric tridiagonal matrix (diag d, off-diag e[i] = (i, i+1)). */
function tridiagonalQl(d: Float64Array, e: Float64Array): void {
  const n = d.length;
  for (let l = 0; l < n; l++) {
    let iter = 0;
    let m: number;
    do {
      for (m = l; m < n - 1; m++) {
        const dd = Math.abs(d[m]!) + Math.abs(d[m + 1]!);
        if (Math.abs(e[m]!) <= Number.EPSILON * dd) break;
      }
      if (m !== l) {
        if (iter++ === 100) throw new Error('symmetricEigenvalues: no convergence');
        let g = (d[l + 1]! - d[l]!) / (2 * e[l]!);
        let r = Math.hypot(g, 1);
        g = d[m]! - d[l]! + e[l]! / (g + (g >= 0 ? Math.abs(r) : -Math.abs(r)));
        let s = 1;
        let c = 1;
        let pp = 0;
        let i: number;
        let underflow = false;
        for (i = m - 1; i >= l; i--) {
          const f = s * e[i]!;
          const b = c * e[i]!;
          r = Math.hypot(f, g);
          e[i + 1] = r;
          if (r === 0) {
            d[i + 1] = d[i + 1]! - pp;
            e[m] = 0;
            underflow = true;
            break;
          }
          s = f / r;
          c = g / r;
          g = d[i + 1]! - pp;
          r = (d[i]! - g) * s + 2 * c * b;
          pp = s * r;
          d[i + 1] = g + pp;
          g = c * r - b;
        }
        if (underflow) continue;
        d[l] = d[l]! - pp;
        e[l] = g;
        e[m] = 0;
      }
    } while (m !== l);
  }
}

/** Cyclic Jacobi eigenvalue iteration (ascending); reference implementation for tests. */
export function jacobiEigenvalues(matrix: Float64Array, n: number, maxSweeps = 100): Float64Array {
  const a = Float64Array.from(matrix);
  for (let sweep = 0; sweep < maxSweeps; sweep++) {
    let off = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) off += a[i * n + j]! * a[i * n + j]!;
    if (off < 1e-22) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * n + q]! - a[p * n + p]!) / (2 * apq);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p]!;
          const akq = a[k * n + q]!;
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k]!;
          const aqk = a[q * n + k]!;
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
      }
    }
  }
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = a[i * n + i]!;
  return out.sort();
}

// The embed bundle's stand-in for d3-interpolate (see vite.bundle.config.ts): only `interpolateZoom`,
// which is all the zoom controller and d3-zoom use. The real module's colour interpolators run at
// load time, which keeps d3-color (about 4 KB gzip) in the bundle although nothing uses it.
//
// `interpolateZoom` is d3-interpolate's `zoom` with its default rho (√2), as published in
// d3-interpolate 3.0.1: Copyright 2010-2021 Mike Bostock, ISC License.

const epsilon2 = 1e-12;
const rho = Math.SQRT2;
const rho2 = 2;
const rho4 = 4;

const cosh = (x: number) => ((x = Math.exp(x)) + 1 / x) / 2;
const sinh = (x: number) => ((x = Math.exp(x)) - 1 / x) / 2;
const tanh = (x: number) => ((x = Math.exp(2 * x)) - 1) / (x + 1);

type View = [number, number, number];

/** Smooth zooming between two views `[cx, cy, width]` (van Wijk and Nuij); `duration` in ms. */
export function interpolateZoom(p0: View, p1: View): ((t: number) => View) & { duration: number } {
  const [ux0, uy0, w0] = p0;
  const [ux1, uy1, w1] = p1;
  const dx = ux1 - ux0;
  const dy = uy1 - uy0;
  const d2 = dx * dx + dy * dy;
  let i: (t: number) => View;
  let S: number;
  if (d2 < epsilon2) {
    S = Math.log(w1 / w0) / rho;
    i = (t) => [ux0 + t * dx, uy0 + t * dy, w0 * Math.exp(rho * t * S)];
  } else {
    const d1 = Math.sqrt(d2);
    const b0 = (w1 * w1 - w0 * w0 + rho4 * d2) / (2 * w0 * rho2 * d1);
    const b1 = (w1 * w1 - w0 * w0 - rho4 * d2) / (2 * w1 * rho2 * d1);
    const r0 = Math.log(Math.sqrt(b0 * b0 + 1) - b0);
    const r1 = Math.log(Math.sqrt(b1 * b1 + 1) - b1);
    S = (r1 - r0) / rho;
    i = (t) => {
      const s = t * S;
      const coshr0 = cosh(r0);
      const u = (w0 / (rho2 * d1)) * (coshr0 * tanh(rho * s + r0) - sinh(r0));
      return [ux0 + u * dx, uy0 + u * dy, (w0 * coshr0) / cosh(rho * s + r0)];
    };
  }
  return Object.assign(i, { duration: (Math.abs(S) * 1000 * rho) / Math.SQRT2 });
}

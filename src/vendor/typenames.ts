// How d3 reads event and callback names ("click.zoom mousedown.zoom"), shared by the slim
// d3-selection and d3-dispatch stand-ins. After d3-selection and d3-dispatch 3.0: Copyright
// 2010-2021 Mike Bostock, ISC License.

/** Space-separated `type.name` pairs; a missing name is `''`, a missing type (".zoom") is `''`. */
export function parseTypenames(typenames: string): { type: string; name: string }[] {
  return typenames
    .trim()
    .split(/^|\s+/)
    .map((t) => {
      const i = t.indexOf('.');
      return i >= 0 ? { type: t.slice(0, i), name: t.slice(i + 1) } : { type: t, name: '' };
    });
}

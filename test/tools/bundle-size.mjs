// Fails the build when the self-contained bundle outgrows its budget (gzip, level 9), and lists the
// files it loads on demand.
// The budget lives in package.json ("bundleBudget", bytes); it only ever goes down.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const root = new URL('../../', import.meta.url);
const { bundleBudget } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const js = readFileSync(new URL('dist/bundle/syria-chronicle.js', root));
const gzip = gzipSync(js, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const line = `bundle: ${kb(js.length)} raw, ${kb(gzip)} gzip (budget ${kb(bundleBudget.gzip)} gzip)`;
// Self-contained: no static import of another file (a module shared with an on-demand file would be
// split out into one). Dynamic imports of the files loaded on demand are fine.
const statics = js.toString().match(/\bimport\s*(?:[\w*{][^()'"`]*?\bfrom\s*)?["'`][^"'`]+["'`]/g) ?? [];
if (statics.length) {
  console.error(`bundle: not self-contained, it imports ${statics.join(', ')}`);
  process.exit(1);
}
if (gzip > bundleBudget.gzip) {
  console.error(`${line}: over budget by ${kb(gzip - bundleBudget.gzip)}`);
  process.exit(1);
}
console.log(line);
// Files the bundle loads only when a page asks (the dataset's translations), beside it: not in the budget.
for (const name of readdirSync(new URL('dist/bundle/', root))) {
  if (!name.endsWith('.js') || name === 'syria-chronicle.js') continue;
  const file = readFileSync(new URL(`dist/bundle/${name}`, root));
  console.log(`  loaded on demand: ${name}, ${kb(file.length)} raw, ${kb(gzipSync(file, { level: 9 }).length)} gzip`);
}

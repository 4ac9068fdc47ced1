// The package, tried as an app author would: `npm pack`, then install the tarball into a throwaway
// Vite + TypeScript app with a plain page and a React page that import the elements, the React
// components and the dataset; it must type-check (with the tag and event maps doing their work)
// and build. Installs from npm's cache first (after `npm ci` it holds every package needed).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'chronicle-package-'));
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const version = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;

try {
  // 1. The tarball holds the built modules, their types and maps, the dataset and schema, the
  //    manifest, README and licence: nothing else.
  // Packs what `npm run build` made (`.ci/run` builds first; `npm pack` alone builds in prepack).
  const packed = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], root));
  const tarball = join(work, packed[0].filename);
  const files = packed[0].files.map((f) => f.path).sort();
  const allowed =
    /^(dist\/.+\.(js|d\.ts|js\.map|d\.ts\.map)|data\/(syria|syria\.ar|schema)\.json|custom-elements\.json|README\.md|LICENSE|package\.json)$/;
  const stray = files.filter((f) => !allowed.test(f));
  check(stray.length === 0, `the tarball holds only what it should${stray.length ? `, not ${stray.join(', ')}` : ''}`);
  for (const f of [
    'dist/index.js',
    'dist/index.d.ts',
    'dist/define.js',
    'dist/react/index.d.ts',
    'dist/components/explorer/define.d.ts',
    'data/syria.json',
    'data/syria.ar.json',
    'dist/data/syria-ar.js',
    'data/schema.json',
    'custom-elements.json',
    'README.md',
    'LICENSE',
  ])
    check(files.includes(f), `the tarball has ${f}`);
  check(
    files.some((f) => f.endsWith('.js.map')),
    'the tarball has source maps',
  );
  check(
    !files.some((f) => f.startsWith('src/') || f.startsWith('test/') || f.startsWith('stories/')),
    'no sources, tests or stories',
  );

  // 2. A throwaway app.
  const app = join(work, 'app');
  mkdirSync(join(app, 'src'), { recursive: true });
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify(
      {
        name: 'chronicle-app',
        private: true,
        type: 'module',
        dependencies: {
          'syria-chronicle': `file:${tarball}`,
          react: version('react'),
          'react-dom': version('react-dom'),
        },
        devDependencies: {
          typescript: version('typescript'),
          vite: version('vite'),
          '@types/react': version('@types/react'),
          '@types/react-dom': version('@types/react-dom'),
        },
      },
      null,
      2,
    ),
  );
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        resolveJsonModule: true,
        skipLibCheck: false,
        types: [],
      },
      include: ['src'],
    }),
  );
  writeFileSync(
    join(app, 'index.html'),
    '<!doctype html><chronicle-timeline></chronicle-timeline><script type="module" src="/src/main.ts"></script>',
  );
  writeFileSync(
    join(app, 'react.html'),
    '<!doctype html><div id="root"></div><script type="module" src="/src/react.tsx"></script>',
  );
  writeFileSync(
    join(app, 'src/main.ts'),
    `import 'syria-chronicle/explorer.js';
import { syria, parseDataset, type ChronicleEvent, type ChronicleTimeline } from 'syria-chronicle';
import raw from 'syria-chronicle/data/syria.json';

// The tag map: querySelector knows the element's class.
const timeline: ChronicleTimeline | null = document.querySelector('chronicle-timeline');
// The event map: the listener knows the event's detail.
timeline?.addEventListener('chronicle-select', (e) => {
  const title: string | undefined = e.detail.item?.title;
  console.log(title);
});
timeline?.addEventListener('chronicle-range-change', (e) => console.log(e.detail.start < e.detail.end));
const first: ChronicleEvent = syria.events[0]!;
const parsed = parseDataset(raw);
console.log(first.id, parsed.ok);
const explorer = document.createElement('chronicle-explorer');
explorer.syncUrl = true;
document.body.append(explorer);
// @ts-expect-error: selected is a string, so the types are real (this line must be an error).
if (timeline) timeline.selected = 5;
`,
  );
  writeFileSync(
    join(app, 'src/react.tsx'),
    `import { createRoot } from 'react-dom/client';
import { Explorer, Timeline } from 'syria-chronicle/react';

function App() {
  return (
    <>
      <Timeline groupBy="actor" label="Syria" onSelect={(e) => console.log(e.detail.item?.title)} />
      <Explorer syncUrl onFilterChange={(e) => console.log(e.detail.filter.actors)} />
    </>
  );
}
// @ts-expect-error: an unknown prop, so the props are typed (this line must be an error).
const wrong = <Timeline groupBy="actor" nonsense={3} />;
console.log(wrong);
createRoot(document.getElementById('root')!).render(<App />);
`,
  );
  writeFileSync(
    join(app, 'vite.config.js'),
    `export default { build: { rollupOptions: { input: ['index.html', 'react.html'] } }, logLevel: 'warn' };\n`,
  );
  try {
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], app);
    check(true, 'the tarball installs into a Vite + TypeScript app');
  } catch (e) {
    check(false, `the tarball installs into a Vite + TypeScript app: ${e.stderr || e.message}`);
    throw e;
  }
  try {
    run('npx', ['tsc', '-p', '.'], app);
    check(true, 'the app type-checks: elements, events, dataset, JSON and React components are typed');
  } catch (e) {
    check(false, `the app type-checks:\n${e.stdout}${e.stderr}`);
  }
  try {
    run('npx', ['vite', 'build'], app);
    const built = run('ls', ['dist/assets'], app);
    check(/\.js/.test(built), 'the app builds, the plain page and the React page');
  } catch (e) {
    check(false, `the app builds:\n${e.stdout}${e.stderr}`);
  }
} catch (e) {
  if (!failures.length) check(false, e.message);
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(failures.length ? `${failures.length} package checks failed` : 'every package check passed');
process.exit(failures.length ? 1 : 0);

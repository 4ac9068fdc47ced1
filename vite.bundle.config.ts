import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { build, defineConfig, type Plugin } from 'vite';

/** `css` template text without comments and with no more spaces than CSS needs. */
const minifyCssText = (text: string) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    // (After a colon only: a space before one can be a descendant combinator, as in `a :hover`.)
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');

/**
 * Lit keeps `html`, `svg` and `css` templates as written: indentation, newlines and comments ship in
 * the bundle. This collapses them, finding the templates with TypeScript's parser so code inside
 * `${...}` is never touched: in `css`, spaces CSS does not need go (no template here interpolates);
 * in `html` and `svg`, a run of whitespace holding a line break becomes one space, which renders the
 * same. That is what lets every element and the dataset fit the size budget.
 */
const minifyTemplates: Plugin = {
  name: 'chronicle-minify-templates',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !/(html|svg|css)`/.test(code)) return null;
    const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
    const edits: { start: number; end: number; text: string }[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && /^(html|svg|css)$/.test(node.tag.text)) {
        const tag = node.tag.text;
        const t = node.template;
        const parts = ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((s) => s.literal)];
        for (const part of parts) {
          // The part's raw text sits between its delimiters: ` or } before, ` or ${ after.
          const start = part.getStart(file) + 1;
          const end =
            part.getEnd() -
            (part.kind === ts.SyntaxKind.TemplateHead || part.kind === ts.SyntaxKind.TemplateMiddle ? 2 : 1);
          const raw = code.slice(start, end);
          const text = tag === 'css' ? minifyCssText(raw) : raw.replace(/\s*\n\s*/g, ' ');
          if (text !== raw) edits.push({ start, end, text });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
    if (edits.length === 0) return null;
    let out = code;
    for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
    return { code: out, map: null };
  },
};

/**
 * The dataset parser is needed only when a page brings its own JSON (`src` or an inline child), so it
 * loads on demand, from `syria-chronicle.parse.js` beside the bundle. It is built on its own, with its
 * own copy of the few date helpers and constants it shares with the elements: in one build, the
 * bundler would split those shared modules out into a third file that the bundle imports.
 */
const PARSER = 'syria-chronicle.parse.js';
const PARSE_MODULE = fileURLToPath(new URL('src/data/parse.ts', import.meta.url));
const parserApart: Plugin = {
  name: 'chronicle-parser-apart',
  enforce: 'pre',
  // Any import of the parser module, whoever makes it: a static one then fails the bundle-size check
  // (the bundle must import nothing), rather than quietly bringing the parser back in.
  async resolveId(source, importer, options) {
    if (!importer || !/\/parse\.js$/.test(source)) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved?.id === PARSE_MODULE ? { id: `./${PARSER}`, external: true } : null;
  },
  async closeBundle() {
    await build({
      configFile: false,
      logLevel: 'warn',
      build: {
        lib: {
          entry: PARSE_MODULE,
          formats: ['es'],
          fileName: () => PARSER,
        },
        outDir: 'dist/bundle',
        emptyOutDir: false,
        sourcemap: true,
        target: 'es2022',
        rolldownOptions: { output: { minify: true } },
      },
    });
  },
};

/**
 * The self-contained embed bundle: lit, the d3 parts, every element and the Syria dataset in one
 * minified ES module that registers every element.
 */
export default defineConfig({
  plugins: [minifyTemplates, parserApart],
  resolve: {
    // No d3 transition ever runs (the zoom controller eases moves itself): see the stub.
    // Only d3-interpolate's zoom interpolator is used, and the full module keeps d3-color; only
    // d3-time's UTC intervals are used, and the full module builds the local ones and keeps d3-array.
    // Selections are only ever of one node, for d3-zoom's listeners: a slim d3-selection serves, and
    // a slim d3-dispatch for its three events.
    alias: {
      'd3-transition': fileURLToPath(new URL('src/vendor/d3-transition-stub.ts', import.meta.url)),
      'd3-interpolate': fileURLToPath(new URL('src/vendor/d3-interpolate-zoom.ts', import.meta.url)),
      'd3-time': fileURLToPath(new URL('src/vendor/d3-time-utc.ts', import.meta.url)),
      'd3-selection': fileURLToPath(new URL('src/vendor/d3-selection-lite.ts', import.meta.url)),
      'd3-dispatch': fileURLToPath(new URL('src/vendor/d3-dispatch-lite.ts', import.meta.url)),
    },
  },
  build: {
    lib: { entry: 'src/embed.ts', formats: ['es'], fileName: () => 'syria-chronicle.js' },
    outDir: 'dist/bundle',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    // The dataset's translations and the vertical layout load on demand from files beside the bundle,
    // with stable names; no comments (the minifier's purity marks are no use to a page, and cost 1 KB).
    // A file loaded on demand imports nothing: what it shares with the bundle is handed to it (see
    // `useKit`, `PAINT_KIT`), as an import would name the bundle's file, or split a third file out.
    rolldownOptions: { output: { minify: true, comments: false, chunkFileNames: 'syria-chronicle.[name].js' } },
  },
});

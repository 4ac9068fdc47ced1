import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The self-contained embed bundle: lit, the d3 parts, the date-fns parts, every element and the
 * Syria dataset in one minified ES module that registers every element.
 */
export default defineConfig({
  resolve: {
    // No d3 transition ever runs (the zoom controller eases moves itself): see the stub.
    // Only d3-interpolate's zoom interpolator is used, and the full module keeps d3-color: see both.
    alias: {
      'd3-transition': fileURLToPath(new URL('src/vendor/d3-transition-stub.ts', import.meta.url)),
      'd3-interpolate': fileURLToPath(new URL('src/vendor/d3-interpolate-zoom.ts', import.meta.url)),
    },
  },
  build: {
    lib: { entry: 'src/define.ts', formats: ['es'], fileName: () => 'syria-chronicle.js' },
    outDir: 'dist/bundle',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    rolldownOptions: { output: { minify: true } },
  },
});

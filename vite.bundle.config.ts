import { defineConfig } from 'vite';

/**
 * The self-contained embed bundle: lit, the d3 parts, the date-fns parts, every element and the
 * Syria dataset in one minified ES module that registers every element.
 */
export default defineConfig({
  build: {
    lib: { entry: 'src/define.ts', formats: ['es'], fileName: () => 'syria-chronicle.js' },
    outDir: 'dist/bundle',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    rolldownOptions: { output: { minify: true } },
  },
});

import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { countReporter } from './test/tools/count-reporter.mjs';
import { touchPlugin } from './test/tools/touch-plugin.mjs';
import { forcedColorsPlugin } from './test/tools/forced-colors-plugin.mjs';
import { fixturesMiddleware } from './test/tools/fixtures-middleware.mjs';
import { CHROMIUM_ARGS, findChromium } from './test/tools/chromium.mjs';

let executablePath;
try {
  executablePath = findChromium();
} catch (e) {
  console.error(e.message);
  process.exit(1);
}

/** A Chromium whose clock runs in `timeZone`: the dataset's dates must not move with it. */
const chromium = (timeZone) =>
  chromeLauncher({
    launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS, env: { ...process.env, TZ: timeZone } },
  });

export default {
  nodeResolve: true,
  middleware: [fixturesMiddleware],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' }), touchPlugin(), forcedColorsPlugin()],
  // One page at a time: focus, keyboard and animation frames belong to the visible page.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: true }),
    countReporter('test-results/web-test-runner.json'),
  ],
  coverageConfig: { include: ['src/**/*.ts'], report: true, reportDir: 'coverage' },
  groups: [
    {
      name: 'utc',
      files: ['test/core/**/*.test.ts', 'test/data/**/*.test.ts', 'test/components/**/*.test.ts'],
      browsers: [chromium('UTC')],
    },
    // Everything again in a zone with a half-hour offset and daylight saving time (plus a check that it is).
    {
      name: 'st-johns',
      files: ['test/**/*.test.ts'],
      browsers: [chromium('America/St_Johns')],
    },
  ],
};

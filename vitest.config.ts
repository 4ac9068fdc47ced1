import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, findChromium } from './test/tools/chromium.mjs';

// Every story, and its `play` function, runs as a test in the system Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          setupFiles: ['.storybook/vitest.setup.ts'],
          browser: {
            // Forced colours (Windows High Contrast), which the ForcedColours stories switch on.
            commands: {
              forcedColors: async ({ page }, on: boolean) =>
                page.emulateMedia({ forcedColors: on ? 'active' : 'none' }),
            },
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});

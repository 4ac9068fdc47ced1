// Story tests only (vitest runs the stories in Chromium): hands the stories what Storybook itself cannot
// do, such as switching forced colours on (see the ForcedColours stories).
import { commands } from 'vitest/browser';

declare module 'vitest/browser' {
  interface BrowserCommands {
    forcedColors: (on: boolean) => Promise<void>;
  }
}

(globalThis as { chronicleForcedColors?: (on: boolean) => Promise<void> }).chronicleForcedColors = (on) =>
  commands.forcedColors(on);

import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/define.js';

// API docs (attributes, properties, events, parts, custom properties) come from the manifest.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
    // Every story is checked with axe after it renders (and its play function runs): a violation
    // fails the story's test.
    a11y: { test: 'error' },
  },
};

export default preview;

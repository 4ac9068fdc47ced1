import { expect, fixture, html } from '@open-wc/testing';
import { getSnapshotConfig, readFile, setViewport, writeFile } from '@web/test-runner-commands';
import '../../src/components/timeline/define.js';
import type { ChronicleTimeline } from '../../src/components/timeline/timeline.js';

/**
 * The chart's SVG as a stable text: Lit's markers dropped, numbers rounded to 3 decimals, one
 * element per line. What changes here is what a reader would see change.
 */
function normalize(svg: SVGSVGElement): string {
  return svg.outerHTML
    .replace(/<!--[^]*?-->/g, '')
    .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 1000) / 1000))
    .replace(/\s+/g, ' ')
    .replace(/> </g, '><')
    .replace(/></g, '>\n<')
    .trim()
    .concat('\n');
}

async function snapshotOf(width: number) {
  const box = await fixture<HTMLDivElement>(
    html`<div style="width:${width}px"><chronicle-timeline></chronicle-timeline></div>`,
  );
  const el = box.firstElementChild as ChronicleTimeline;
  const end = performance.now() + 3000;
  while (!el.shadowRoot!.querySelector('svg [data-id]') && performance.now() < end) {
    await new Promise((r) => setTimeout(r, 16));
  }
  await el.updateComplete;
  return normalize(el.shadowRoot!.querySelector('svg')!);
}

describe('<chronicle-timeline> SVG snapshots of the Syria view', () => {
  before(() => setViewport({ width: 1400, height: 900 }));

  for (const width of [320, 768, 1280]) {
    it(`draws the same Syria view at ${width} px`, async () => {
      const actual = await snapshotOf(width);
      const path = `snapshots/syria-${width}.svg`;
      const { updateSnapshots } = await getSnapshotConfig();
      if (updateSnapshots) {
        await writeFile({ path, content: actual });
        return;
      }
      const expected = await readFile({ path });
      expect(expected, `${path} is missing: run npm test -- --update-snapshots and review it`).to.be.a('string');
      // Report the first line that differs, not two whole drawings.
      const a = actual.split('\n');
      const e = expected!.split('\n');
      const line = a.findIndex((l, i) => l !== e[i]);
      const where = line < 0 ? Math.min(a.length, e.length) : line;
      expect(a[where], `${path} line ${where + 1} (update with --update-snapshots if the change is intended)`).to.equal(
        e[where],
      );
      expect(a.length, `${path} has ${e.length} lines`).to.equal(e.length);
    });
  }
});

import { expect } from '@open-wc/testing';
import { readFile } from '@web/test-runner-commands';
import { CATEGORY_LABELS } from '../../src/core/categories.js';
import { AR } from '../../src/i18n/ar.js';
import { translator, wordsIn } from '../../src/i18n/words.js';

const SOURCES = [
  'timeline/timeline.ts',
  'timeline/timeline.templates.ts',
  'card/card.ts',
  'legend/legend.ts',
  'list/list.ts',
  'overview/overview.ts',
  'explorer/explorer.ts',
  '../controllers/data-source.ts',
  '../controllers/events-check.ts',
  '../data/source.ts',
].map((f) => `../../src/components/${f}`);

describe("the elements' words", () => {
  it('fills values in, and picks plural forms by the language’s rules', () => {
    const en = translator(undefined, 'en');
    expect(en('Showing {a} to {b}.', { a: '1 May', b: '2 May' })).to.equal('Showing 1 May to 2 May.');
    expect(en('Not in any table')).to.equal('Not in any table');
    const ar = translator(AR, 'ar');
    const more = (n: number) => ar('{n} more items here: zoom in to show them', { n }, n);
    expect([1, 2, 3, 11, 100].map(more)).to.deep.equal([
      '1 عنصر آخر هنا: كبّر لإظهاره',
      '2 عنصران آخران هنا: كبّر لإظهارهما',
      '3 عناصر أخرى هنا: كبّر لإظهارها',
      '11 عنصرًا آخر هنا: كبّر لإظهارها',
      '100 عنصر آخر هنا: كبّر لإظهارها',
    ]);
    // A text the table lacks stays English.
    expect(ar('Not in any table')).to.equal('Not in any table');
  });

  it('has Arabic for every text the elements write, loaded on demand', async () => {
    const keys = new Set<string>([
      'Zoom in',
      'Zoom out',
      'Show everything',
      'Timeline',
      'Events',
      'Visible range',
      'Select an event to read about it.',
      ...Object.values(CATEGORY_LABELS),
      // Lane names: categories, the lane of items naming no actor, and the one lane of group-by=none.
      'No actor named',
      // The words around dates (core/format.ts).
      'since {a}, ongoing',
      '{a} to {b}',
      'before {b}',
      'between {a} and {b}',
      'undated, ongoing',
      'undated',
      // The name a data source's error gives an inline child (controllers/data-source.ts).
      'The inline JSON',
    ]);
    for (const path of SOURCES) {
      const source = (await readFile({ path }))!;
      // `t('…')`, and `said('…')` for the words of a data source's error.
      for (const m of source.matchAll(/\b(?:t|said)\(\s*(?:[^'()]*?\?\s*)?'([^']*)'(?:\s*:\s*'([^']*)')?/g)) {
        keys.add(m[1]!);
        if (m[2]) keys.add(m[2]);
      }
    }
    expect(keys.size).to.be.above(60);
    const missing = [...keys].filter((k) => !(k in AR));
    expect(missing, 'texts with no Arabic').to.deep.equal([]);
    const unused = Object.keys(AR).filter((k) => !keys.has(k));
    expect(unused, 'Arabic for texts no element writes').to.deep.equal([]);
    expect(wordsIn('fr')).to.equal(undefined);
    await new Promise<void>((resolve) => wordsIn('ar-EG', resolve));
    expect(wordsIn('ar')).to.equal(AR);
  });
});

import { expect } from '@open-wc/testing';
import arabicJson from '../../data/syria.ar.json' with { type: 'json' };
import { formatDatasetError } from '../../src/data/parse.js';
import { baseLanguage, syriaIn } from '../../src/data/shipped.js';
import { syria } from '../../src/data/syria.js';
import { parseTranslation, translateDataset, type DatasetTranslation } from '../../src/data/translation.js';

const ARABIC = /^[\u0600-\u06FF\s\d().,:;،؛«»/\-–'"A-Z]+$/u;

describe('the Arabic translation of the Syria dataset', () => {
  it('gives every item a title, summary and attribution in Arabic, and every actor and place a name', () => {
    const result = parseTranslation(arabicJson, syria);
    expect(result.ok, result.ok ? '' : result.errors.map(formatDatasetError).join('; ')).to.equal(true);
    const t = arabicJson as unknown as DatasetTranslation;
    expect(t.locale).to.equal('ar');
    for (const e of syria.events) {
      const words = t.events[e.id];
      expect(words, e.id).to.be.an('object');
      for (const field of ['title', 'summary', 'attribution', 'dateNote'] as const)
        expect(words![field], `${e.id}.${field}`).to.match(ARABIC);
    }
    for (const a of syria.actors) expect(t.actors![a.id], a.id).to.match(ARABIC);
    for (const p of syria.places) expect(t.places![p.id], p.id).to.match(ARABIC);
  });

  it('loads on demand for ar and any ar- tag, and leaves other languages in English', async () => {
    expect(baseLanguage('ar-SY')).to.equal('ar');
    expect(syriaIn('fr')).to.equal(syria);
    const loaded = new Promise<void>((resolve) => syriaIn('ar-SY', resolve));
    await loaded;
    const arabic = syriaIn('ar');
    expect(syriaIn('AR-sy')).to.equal(arabic);
    const crossing = arabic.events.find((e) => e.id === 'iraqi-militias-cross-into-syria')!;
    expect(crossing.title).to.equal('فصائل عراقية تعبر إلى سوريا');
    expect(crossing.source.attribution).to.equal('مصدرين أمنيين عراقيين');
    // Dates, ids, links and references stay as they are.
    const english = syria.events.find((e) => e.id === crossing.id)!;
    const words = (e: typeof crossing) => ({
      ...e,
      title: '',
      summary: '',
      source: { ...e.source, attribution: '' },
      dateBasis: { ...e.dateBasis, note: '' },
    });
    expect(words(crossing)).to.deep.equal(words(english));
    expect(crossing.dateBasis.note).to.contain('1 كانون الأول/ديسمبر 2024');
    expect(arabic.places.find((p) => p.id === 'aleppo')!.name).to.equal('حلب');
  });
});

describe('parseTranslation and translateDataset', () => {
  it('says what is wrong and where', () => {
    const result = parseTranslation(
      {
        locale: 'arabic!',
        events: { 'no-such-item': { title: 'x' }, 'russia-enters-war-2015': { title: '', headline: 'x' } },
        actors: { iran: 3 },
        places: [],
      },
      syria,
    );
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.errors.map(formatDatasetError)).to.deep.equal([
      'locale: must be a language tag such as "ar"',
      "events.no-such-item: is not an id of the dataset's events",
      'events.russia-enters-war-2015.title: must be non-empty text',
      'events.russia-enters-war-2015.headline: is not a field a translation has',
      'actors.iran: must be non-empty text',
      'places: must be an object keyed by id',
    ]);
    expect(parseTranslation('ar', syria)).to.deep.equal({
      ok: false,
      errors: [{ path: '', message: 'a translation must be a JSON object' }],
    });
  });

  it('keeps the dataset’s own words wherever the translation has none', () => {
    const t: DatasetTranslation = {
      locale: 'fr',
      events: { 'russia-enters-war-2015': { title: 'La Russie entre en guerre' } },
    };
    const fr = translateDataset(syria, t);
    const russia = fr.events.find((e) => e.id === 'russia-enters-war-2015')!;
    expect(russia.title).to.equal('La Russie entre en guerre');
    expect(russia.summary).to.equal(syria.events.find((e) => e.id === russia.id)!.summary);
    expect(fr.events.filter((e, i) => e !== syria.events[i]).length).to.equal(1);
    expect(fr.actors).to.deep.equal(syria.actors);
  });
});

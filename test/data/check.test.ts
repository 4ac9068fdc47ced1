import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { checkEvents } from '../../src/data/check.js';
import { formatDatasetError, parseDataset } from '../../src/data/parse.js';
import { Reader, readEvent } from '../../src/data/read.js';
import { soundEvent } from '../../src/data/sound.js';
import { BAD_INPUTS, validDataset } from '../fixtures/dataset.js';

/** The rules of the file format alone: a page's own events (given as a property) need not follow them. */
const FORMAT_ONLY = ['an unknown actor', 'an unknown place', 'an unknown field', 'an id that is not kebab-case'];

describe('checkEvents (events given as a property)', () => {
  it('hands back a sound list as it is, and reads a list afresh each time (the page may change it in place)', () => {
    const events = validDataset().events as unknown[];
    const checked = checkEvents(events);
    expect(checked.events).to.equal(events);
    expect(checked.problems).to.deep.equal([]);
    expect(checked.unusable).to.equal(false);
    events[1] = null;
    expect(checkEvents(events).problems.map(formatDatasetError)).to.deep.equal([
      'events[1]: expected an event (an object), found null',
    ]);
  });

  for (const { name, change, errors } of BAD_INPUTS.filter(
    (b) => !FORMAT_ONLY.includes(b.name) && b.errors.every((e) => e.startsWith('events[')),
  )) {
    it(`leaves out an event with ${name}, in the parser's words`, () => {
      const events = (change(validDataset()) as { events: unknown[] }).events;
      const checked = checkEvents(events);
      expect(checked.problems.map(formatDatasetError)).to.deep.equal(errors);
      const bad = new Set(errors.map((e) => Number(/^events\[(\d+)\]/.exec(e)![1])));
      expect(checked.events.map((e) => e.id)).to.deep.equal(
        events.filter((_, i) => !bad.has(i)).map((e) => (e as { id: string }).id),
      );
    });
  }

  it("takes a page's own fields, ids and actors, and titles of any length", () => {
    const events = validDataset().events;
    events[0].colour = 'red';
    events[1].id = 'Siege 2012 (Aleppo)';
    events[2].actors = ['someone not in any table'];
    events[3].title = 'A very long title '.repeat(40);
    expect(checkEvents(events).problems).to.deep.equal([]);
  });

  it('drops a relation to an event that was left out, with it', () => {
    const events = validDataset().events;
    events[2].when.date = '2024-02-30';
    const checked = checkEvents(events);
    expect(checked.events.map((e) => e.id)).to.not.include('crossing');
    const denial = checked.events.find((e) => e.id === 'denial')!;
    expect(denial.relations).to.deep.equal([]);
    // The page's own object is left as it was.
    expect(events[3].relations).to.have.length(1);
  });

  it('cannot use a value that is not a list, or a list none of whose events is sound', () => {
    for (const value of [42, 'events', {}, null]) {
      const checked = checkEvents(value);
      expect(checked.unusable, String(value)).to.equal(true);
      expect(checked.problems.map(formatDatasetError)[0]).to.match(/^events: expected a list of events, found /);
    }
    const checked = checkEvents([null, { id: 'x' }]);
    expect(checked.unusable).to.equal(true);
    expect(checked.problems[0]).to.deep.equal({
      path: 'events[0]',
      message: 'expected an event (an object), found null',
    });
    expect(checkEvents([]).unusable, 'no events at all is a sound, empty list').to.equal(false);
  });

  it('reports a list that throws when it is read (a getter, a Proxy) instead of throwing', () => {
    const hostile = new Proxy([], {
      get() {
        throw new Error('no reading me');
      },
    });
    expect(checkEvents(hostile)).to.deep.equal({
      events: [],
      problems: [{ path: 'events', message: 'cannot be read: no reading me' }],
      unusable: true,
    });
    const getter = [validDataset().events[0]];
    Object.defineProperty(getter[0], 'title', {
      get() {
        throw new Error('a trap');
      },
    });
    expect(checkEvents(getter).problems).to.deep.equal([{ path: 'events', message: 'cannot be read: a trap' }]);
  });
});

/** Events near the valid ones: any field left out or replaced by another value, hostile ones included. */
const nearEvents = () => {
  const base = validDataset().events as Record<string, unknown>[];
  const value = fc.oneof(
    fc.anything(),
    fc.constantFrom('', ' ', '2024-02-30', '2024-13', '0999', '2024', '2024-02-29', 'armed-conflict', 'date'),
    fc.record({ type: fc.constantFrom('date', 'period', 'window', 'undated', 'x'), date: fc.string() }),
    fc.record(
      {
        type: fc.constantFrom('period', 'window'),
        start: fc.constantFrom('2012', '2016-05', '2030'),
        end: fc.constantFrom('2010', '2016', '2016-04'),
        from: fc.constantFrom('2024-12-05', '2024'),
        to: fc.constantFrom('2024-12-02', '2025'),
        ongoing: fc.anything(),
      },
      { requiredKeys: ['type'] },
    ),
  );
  const field = fc.constantFrom(
    'id',
    'title',
    'summary',
    'category',
    'when',
    'dateBasis',
    'actors',
    'places',
    'source',
    'relations',
  );
  return fc
    .tuple(fc.integer({ min: 0, max: base.length - 1 }), fc.array(fc.tuple(field, fc.option(value)), { maxLength: 3 }))
    .map(([i, changes]) => {
      const event: Record<string, unknown> = structuredClone(base[i]!);
      for (const [key, v] of changes) {
        if (v === null) delete event[key];
        else event[key] = v;
      }
      return event;
    });
};

describe('checkEvents and the parser, for any input (fast-check)', () => {
  it('the quick check accepts exactly what the full reading of an event accepts', () => {
    fc.assert(
      fc.property(nearEvents(), (event) => {
        const r = new Reader();
        const read = readEvent(r, event, 'events[0]');
        expect(soundEvent(event), JSON.stringify(event)).to.equal(!!read && r.errors.length === 0);
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws; shows every sound event once and names each left out by its path', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(nearEvents(), { maxLength: 12 }), fc.anything()), (value) => {
        const checked = checkEvents(value);
        if (!Array.isArray(value)) {
          expect(checked.unusable).to.equal(true);
          return;
        }
        const left = new Set(checked.problems.map((p) => Number(/^events\[(\d+)\]/.exec(p.path)![1])));
        expect(checked.events.length + left.size).to.equal(value.length);
        expect(new Set(checked.events.map((e) => e.id)).size).to.equal(checked.events.length);
        for (const e of checked.events) expect(soundEvent({ ...e }), e.id).to.equal(true);
        const ids = new Set(checked.events.map((e) => e.id));
        for (const e of checked.events) for (const rel of e.relations ?? []) expect(ids.has(rel.target)).to.equal(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('parses any JSON without throwing; what it keeps is sound, in part or whole', () => {
    const dataset = fc.oneof(
      fc.jsonValue(),
      fc.array(nearEvents(), { maxLength: 8 }).map((events) => ({ ...validDataset(), events })),
    );
    fc.assert(
      fc.property(dataset, fc.boolean(), (json, partial) => {
        const result = parseDataset(json, { partial });
        if (!result.ok) {
          expect(result.errors.length).to.be.greaterThan(0);
          return;
        }
        const { events } = result.dataset;
        if (!partial) expect(result.rejected).to.deep.equal([]);
        expect(new Set(events.map((e) => e.id)).size).to.equal(events.length);
        for (const e of events) expect(soundEvent({ ...e }), e.id).to.equal(true);
        const ids = new Set(events.map((e) => e.id));
        for (const e of events) for (const rel of e.relations ?? []) expect(ids.has(rel.target)).to.equal(true);
      }),
      { numRuns: 1500 },
    );
  });
});

import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import schemaJson from '../../data/schema.json' with { type: 'json' };
import syriaJson from '../../data/syria.json' with { type: 'json' };
import { parseDataset } from '../../src/data/parse.js';
import {
  ACTOR_KINDS,
  CATEGORIES,
  DATE_METHODS,
  RELATION_TYPES,
  type Actor,
  type ChronicleDataset,
  type ChronicleEvent,
  type DateBasis,
  type DateWhen,
  type PeriodWhen,
  type Place,
  type Relation,
  type ReportInfo,
  type SourceRef,
  type UndatedWhen,
  type WindowWhen,
} from '../../src/data/types.js';
import { BAD_INPUTS, validDataset } from '../fixtures/dataset.js';

const schema = schemaJson as any;

// Compile-time half of the agreement: each list below must name exactly the required and the
// optional keys of its TypeScript interface, or `npm run typecheck` fails.
type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
type OptionalKeys<T> = Exclude<keyof T, RequiredKeys<T>>;
type Exhaustive<All, Listed> = [Exclude<All, Listed>] extends [never] ? unknown : never;

function keys<T>() {
  return <R extends readonly RequiredKeys<T>[], O extends readonly OptionalKeys<T>[]>(
    required: R & Exhaustive<RequiredKeys<T>, R[number]>,
    optional: O & Exhaustive<OptionalKeys<T>, O[number]>,
  ) => ({ required: [...required] as string[], optional: [...optional] as string[] });
}

const SHAPES: Record<string, { required: string[]; optional: string[] }> = {
  ChronicleDataset: keys<ChronicleDataset>()(['report', 'actors', 'places', 'events'], []),
  ReportInfo: keys<ReportInfo>()(['title', 'date', 'dateNote'], []),
  Actor: keys<Actor>()(['id', 'name', 'kind'], []),
  Place: keys<Place>()(['id', 'name'], ['coordinates']),
  ChronicleEvent: keys<ChronicleEvent>()(
    ['id', 'title', 'summary', 'category', 'when', 'dateBasis', 'actors', 'places', 'source'],
    ['relations'],
  ),
  DateWhen: keys<DateWhen>()(['type', 'date'], []),
  PeriodWhen: keys<PeriodWhen>()(['type', 'start'], ['end', 'ongoing']),
  WindowWhen: keys<WindowWhen>()(['type', 'to'], ['from']),
  UndatedWhen: keys<UndatedWhen>()(['type'], ['ongoing']),
  DateBasis: keys<DateBasis>()(['method', 'note'], ['words']),
  SourceRef: keys<SourceRef>()(['paragraphs', 'attribution'], ['url']),
  Relation: keys<Relation>()(['type', 'target'], []),
};

const resolve = (def: any): any => (def?.$ref ? resolve(schema.$defs[def.$ref.replace('#/$defs/', '')]) : def);
const definition = (name: string) => (name === 'ChronicleDataset' ? schema : schema.$defs[name]);
const enumOf = (def: string, prop: string) => resolve(schema.$defs[def].properties[prop]).enum;
const validator = new Validator(schema, '2020-12', false);

describe('data/schema.json and the TypeScript types', () => {
  for (const [name, { required, optional }] of Object.entries(SHAPES)) {
    it(`agree on the fields of ${name}`, () => {
      const def = definition(name);
      expect(def, name).to.be.an('object');
      expect(def.additionalProperties, `${name} allows no other fields`).to.equal(false);
      const props = Object.keys(def.properties).filter((k) => k !== '$schema');
      expect([...props].sort()).to.deep.equal([...required, ...optional].sort());
      expect([...def.required].sort()).to.deep.equal([...required].sort());
    });
  }

  it('agree on every enumeration', () => {
    expect(enumOf('ChronicleEvent', 'category')).to.deep.equal([...CATEGORIES]);
    expect(enumOf('DateBasis', 'method')).to.deep.equal([...DATE_METHODS]);
    expect(enumOf('Relation', 'type')).to.deep.equal([...RELATION_TYPES]);
    expect(enumOf('Actor', 'kind')).to.deep.equal([...ACTOR_KINDS]);
  });

  it('both accept the shipped dataset and the small valid one', () => {
    for (const doc of [syriaJson, validDataset()]) {
      const result = validator.validate(doc);
      expect(result.valid, JSON.stringify(result.errors.slice(0, 3))).to.equal(true);
      expect(parseDataset(doc).ok).to.equal(true);
    }
  });

  // Checks the schema can express (not cross-references, which only the parser sees).
  const SCHEMA_CAN_SEE =
    /format|month that|period with neither|unknown category|unknown field|unknown kind|off the globe|empty list|kebab-case|missing title|not an object|source address/;
  for (const bad of BAD_INPUTS.filter((b) => SCHEMA_CAN_SEE.test(b.name))) {
    it(`both reject ${bad.name}`, () => {
      const doc = bad.change(validDataset());
      expect(validator.validate(doc).valid).to.equal(false);
      expect(parseDataset(doc).ok).to.equal(false);
    });
  }
});

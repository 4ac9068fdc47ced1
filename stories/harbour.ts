import type { Actor, ChronicleEvent, Place } from '../src/data/types.js';

/**
 * A small made-up dataset for the companion stories: a harbour town's strike year, with actors and
 * places, a date, a period, a window, an ongoing period, an undated item, and a claim that one item
 * disputes and another supports.
 */
export const harbourActors: Actor[] = [
  { id: 'port-authority', name: 'The Port Authority', kind: 'organisation' },
  { id: 'dockworkers-union', name: "The dockworkers' union", kind: 'organisation' },
  { id: 'city-council', name: 'The city council', kind: 'organisation' },
  { id: 'harbour-gazette', name: 'The Harbour Gazette', kind: 'media' },
];

export const harbourPlaces: Place[] = [
  { id: 'north-quay', name: 'North Quay' },
  { id: 'old-town', name: 'Old Town' },
];

export const harbourEvents: ChronicleEvent[] = [
  {
    id: 'union-says-wages-unpaid',
    title: 'Union: wages unpaid since September',
    summary: 'The union says dockworkers have not been paid for weeks.',
    category: 'statement',
    when: { type: 'window', from: '2023-10-01', to: '2023-10-12' },
    dateBasis: { method: 'context', words: 'in early October', note: 'Said some time before the storm.' },
    actors: ['dockworkers-union'],
    places: ['north-quay'],
    source: { paragraphs: [2], attribution: "the union's spokesperson" },
  },
  {
    id: 'storm-closes-port',
    title: 'Storm closes the port',
    summary: 'A storm floods North Quay and the port closes for two days.',
    category: 'humanitarian',
    when: { type: 'date', date: '2023-10-14' },
    dateBasis: { method: 'explicit', note: 'The report gives the date.' },
    actors: ['port-authority'],
    places: ['north-quay', 'old-town'],
    source: { paragraphs: [0, 1], attribution: 'the Port Authority' },
  },
  {
    id: 'dockworkers-strike',
    title: 'Dockworkers strike',
    summary: 'Dockworkers stop work until back pay is settled.',
    category: 'political',
    when: { type: 'period', start: '2023-10-20', end: '2023-11-05' },
    dateBasis: { method: 'explicit', note: 'The report gives both dates.' },
    actors: ['dockworkers-union', 'port-authority'],
    places: ['north-quay'],
    source: {
      paragraphs: [3, 4],
      attribution: 'the union and the Port Authority',
      url: 'https://example.org/harbour-gazette/strike',
    },
  },
  {
    id: 'authority-denies-unpaid-wages',
    title: 'Port Authority denies wages are unpaid',
    summary: 'The Port Authority says every wage was paid on time.',
    category: 'statement',
    when: { type: 'date', date: '2023-10-22' },
    dateBasis: { method: 'relative', words: 'on Sunday', note: 'The Sunday before the report.' },
    actors: ['port-authority'],
    places: [],
    source: { paragraphs: [5], attribution: 'a Port Authority statement' },
    relations: [{ type: 'disputes', target: 'union-says-wages-unpaid' }],
  },
  {
    id: 'gazette-sees-payslips',
    title: 'Gazette: payslips show missed wages',
    summary: 'The local paper says payslips it has seen show wages were missed.',
    category: 'statement',
    when: { type: 'date', date: '2023-10-24' },
    dateBasis: { method: 'explicit', note: 'The day the paper published.' },
    actors: ['harbour-gazette'],
    places: [],
    source: { paragraphs: [6], attribution: 'the Harbour Gazette' },
    relations: [{ type: 'supports', target: 'union-says-wages-unpaid' }],
  },
  {
    id: 'council-brokers-talks',
    title: 'Council brokers talks',
    summary: 'The city council brings both sides to the table.',
    category: 'diplomacy',
    when: { type: 'date', date: '2023-11' },
    dateBasis: { method: 'explicit', note: 'Only the month is given.' },
    actors: ['city-council', 'dockworkers-union', 'port-authority'],
    places: ['old-town'],
    source: { paragraphs: [7], attribution: 'the city council' },
  },
  {
    id: 'quay-repairs',
    title: 'North Quay repairs',
    summary: 'Repairs to the flooded quay begin and are still going on.',
    category: 'humanitarian',
    when: { type: 'period', start: '2024', ongoing: true },
    dateBasis: { method: 'explicit', note: 'Begun this year, not finished.' },
    actors: ['port-authority'],
    places: ['north-quay'],
    source: { paragraphs: [8], attribution: 'the Port Authority' },
  },
  {
    id: 'dredging-planned',
    title: 'Harbour dredging planned',
    summary: 'The harbour is to be dredged; no date is given.',
    category: 'political',
    when: { type: 'undated' },
    dateBasis: { method: 'undated', note: 'The report gives no date.' },
    actors: ['city-council'],
    places: [],
    source: { paragraphs: [9], attribution: 'council minutes' },
  },
];

export * from './types.js';
export * from './parse.js';
export { syria } from './syria.js';
export * from './translation.js';
export { baseLanguage, syriaIn } from './shipped.js';

export * from './types.js';
export * from './parse.js';
export { syria } from './syria.js';
export * from './translation.js';
export { SHIPPED_LANGUAGES, baseLanguage, syriaIn } from './shipped.js';

export * from './types.js';
export * from './parse.js';
export { syria } from './syria.js';

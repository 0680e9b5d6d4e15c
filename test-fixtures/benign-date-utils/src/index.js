export * from './constants.js';
export * from './validate.js';
export * from './calendar.js';
export * from './compare.js';
export * from './parse.js';
export * from './format.js';
export * from './query.js';

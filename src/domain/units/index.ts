/** Versioned administrative units: types, CSV import, official lists, agencies and tree queries. */
export * from './unit.js';
export * from './csv.js';
export * from './import.js';
export * from './official-lists.js';
export * from './agencies.js';
export * from './tree.js';

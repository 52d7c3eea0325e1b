/** Petition domain: kinds, lifecycle, eligibility, tracking codes, duplicates, topics, demo data. */
export * from './types.js';
export * from './errors.js';
export * from './kinds.js';
export * from './lifecycle-table.js';
export * from './lifecycle-inputs.js';
export * from './lifecycle.js';
export * from './eligibility.js';
export * from './tracking-code.js';
export * from './duplicates.js';
export * from './topics.js';
export { DEMO_2019, generateDemo2019 } from './demo-2019.js';
export { DEMO_CURRENT_COMMUNE_CODES, demoCurrentCases } from './demo-current.js';
export type { DemoPetition, DemoPetitioner } from './demo-support.js';
export * from './demo-units.js';
export * from './deadline-labels.js';
export * from './case-state-of.js';
export * from './file-sniff.js';

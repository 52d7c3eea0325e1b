export * from './state-machine.js';
export * from './report-lifecycle.js';
export * from './finding-lifecycle.js';
export * from './model-lifecycle.js';
export * from './dialogue-rules.js';
export * from './indicators.js';
export * from './template.js';
export * from './html.js';

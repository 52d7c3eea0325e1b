/** Citizens' portal rules: kinds in plain words, consent, rating and re-opening. */
export * from './citizen-feedback.js';
export * from './kinds-explained.js';

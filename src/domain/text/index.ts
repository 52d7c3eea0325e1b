/** Vietnamese text utilities (folding, tokens, trigram similarity). */
export * from './fold.js';
export * from './forbidden-chars.js';

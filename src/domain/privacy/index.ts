/** Personal-data protection: consent text, data-subject rights and time limits (Law 91/2025/QH15). */
export * from './consent.js';
export * from './privacy-rules.js';
export * from './access-code.js';

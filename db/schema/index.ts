export * from './instansi.js';
export * from './organisation.js';
export * from './employees.js';
export * from './reviews.js';
export * from './access.js';
export * from './imports.js';
export * from './abk.js';
export * from './web-sessions.js';

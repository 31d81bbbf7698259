export * from './certificate-code.js';
export * from './signing-key.js';
export * from './certificate-hours.js';
export * from './minutes-split.js';
export * from './achievement-credential.js';
export * from './credential-jwt.js';
export * from './status-list.js';
export * from './verify-offline.js';

export * from './identity/role.js';
export * from './identity/profession.js';
export * from './identity/us-states.js';
export * from './identity/password-policy.js';
export * from './identity/license-requirement.js';
export * from './http/api-paths.js';
export * from './yaml-fields.js';
export * from './calendar.js';

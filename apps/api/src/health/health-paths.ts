/**
 * The probes' paths, named once: the controller serves them, and the Dockerfile's HEALTHCHECK,
 * compose.yaml and the tests that start the production build probe exactly these.
 */
export const HEALTH_PATH = '/health';
export const LIVENESS_PATH = '/health/live';
export const READINESS_PATH = '/health/ready';

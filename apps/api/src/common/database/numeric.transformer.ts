import type { ValueTransformer } from 'typeorm';

/** PostgreSQL `numeric` arrives as a string (exact decimals); CE hours fit a JS number. */
export const numericTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

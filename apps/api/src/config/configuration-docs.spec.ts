import { readFileSync } from 'node:fs';
import { getMetadataStorage } from 'class-validator';
import { Environment } from './environment.js';

/**
 * Every variable the API reads is a validated property of Environment; each one must have its
 * row in docs/configuration.md, so an operator never has to read the code to configure it.
 */
describe('docs/configuration.md', () => {
  const docs = readFileSync(new URL('../../../../docs/configuration.md', import.meta.url), 'utf8');
  const variables = [
    ...new Set(
      getMetadataStorage()
        .getTargetValidationMetadatas(Environment, '', true, false)
        .map((metadata) => metadata.propertyName),
    ),
  ];

  it('knows the variables the config reads', () => {
    expect(variables).toEqual(expect.arrayContaining(['NODE_ENV', 'PUBLIC_URL', 'SMTP_URL']));
    expect(variables.length).toBeGreaterThanOrEqual(25);
  });

  it.each(variables)('documents %s', (variable) => {
    expect(docs).toContain(`\`${variable}\``);
  });
});

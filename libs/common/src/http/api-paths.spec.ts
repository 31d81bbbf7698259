import { API_PATH_PREFIXES, credentialPath, GRAPHQL_PATH, verifyPath } from './api-paths.js';

describe('the API paths the web app shares', () => {
  it('encodes the check characters a code may end in', () => {
    expect(verifyPath('7K3M-Q9TX-20AB-H$')).toBe('/verify/7K3M-Q9TX-20AB-H%24');
    expect(credentialPath('7K3M-Q9TX-20AB-H=')).toBe('/credentials/7K3M-Q9TX-20AB-H%3D');
  });

  it('builds only paths the API answers', () => {
    const paths = [GRAPHQL_PATH, verifyPath('X'), credentialPath('X')];
    for (const path of paths) {
      expect(API_PATH_PREFIXES.some((prefix) => path.startsWith(prefix))).toBe(true);
    }
  });
});

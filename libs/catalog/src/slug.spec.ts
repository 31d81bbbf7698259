import { isValidSlug, slugify } from './slug.js';

describe('slugs', () => {
  it('accepts lower-case words joined by hyphens', () => {
    expect(isValidSlug('dry-needling-foundations')).toBe(true);
    expect(isValidSlug('level-1')).toBe(true);
  });

  it('refuses capitals, spaces, doubled or edge hyphens and the too short', () => {
    for (const bad of ['Dry-Needling', 'dry needling', 'dry--needling', '-dry', 'dry-', 'ab']) {
      expect({ bad, valid: isValidSlug(bad) }).toEqual({ bad, valid: false });
    }
  });

  it('suggests a slug from a title', () => {
    expect(slugify('Mécanisme: Twitch, Lesion & Immune Response!')).toBe(
      'mecanisme-twitch-lesion-immune-response',
    );
  });
});

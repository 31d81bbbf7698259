import { withoutSuggestion } from './hide-suggestions.plugin.js';

describe('withoutSuggestion', () => {
  it.each([
    ['Cannot query field "emial" on type "User". Did you mean "email"?'],
    ['Unknown argument "slugg" on field "Query.course". Did you mean "slug" or "search"?'],
    ['Unknown type "Usr". Did you mean "User", "Quiz", or "Question"?'],
    ['Value "ADMN" does not exist in "Role" enum. Did you mean the enum value "ADMIN"?'],
    ['Cannot query field "name" on type "Node". Did you mean to use an inline fragment on "User"?'],
  ])('takes the hint out of: %s', (message) => {
    const hidden = withoutSuggestion(message);
    expect(hidden).not.toMatch(/Did you mean/);
    expect(hidden).toBe(message.slice(0, message.indexOf(' Did you mean')));
  });

  it('keeps the rest of a message with several sentences', () => {
    expect(
      withoutSuggestion(
        'Variable "$input" got invalid value { a: 1 }; Field "emial" is not defined by type "LoginInput". Did you mean "email"?',
      ),
    ).toBe(
      'Variable "$input" got invalid value { a: 1 }; Field "emial" is not defined by type "LoginInput".',
    );
  });
});

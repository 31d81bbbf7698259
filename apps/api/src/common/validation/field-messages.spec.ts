import { fieldLabel, personMessage } from './field-messages.js';

describe('messages a person reads about a refused field', () => {
  it.each([
    ['displayName', 'Name'],
    ['licenseState', 'License state'],
    ['someNewField', 'Some new field'],
    ['options.2.text', 'Option 3: text'],
    ['tags.1', 'Tag 2'],
    ['modules.0.lessons.4.title', 'Lesson 5: title'],
    ['input.categories.1.seatTimeMinutes', 'Category 2: seat time (minutes)'],
  ])('labels %s as "%s"', (path, label) => {
    expect(fieldLabel(path)).toBe(label);
  });

  it.each([
    ['displayName must be longer than or equal to 1 characters', 'displayName', 'Name is required'],
    ['title should not be empty', 'title', 'Title is required'],
    [
      'text must be shorter than or equal to 500 characters',
      'options.2.text',
      'Option 3: text must be at most 500 characters',
    ],
    [
      'seatTimeMinutes must not be less than 1',
      'seatTimeMinutes',
      'Seat time (minutes) must be at least 1',
    ],
    [
      'maxAttempts must be an integer number',
      'maxAttempts',
      'Attempts allowed must be a whole number',
    ],
    ['email must be a valid email address', 'email', 'Email must be a valid email address'],
  ])('rewrites "%s"', (message, path, expected) => {
    const property = path.split('.').at(-1)!;
    expect(personMessage(message, property, path)).toBe(expected);
  });

  it('leaves a message written for a person as it is', () => {
    expect(personMessage('Choose at least one correct option', 'options', 'options')).toBe(
      'Choose at least one correct option',
    );
  });
});

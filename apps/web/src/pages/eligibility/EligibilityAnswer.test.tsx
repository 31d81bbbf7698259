import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { date } from '../../ui/format';
import { EligibilityAnswer } from './EligibilityAnswer';
import { californiaAnswer, coloradoAnswer } from './test-answers';

describe('EligibilityAnswer', () => {
  it('says the verdict, each requirement met or missing with its evidence, and the rest', () => {
    render(<EligibilityAnswer answer={coloradoAnswer()} />);
    const card = screen.getByRole('region', { name: 'Dry needling in Colorado' });
    expect(within(card).getByText('Requirements missing')).toBeTruthy();
    const items = within(card).getAllByRole('listitem');
    const training = items.find((item) => item.textContent?.includes('Dry needling training'))!;
    expect(training.textContent).toContain('Missing');
    expect(training.textContent).toContain('Found: No dry needling training on record');
    const hours = items.find((item) => item.textContent?.includes('27 hours of training'))!;
    expect(hours.textContent).toContain('Met');
    expect(hours.textContent).toContain('Dry needling level 1 (FAS-7Q2X) · 30 h');
    // Sessions are counted, not listed one by one.
    expect(card.textContent).toContain(
      `3 confirmed supervised sessions (${date('2026-01-05')} to ${date('2026-03-15')})`,
    );
    expect(card.textContent).toContain('CO license PT-556677');
    expect(within(card).getByText('Register with the board before needling.')).toBeTruthy();
    expect(
      within(card).getByRole('heading', { name: 'Unconfirmed — check with the board' }),
    ).toBeTruthy();
    expect(card.textContent).toContain('Whether online hours count is not confirmed.');
    expect(
      within(card).getByRole('link', { name: '3 CCR 712-1, Rule 1.5' }).getAttribute('href'),
    ).toBe('https://example.org/co-rule');
    expect(card.textContent).toContain(`Rules checked on: ${date('2026-12-04')}`);
    expect(card.textContent).toContain('The state board decides who may dry needle.');
  });

  it('answers a state that does not permit it without a list of requirements', () => {
    render(<EligibilityAnswer answer={californiaAnswer()} />);
    const card = screen.getByRole('region', { name: 'Dry needling in California' });
    expect(within(card).getByText('Not permitted')).toBeTruthy();
    expect(within(card).queryByRole('heading', { name: 'What the rule asks' })).toBeNull();
    expect(card.textContent).toContain(`Rules checked on: ${date('2026-11-30')}`);
    expect(card.textContent).toContain('The state board decides who may dry needle.');
  });

  it('says "check with the board" when all is met but the rule is incomplete', () => {
    render(<EligibilityAnswer answer={coloradoAnswer({ verdict: 'CHECK_WITH_BOARD' })} />);
    const card = screen.getByRole('region', { name: 'Dry needling in Colorado' });
    expect(within(card).getByText('Check with the board')).toBeTruthy();
    expect(card.textContent).toContain('the rule on record is incomplete: ask the board');
  });

  it('says when no rule is on record rather than inventing a date', () => {
    render(
      <EligibilityAnswer
        answer={coloradoAnswer({ verdict: 'UNKNOWN', rulesCheckedOn: null, requirements: [] })}
      />,
    );
    expect(screen.getByRole('region').textContent).toContain('Rules checked on: no rule on record');
  });
});

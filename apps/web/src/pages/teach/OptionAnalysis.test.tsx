import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Item } from './ItemAnalysisPage';
import { OptionAnalysis } from './OptionAnalysis';

const option = (id: string, text: string, isKey: boolean, picks: number, share: number) => ({
  __typename: 'OptionAnalysis' as const,
  optionId: id,
  position: Number(id.slice(-1)),
  text,
  isKey,
  picks,
  share,
});

const ITEM: Item = {
  questionId: 'q-1',
  position: 1,
  stemMarkdown: 'Which landmark guides the needle?',
  objectiveTag: 'landmarks',
  responses: 10,
  facility: 0.3,
  discrimination: -0.1,
  mostChosenWrongOption: {
    optionId: 'o-2',
    text: 'Spine of scapula',
    picks: 6,
  },
  options: [
    option('o-1', 'Acromion', true, 3, 0.3),
    option('o-2', 'Spine of scapula', false, 6, 0.6),
    option('o-3', 'Clavicle', false, 1, 0.1),
    option('o-4', 'Sternum', false, 0, 0),
  ],
  number: 1,
  flags: [],
};

describe('OptionAnalysis', () => {
  it('lists every option with its picks and share, the key marked, and what to check', () => {
    render(<OptionAnalysis items={[ITEM]} />);
    const table = screen.getByRole('table', { name: /Q1: Which landmark/ });
    const row = (text: string) => within(table).getByRole('row', { name: new RegExp(text) });
    expect(within(row('Acromion')).getByText('Correct')).toBeTruthy();
    expect(within(row('Acromion')).getByText('30%')).toBeTruthy();
    expect(within(row('Spine of scapula')).getByText('6')).toBeTruthy();
    expect(within(row('Spine of scapula')).getByText(/more often than the key/)).toBeTruthy();
    expect(within(row('Clavicle')).getByText('10%')).toBeTruthy();
    expect(within(row('Sternum')).getByText(/Never chosen/)).toBeTruthy();
    expect(within(table).getAllByRole('row')).toHaveLength(5);
  });
});

import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { emptyQuestion } from './question-draft';
import { QuestionForm } from './QuestionForm';

describe('QuestionForm', () => {
  it('switches to true/false with fixed options and one correct answer', () => {
    render(
      <QuestionForm initial={emptyQuestion()} submitLabel="Add question" onSubmit={vi.fn()} />,
    );
    fireEvent.click(screen.getByLabelText(/True or false/));
    expect(screen.queryByLabelText('Option 1')).toBeNull();
    expect(screen.getByRole('radio', { name: 'Option 1 (True) is correct' })).toHaveProperty(
      'checked',
      true,
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Option 2 (False) is correct' }));
    expect(screen.getByRole('radio', { name: 'Option 1 (True) is correct' })).toHaveProperty(
      'checked',
      false,
    );
  });

  it('sends the whole question and shows the API’s field errors beside the fields', async () => {
    const onSubmit = vi.fn().mockRejectedValue(
      new CombinedGraphQLErrors({
        errors: [
          {
            message: 'objectiveTag must be lower-case words joined by hyphens',
            extensions: { code: 'BAD_USER_INPUT', field: 'objectiveTag' },
          },
        ],
      }),
    );
    render(
      <QuestionForm initial={emptyQuestion()} submitLabel="Add question" onSubmit={onSubmit} />,
    );
    fireEvent.change(screen.getByLabelText('Question (Markdown)'), {
      target: { value: 'Which landmark?' },
    });
    fireEvent.change(screen.getByLabelText('Option 1'), { target: { value: 'Pincer grip' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Option 1 is correct' }));
    fireEvent.change(screen.getByLabelText(/Learning objective tag/), {
      target: { value: 'Safety Lungs' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add question' }));

    await waitFor(() =>
      expect(
        screen.getByText('ObjectiveTag must be lower-case words joined by hyphens'),
      ).toBeTruthy(),
    );
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({
        type: 'SINGLE_CHOICE',
        stemMarkdown: 'Which landmark?',
        objectiveTag: 'Safety Lungs',
        options: [
          { text: 'Pincer grip', isCorrect: true },
          { text: '', isCorrect: false },
          { text: '', isCorrect: false },
          { text: '', isCorrect: false },
        ],
      }),
    );
    // The form keeps what was typed, so the author can correct it.
    expect(screen.getByLabelText(/Learning objective tag/)).toHaveProperty('value', 'Safety Lungs');
    expect(screen.getByLabelText(/Learning objective tag/).getAttribute('aria-invalid')).toBe(
      'true',
    );
  });
});

import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { emptyQuestion } from './question-draft';
import { QuestionForm } from './QuestionForm';

describe('QuestionForm', () => {
  it('switches to true/false with fixed options and no answer chosen for the author', () => {
    render(
      <QuestionForm initial={emptyQuestion()} submitLabel="Add question" onSubmit={vi.fn()} />,
    );
    fireEvent.click(screen.getByLabelText(/True or false/));
    expect(screen.queryByLabelText('Option 1')).toBeNull();
    const trueRight = screen.getByRole('radio', { name: 'Option 1 (True) is correct' });
    const falseRight = screen.getByRole('radio', { name: 'Option 2 (False) is correct' });
    expect(trueRight).toHaveProperty('checked', false);
    expect(falseRight).toHaveProperty('checked', false);
    fireEvent.click(falseRight);
    expect(falseRight).toHaveProperty('checked', true);
    expect(trueRight).toHaveProperty('checked', false);
  });

  it('starts with no option marked correct and refuses to save until one is chosen', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    render(
      <QuestionForm initial={emptyQuestion()} submitLabel="Add question" onSubmit={onSubmit} />,
    );
    for (const radio of screen.getAllByRole('radio', { name: /Option \d is correct/ })) {
      expect(radio).toHaveProperty('checked', false);
    }
    fireEvent.click(screen.getByRole('button', { name: 'Add question' }));
    const message = await screen.findByText(
      'Options and answer key: choose the correct option before saving.',
    );
    expect(onSubmit).not.toHaveBeenCalled();
    const fieldset = screen.getByRole('group', { name: 'Options and answer key' });
    expect(document.activeElement).toBe(fieldset);
    expect(fieldset.getAttribute('aria-describedby')).toBe(message.closest('p')!.id);
    fireEvent.click(screen.getByRole('radio', { name: 'Option 2 is correct' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add question' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]![0].options[1]).toEqual({ text: '', isCorrect: true });
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

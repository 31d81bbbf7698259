import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { moveItem } from './reorder';
import { ReorderButtons, useReorderFocus } from './ReorderButtons';

/** A list ordered like the editor's: the move is saved, then the list renders in its new order. */
function List({ initial }: { initial: string[] }) {
  const [items, setItems] = useState(initial);
  const focusAfterMove = useReorderFocus();
  return (
    <ol>
      {items.map((item, index) => (
        <li key={item}>
          {item}
          <ReorderButtons
            id={item}
            name={item}
            index={index}
            count={items.length}
            onMove={(delta) => {
              // Saving takes a moment; the element is moved (and blurred) when it answers.
              setTimeout(() => {
                setItems((current) => moveItem(current, index, delta));
                focusAfterMove(item, delta);
              }, 0);
            }}
          />
        </li>
      ))}
    </ol>
  );
}

async function settle() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 5));
  });
}

describe('reordering by keyboard', () => {
  it('keeps focus on the moved item’s button', async () => {
    render(<List initial={['alpha', 'beta', 'gamma']} />);
    const down = screen.getByRole('button', { name: 'Move alpha down' });
    down.focus();
    fireEvent.click(down);
    await settle();
    expect(screen.getAllByRole('listitem').map((li) => li.firstChild?.textContent)).toEqual([
      'beta',
      'alpha',
      'gamma',
    ]);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move alpha down' }));
  });

  it('moves focus to the twin button when the item reaches an end', async () => {
    render(<List initial={['alpha', 'beta']} />);
    fireEvent.click(screen.getByRole('button', { name: 'Move beta up' }));
    await settle();
    expect(screen.getByRole('button', { name: 'Move beta up' })).toHaveProperty('disabled', true);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move beta down' }));
  });
});

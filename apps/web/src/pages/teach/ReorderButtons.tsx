import { useCallback, useEffect, useState } from 'react';
import { Button } from '../../ui/Button';

/**
 * Up and down buttons: reordering by keyboard and by touch, without drag and drop. While a
 * move is being saved the buttons stay enabled (a disabled button would drop the focus) and
 * further clicks are ignored by the list.
 */
export function ReorderButtons({
  id,
  name,
  index,
  count,
  onMove,
}: {
  id: string;
  name: string;
  index: number;
  count: number;
  onMove: (delta: -1 | 1) => void;
}) {
  return (
    <span className="reorder">
      <Button
        id={`${id}-up`}
        variant="secondary"
        className="button-small"
        disabled={index === 0}
        onClick={() => onMove(-1)}
        aria-label={`Move ${name} up`}
      >
        <span aria-hidden="true">↑</span> Up
      </Button>
      <Button
        id={`${id}-down`}
        variant="secondary"
        className="button-small"
        disabled={index === count - 1}
        onClick={() => onMove(1)}
        aria-label={`Move ${name} down`}
      >
        <span aria-hidden="true">↓</span> Down
      </Button>
    </span>
  );
}

/**
 * Keeps the keyboard where it was after a move: React moves the item's element (which blurs
 * it), and in first or last place the pressed button is disabled. After the list renders in
 * its new order, focus goes to the moved item's button in the same direction, or its twin.
 */
export function useReorderFocus(): (id: string, delta: -1 | 1) => void {
  const [target, setTarget] = useState<{ id: string; delta: -1 | 1 } | null>(null);
  useEffect(() => {
    if (!target) return;
    const same = document.getElementById(`${target.id}-${target.delta < 0 ? 'up' : 'down'}`);
    const twin = document.getElementById(`${target.id}-${target.delta < 0 ? 'down' : 'up'}`);
    const button = same instanceof HTMLButtonElement && !same.disabled ? same : twin;
    button?.focus();
    setTarget(null);
  }, [target]);
  return useCallback((id, delta) => setTarget({ id, delta }), []);
}

import { Button } from '../../ui/Button';

/**
 * Up and down buttons: reordering by keyboard and by touch, without drag and drop. Ids let
 * the list put focus back on the moved item's button after the server answers.
 */
export function ReorderButtons({
  id,
  name,
  index,
  count,
  busy,
  onMove,
}: {
  id: string;
  name: string;
  index: number;
  count: number;
  busy: boolean;
  onMove: (delta: -1 | 1) => void;
}) {
  return (
    <span className="reorder">
      <Button
        id={`${id}-up`}
        variant="secondary"
        className="button-small"
        disabled={busy || index === 0}
        onClick={() => onMove(-1)}
      >
        <span aria-hidden="true">↑</span> Up<span className="sr-only">: move {name} up</span>
      </Button>
      <Button
        id={`${id}-down`}
        variant="secondary"
        className="button-small"
        disabled={busy || index === count - 1}
        onClick={() => onMove(1)}
      >
        <span aria-hidden="true">↓</span> Down<span className="sr-only">: move {name} down</span>
      </Button>
    </span>
  );
}

/** After a move the button may be disabled (first or last place): focus its twin instead. */
export function focusReorderButton(id: string, delta: -1 | 1): void {
  requestAnimationFrame(() => {
    const same = document.getElementById(`${id}-${delta < 0 ? 'up' : 'down'}`);
    const other = document.getElementById(`${id}-${delta < 0 ? 'down' : 'up'}`);
    const target = same instanceof HTMLButtonElement && !same.disabled ? same : other;
    target?.focus();
  });
}

import { useCallback, useEffect, useId, useRef, useState } from 'react';

/**
 * An "Edit" button that opens a form in place. The form's first field takes focus itself
 * (autoFocus); when the form closes (saved or cancelled), focus returns to the button (give
 * it `id={triggerId}`), so a keyboard user is not dropped at the top of the page.
 */
export function useEditToggle() {
  const [editing, setEditing] = useState(false);
  const triggerId = useId();
  const wasEditing = useRef(false);
  useEffect(() => {
    if (wasEditing.current && !editing) document.getElementById(triggerId)?.focus();
    wasEditing.current = editing;
  }, [editing, triggerId]);
  const open = useCallback(() => setEditing(true), []);
  const close = useCallback(() => setEditing(false), []);
  return { editing, open, close, triggerId };
}

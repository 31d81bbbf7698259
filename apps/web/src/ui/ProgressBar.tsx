/** A native <progress>: screen readers announce the value; the text says it for everyone. */
export function ProgressBar({ value, max, label }: { value: number; max: number; label: string }) {
  const percent = max > 0 ? Math.min(100, Math.round((value / max) * 100)) : 0;
  return (
    <div className="progress">
      <div className="progress-label">
        <span>{label}</span>
        <span>{percent}%</span>
      </div>
      <progress value={Math.min(value, max)} max={max} aria-label={label} />
    </div>
  );
}

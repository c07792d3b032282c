import { useId } from 'react';

/** An accessible on/off switch: a real checkbox with role="switch". */
export function Toggle({ label, checked, onChange, testId }: { label: string; checked: boolean; onChange: (next: boolean) => void; testId?: string }) {
  const id = useId();
  return (
    <label className="toggle" htmlFor={id}>
      <span className="toggle-label">{label}</span>
      <input id={id} type="checkbox" role="switch" checked={checked} data-testid={testId} onChange={(event) => onChange(event.target.checked)} />
      <span className="toggle-track" aria-hidden="true" />
    </label>
  );
}

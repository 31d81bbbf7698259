import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { verifyPathForTyped } from '../verify/verify-code';

/** Any certificate, not only your staff's: e.g. an applicant's, before an interview. */
export function VerifyBox() {
  const navigate = useNavigate();
  const [error, setError] = useState<string | undefined>();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const path = verifyPathForTyped(String(new FormData(event.currentTarget).get('code') ?? ''));
    setError(path ? undefined : 'Type the code printed on the certificate.');
    if (path) void navigate(path);
  }

  return (
    <form className="form narrow" aria-labelledby="verify-title" onSubmit={onSubmit} noValidate>
      <TextField
        label="Certificate code"
        name="code"
        autoComplete="off"
        spellCheck={false}
        hint="Check any certificate, for example an applicant’s."
        error={error}
      />
      <div className="actions">
        <Button type="submit" variant="secondary">
          Verify
        </Button>
      </div>
    </form>
  );
}

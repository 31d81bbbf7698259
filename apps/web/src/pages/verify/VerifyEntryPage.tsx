import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { Page } from '../../ui/Page';
import { verifyPathForTyped } from './verify-code';

export function VerifyEntryPage() {
  const navigate = useNavigate();
  const [error, setError] = useState<string>();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const path = verifyPathForTyped(String(new FormData(event.currentTarget).get('code') ?? ''));
    if (!path) {
      setError('Enter the code printed on the certificate.');
      return;
    }
    void navigate(path);
  }

  return (
    <Page
      title="Verify a certificate"
      lead="Check any Fascicle certificate by its code. No account needed."
    >
      <form className="form narrow" onSubmit={onSubmit} noValidate>
        <TextField
          label="Certificate code"
          name="code"
          hint="As printed on the certificate, e.g. 7KQ4-M2XD-9HJB-TC1. Spaces, dashes and letter case do not matter."
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          className="code"
          error={error}
        />
        <Button type="submit">Verify</Button>
      </form>
    </Page>
  );
}

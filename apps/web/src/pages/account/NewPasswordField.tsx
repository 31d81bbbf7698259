import { PASSWORD_MIN_LENGTH } from '@fascicle/password-policy';
import { TextField } from '../../ui/Field';

/** A password being chosen: the same hint and limits wherever one is (sign-up, reset, change). */
export function NewPasswordField({
  label,
  name,
  error,
}: {
  label: string;
  name: string;
  error?: string;
}) {
  return (
    <TextField
      label={label}
      name={name}
      type="password"
      autoComplete="new-password"
      hint={`${PASSWORD_MIN_LENGTH} characters or more. A passphrase of a few words works well.`}
      required
      minLength={PASSWORD_MIN_LENGTH}
      error={error}
    />
  );
}

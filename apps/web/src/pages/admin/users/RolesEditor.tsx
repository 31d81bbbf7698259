import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useAuth } from '../../../auth/useAuth';
import { graphql } from '../../../gql';
import type { Role } from '../../../gql/graphql';
import { errorMessage } from '../../../graphql/errors';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { FormError } from '../../../ui/Field';

const SetUserRolesDocument = graphql(`
  mutation AdminSetUserRoles($input: SetUserRolesInput!) {
    setUserRoles(input: $input) {
      id
      roles
    }
  }
`);

const ROLES: { role: Role; label: string }[] = [
  { role: 'LEARNER', label: 'Learner' },
  { role: 'INSTRUCTOR', label: 'Instructor' },
  { role: 'ADMIN', label: 'Admin' },
];

interface User {
  id: string;
  displayName: string;
  roles: Role[];
}

/** The roles as badges; "Change" opens checkboxes. Withdrawing your own admin role asks first. */
export function RolesEditor({ user }: { user: User }) {
  const { user: me } = useAuth();
  const [editing, setEditing] = useState(false);
  const [chosen, setChosen] = useState<Role[]>(user.roles);
  const [confirming, setConfirming] = useState(false);
  const [setRoles, { loading, error, reset }] = useMutation(SetUserRolesDocument);

  async function save() {
    try {
      await setRoles({ variables: { input: { userId: user.id, roles: chosen } } });
      setConfirming(false);
      setEditing(false);
    } catch {
      setConfirming(false);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const dropsOwnAdmin = me?.id === user.id && !chosen.includes('ADMIN');
    if (dropsOwnAdmin) setConfirming(true);
    else void save();
  }

  if (!editing) {
    return (
      <div className="actions">
        {user.roles.map((role) => (
          <Badge key={role} tone={role === 'ADMIN' ? 'info' : 'neutral'}>
            {ROLES.find((r) => r.role === role)?.label ?? role}
          </Badge>
        ))}
        <Button
          variant="link"
          aria-label={`Change the roles of ${user.displayName}`}
          onClick={() => {
            reset();
            setChosen(user.roles);
            setEditing(true);
          }}
        >
          Change
        </Button>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} className="roles-form">
      <fieldset className="fieldset">
        <legend>Roles of {user.displayName}</legend>
        {ROLES.map(({ role, label }) => (
          <div className="choice" key={role}>
            <input
              type="checkbox"
              id={`role-${user.id}-${role}`}
              checked={chosen.includes(role)}
              onChange={(event) =>
                setChosen((roles) =>
                  event.target.checked ? [...roles, role] : roles.filter((r) => r !== role),
                )
              }
            />
            <label htmlFor={`role-${user.id}-${role}`}>{label}</label>
          </div>
        ))}
      </fieldset>
      {error && <FormError message={errorMessage(error)} />}
      <div className="actions">
        <Button type="submit" busy={loading && !confirming} busyLabel="Saving">
          Save roles
        </Button>
        <Button variant="secondary" onClick={() => setEditing(false)} disabled={loading}>
          Cancel
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title="Withdraw your own admin role?"
        confirmLabel="Withdraw"
        busy={loading}
        onConfirm={() => void save()}
        onCancel={() => setConfirming(false)}
      >
        <p>You will lose access to the administration screens as soon as you save.</p>
      </ConfirmDialog>
    </form>
  );
}

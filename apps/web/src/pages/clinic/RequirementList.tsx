import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { ClinicRequiredCredentialsQuery } from '../../gql/graphql';
import { errorCode, errorMessage } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormError } from '../../ui/Field';
import { QueryState, type QueryResultLike } from '../../ui/QueryState';
import {
  catalogCourses,
  forgetComplianceReport,
  requirementSource,
  sourceSummary,
  type NamedCourse,
  type RequirementSource,
} from './requirements';

const RemoveRequiredCredentialDocument = graphql(`
  mutation ClinicRemoveRequiredCredential($requirementId: ID!) {
    removeRequiredCredential(requirementId: $requirementId)
  }
`);

type Requirement = ClinicRequiredCredentialsQuery['requiredCredentials'][number];

interface Props {
  clinicId: string;
  title: string;
  empty: string;
  result: QueryResultLike<ClinicRequiredCredentialsQuery>;
  /** Clinic admins may stop requiring a credential; staff only read the list. */
  canRemove?: boolean;
}

export function RequirementList({ clinicId, title, empty, result, canRemove = false }: Props) {
  const [removing, setRemoving] = useState<Requirement | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusAfterClose = useRef(false);
  const [remove, { loading }] = useMutation(RemoveRequiredCredentialDocument, {
    refetchQueries: ['ClinicRequiredCredentials'],
    awaitRefetchQueries: true,
    update: (cache) => forgetComplianceReport(cache, clinicId),
  });

  async function onRemove(requirement: Requirement) {
    setError(null);
    setDone(null);
    try {
      await remove({ variables: { requirementId: requirement.id } });
      setDone(
        `“${requirement.label}” is no longer required. The compliance report no longer checks it.`,
      );
    } catch (caught) {
      setError(caught);
      // Removed meanwhile by another admin: the list is out of date either way.
      if (errorCode(caught) === 'NOT_FOUND') {
        void Promise.resolve(result.refetch?.()).catch(() => undefined);
      }
    }
    focusAfterClose.current = true;
    setRemoving(null);
  }

  // The dialog would hand focus back to the removed item's button: keep the keyboard here.
  useEffect(() => {
    if (removing !== null || !focusAfterClose.current) return;
    focusAfterClose.current = false;
    headingRef.current?.focus();
  }, [removing]);

  return (
    <>
      <h2 id="required-title" ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      {canRemove && <div role="status">{done && <p className="notice notice-ok">{done}</p>}</div>}
      {error !== null && (
        <FormError
          message={
            errorCode(error) === 'NOT_FOUND'
              ? 'This credential was no longer required.'
              : errorMessage(error)
          }
        />
      )}
      <QueryState result={result} label="Loading required credentials">
        {(data) => {
          const courses = catalogCourses(data.courses);
          return data.requiredCredentials.length === 0 ? (
            <p>{empty}</p>
          ) : (
            <ul className="requirements" aria-labelledby="required-title">
              {data.requiredCredentials.map((requirement) => (
                <li key={requirement.id}>
                  <div className="requirement-what">
                    <strong>{requirement.label}</strong>
                    <SourceDetails
                      source={requirementSource(requirement, data.credentialPrograms, courses)}
                    />
                  </div>
                  {canRemove && (
                    <Button
                      variant="danger"
                      onClick={() => setRemoving(requirement)}
                      aria-label={`Stop requiring ${requirement.label}`}
                    >
                      Stop requiring
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          );
        }}
      </QueryState>
      {canRemove && (
        <ConfirmDialog
          open={removing !== null}
          title="Stop requiring this credential?"
          confirmLabel="Stop requiring"
          busy={loading}
          onConfirm={() => {
            if (removing) void onRemove(removing);
          }}
          onCancel={() => setRemoving(null)}
        >
          <p>
            Members are no longer checked for <strong>{removing?.label}</strong>: it leaves the
            compliance report, its CSV and expiry reminders. Certificates members hold are not
            affected, and you can require it again later.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}

function CourseName({ course }: { course: NamedCourse }) {
  return course.slug === null ? (
    <>a course no longer in the catalog</>
  ) : (
    <Link to={`/courses/${course.slug}`}>{course.title}</Link>
  );
}

function SourceDetails({ source }: { source: RequirementSource }) {
  if (source.kind === 'course') {
    return (
      <span className="muted">
        Course: <CourseName course={source.course} />
      </span>
    );
  }
  if (source.kind === 'program' && source.courses.length > 0) {
    return (
      <span className="muted">
        {sourceSummary(source)}, earned by completing{' '}
        {source.courses.map((course, index) => (
          <span key={course.id}>
            {index > 0 && (index === source.courses.length - 1 ? ' and ' : ', ')}
            <CourseName course={course} />
          </span>
        ))}
      </span>
    );
  }
  return <span className="muted">{sourceSummary(source)}</span>;
}

import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { useQuery } from '@apollo/client/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ClinicRemoveRequiredCredentialDocument,
  ClinicRequiredCredentialsDocument,
} from '../../gql/graphql';
import { RequirementList } from './RequirementList';

const CLINIC = 'o-1';
const NEEDLING = {
  __typename: 'RequiredCredential' as const,
  id: 'r-1',
  label: 'Dry Needling — Level 1',
  programId: 'p-1',
  courseId: null,
};
const LUMBAR = {
  __typename: 'RequiredCredential' as const,
  id: 'r-2',
  label: 'Lumbar refresher',
  programId: null,
  courseId: 'c-2',
};

function requirements(list: (typeof NEEDLING | typeof LUMBAR)[]): MockLink.MockedResponse {
  return {
    request: { query: ClinicRequiredCredentialsDocument, variables: { id: CLINIC } },
    result: {
      data: {
        requiredCredentials: list,
        credentialPrograms: [
          {
            __typename: 'CredentialProgram',
            id: 'p-1',
            title: 'Dry Needling',
            courseIds: ['c-1', 'c-2'],
          },
        ],
        courses: {
          __typename: 'CourseConnection',
          edges: ['c-1', 'c-2'].map((id, index) => ({
            __typename: 'CourseEdge',
            node: {
              __typename: 'Course',
              id,
              slug: ['needling-safety', 'lumbar-spine'][index],
              currentVersion: {
                __typename: 'CourseVersion',
                id: `${id}-v1`,
                title: ['Needling safety', 'Lumbar spine'][index],
              },
            },
          })),
        },
      },
    },
  };
}

function Harness({ canRemove }: { canRemove: boolean }) {
  const result = useQuery(ClinicRequiredCredentialsDocument, { variables: { id: CLINIC } });
  return (
    <RequirementList
      clinicId={CLINIC}
      title="Required now"
      empty="Nothing is required yet."
      result={result}
      canRemove={canRemove}
    />
  );
}

function renderList(mocks: MockLink.MockedResponse[], canRemove: boolean) {
  render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter>
        <Harness canRemove={canRemove} />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('RequirementList', () => {
  // Where the test DOM has <dialog> without its modal methods, they open and close it.
  beforeAll(() => {
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
    HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
      this.open = false;
    };
  });

  it('shows staff what meets each requirement, without actions', async () => {
    renderList([requirements([NEEDLING, LUMBAR])], false);
    const list = await screen.findByRole('list', { name: 'Required now' });
    const needling = within(list).getByText('Dry Needling — Level 1').closest('li')!;
    expect(needling.textContent).toContain(
      'Credential program: Dry Needling, earned by completing Needling safety and Lumbar spine',
    );
    const lumbar = within(list).getByText('Lumbar refresher').closest('li')!;
    expect(lumbar.textContent).toContain('Course: Lumbar spine');
    expect(within(lumbar).getByRole('link').getAttribute('href')).toBe('/courses/lumbar-spine');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('stops requiring one after confirmation, and the refreshed list lacks it', async () => {
    renderList(
      [
        requirements([NEEDLING, LUMBAR]),
        {
          request: {
            query: ClinicRemoveRequiredCredentialDocument,
            variables: { requirementId: 'r-2' },
          },
          result: { data: { removeRequiredCredential: true } },
        },
        requirements([NEEDLING]),
      ],
      true,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Stop requiring Lumbar refresher' }));
    const dialog = screen.getByRole('dialog', { name: 'Stop requiring this credential?' });
    expect(dialog.textContent).toContain('Members are no longer checked for Lumbar refresher');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Stop requiring' }));
    expect(await screen.findByText(/“Lumbar refresher” is no longer required/)).toBeDefined();
    expect(screen.queryByText('Lumbar refresher')).toBeNull();
    expect(screen.getByText('Dry Needling — Level 1')).toBeDefined();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Required now' }));
  });
});

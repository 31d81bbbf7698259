import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { TeachDiscardDraftDocument } from '../../gql/graphql';
import { DiscardDraft } from './DiscardDraft';

const discarded = (number: number, courseRemoved: boolean): MockLink.MockedResponse => ({
  request: { query: TeachDiscardDraftDocument, variables: { versionId: 'v-2' } },
  result: {
    data: {
      discardDraftVersion: {
        __typename: 'DiscardedDraft',
        versionId: 'v-2',
        courseId: 'c-1',
        number,
        courseRemoved,
      },
    },
  },
});

function renderDiscard(number: number, mocks: MockLink.MockedResponse[]) {
  const version = { id: 'v-2', number, title: 'Cervical dry needling', course: { slug: 'cdn' } };
  render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={['/teach/versions/v-2']}>
        <Routes>
          <Route path="/teach/versions/v-2" element={<DiscardDraft version={version} />} />
          <Route path="/teach/courses/cdn" element={<p>All versions of cdn</p>} />
          <Route path="/teach" element={<p>My courses</p>} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('DiscardDraft', () => {
  it('asks first, then discards and goes back to the course’s versions', async () => {
    renderDiscard(2, [discarded(2, false)]);
    expect(screen.queryByText(/the course goes too/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Discard draft' }));
    const [, confirm] = screen.getAllByRole('button', { name: 'Discard draft', hidden: true });
    fireEvent.click(confirm!);
    expect(await screen.findByText('All versions of cdn')).toBeTruthy();
  });

  it('warns that a first draft takes the course with it, and goes to My courses', async () => {
    renderDiscard(1, [discarded(1, true)]);
    expect(screen.getByText(/only version, so the course goes too/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Discard draft' }));
    const [, confirm] = screen.getAllByRole('button', { name: 'Discard draft', hidden: true });
    fireEvent.click(confirm!);
    expect(await screen.findByText('My courses')).toBeTruthy();
  });

  it('stays and shows the refusal when the version is no longer a draft', async () => {
    renderDiscard(2, [
      {
        request: { query: TeachDiscardDraftDocument, variables: { versionId: 'v-2' } },
        result: {
          errors: [
            new GraphQLError('Version 2 is IN_REVIEW: only a draft can be discarded', {
              extensions: { code: 'CONFLICT', field: 'versionId' },
            }),
          ],
        },
      },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Discard draft' }));
    const [, confirm] = screen.getAllByRole('button', { name: 'Discard draft', hidden: true });
    fireEvent.click(confirm!);
    expect(await screen.findByText(/only a draft can be discarded/)).toBeTruthy();
    expect(screen.queryByText('All versions of cdn')).toBeNull();
  });
});

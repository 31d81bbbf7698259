import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { TeachRemoveAuthorDocument } from '../../gql/graphql';
import { AuthorList } from './AuthorList';

const COURSE = {
  id: 'c-1',
  viewerCanRemoveAuthors: true,
  authors: [
    { userId: 'u-owner', displayName: 'Olive Owner, PT', isOwner: true },
    { userId: 'u-co', displayName: 'Cody Coauthor, DPT', isOwner: false },
  ],
};

const removal = (result: MockLink.MockedResponse['result']): MockLink.MockedResponse => ({
  request: {
    query: TeachRemoveAuthorDocument,
    variables: { input: { courseId: 'c-1', userId: 'u-co' } },
  },
  result,
});

function renderList(course = COURSE, mocks: MockLink.MockedResponse[] = []) {
  render(
    <MockedProvider mocks={mocks}>
      <AuthorList course={course} />
    </MockedProvider>,
  );
}

describe('AuthorList', () => {
  it('lets the owner remove a co-author after confirming, and says so', async () => {
    renderList(COURSE, [removal({ data: { removeCourseAuthor: true } })]);
    expect(screen.getByText('· owner')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Remove Olive Owner/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Cody Coauthor, DPT as author' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove co-author', hidden: true }));
    expect(
      await screen.findByText('Cody Coauthor, DPT is no longer an author of this course.'),
    ).toBeTruthy();
  });

  it('shows the refusal in words', async () => {
    renderList(COURSE, [
      removal({
        errors: [
          new GraphQLError(
            'A course keeps at least one author: add another before removing this one',
            {
              extensions: { code: 'CONFLICT', field: 'userId', reason: 'LAST_AUTHOR' },
            },
          ),
        ],
      }),
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Cody Coauthor, DPT as author' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove co-author', hidden: true }));
    expect(await screen.findByText(/keeps at least one author/)).toBeTruthy();
  });

  it('offers no removal to a co-author', () => {
    renderList({ ...COURSE, viewerCanRemoveAuthors: false });
    expect(screen.queryByRole('button', { name: /Remove/ })).toBeNull();
  });
});

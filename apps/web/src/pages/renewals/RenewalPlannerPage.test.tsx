import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPage, testSession, testUser } from '../../auth/testing';
import { MyOutsideCeDocument, RenewalPlansDocument } from '../../gql/graphql';
import { RenewalPlannerPage } from './RenewalPlannerPage';

function plan(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'RenewalPlan',
    licenseId: 'l-1',
    state: 'FL',
    stateName: 'Florida',
    requiredHours: 24,
    cycleMonths: 24,
    windowStart: '2025-04-01',
    dueOn: '2027-03-31',
    daysLeft: 117,
    earnedHours: 20,
    countedHours: 15,
    liveHours: 3,
    selfPacedHours: 17,
    stillNeededHours: 9,
    complete: false,
    limits: ['Only 12 self-paced hours count in a cycle: 5 of yours do not.'],
    checkWithBoard: ['No source found for a human-trafficking course for physical therapists.'],
    firstRenewal: null,
    recordKeeping: null,
    notes: [],
    minutesPerHour: 50,
    credits: [
      {
        __typename: 'RenewalCredit',
        id: 'c-1',
        source: 'FASCICLE',
        provider: 'Fascicle',
        title: 'Trigger points',
        completedOn: '2026-06-01',
        hours: 17,
        countedHours: 12,
      },
    ],
    topics: [
      {
        __typename: 'RenewalTopic',
        label: 'Prevention of medical errors',
        requiredHours: 2,
        earnedHours: 0,
        met: false,
        when: null,
      },
    ],
    sources: [
      {
        __typename: 'RenewalSource',
        citation: 'Fla. Admin. Code R. 64B17-9.001',
        url: 'https://www.law.cornell.edu/regulations/florida/Fla-Admin-Code-Ann-R-64B17-9-001',
        checkedOn: '2026-12-04',
      },
    ],
    ...overrides,
  };
}

function mocks(renewalPlan: Record<string, unknown>, outside: unknown[] = []) {
  return [
    {
      request: { query: RenewalPlansDocument },
      maxUsageCount: 3,
      result: {
        data: {
          me: {
            __typename: 'User',
            id: 'u-1',
            licenses: [
              {
                __typename: 'License',
                id: 'l-1',
                state: 'FL',
                number: 'PT12345',
                expiresOn: '2027-03-31',
                renewalPlan,
              },
            ],
          },
        },
      },
    },
    {
      request: { query: MyOutsideCeDocument },
      maxUsageCount: 3,
      result: {
        data: {
          myOutsideCe: {
            __typename: 'OutsideCeRecordConnection',
            edges: outside,
            pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
          },
        },
      },
    },
  ];
}

const render = (renewalPlan: Record<string, unknown>, outside: unknown[] = []) =>
  renderPage(<RenewalPlannerPage />, {
    path: '/renewal-planner',
    session: testSession(testUser()),
    mocks: mocks(renewalPlan, outside),
  });

afterEach(() => vi.restoreAllMocks());

describe('RenewalPlannerPage', () => {
  it('shows the cycle, hours earned, counted and needed, the topics, limits and sources', async () => {
    render(plan());
    const section = await screen.findByRole('region', { name: 'Florida license PT12345' });
    expect(section.textContent).toContain('Requirements are still missing');
    expect(section.textContent).toMatch(/Still needed\s*9 h/);
    expect(section.textContent).toMatch(/Counted\s*15 h/);
    expect(within(section).getByText(/Missing: Prevention of medical errors/)).toBeTruthy();
    expect(within(section).getByText(/Only 12 self-paced hours count/)).toBeTruthy();
    expect(
      within(section).getByRole('link', { name: 'Fla. Admin. Code R. 64B17-9.001' }),
    ).toBeTruthy();
    expect(within(section).getByRole('row', { name: /Trigger points/ }).textContent).toContain(
      '17 (12)',
    );
    expect(
      within(section).getByRole('button', { name: 'Download the audit pack (PDF)' }),
    ).toBeTruthy();
  });

  it('says "check with your board" where a figure is not confirmed, never a zero', async () => {
    render(plan({ requiredHours: null, stillNeededHours: null, complete: null }));
    const section = await screen.findByRole('region', { name: 'Florida license PT12345' });
    expect(section.textContent).toMatch(/Required\s*check with your board/);
    expect(section.textContent).toMatch(/Still needed\s*check with your board/);
    expect(section.textContent).not.toMatch(/Still needed\s*0/);
  });

  it('lists outside CE and sends a new record with its file as multipart form data', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      new Response(JSON.stringify({ id: 'o-2' }), {
        status: 201,
        headers: { 'content-type': 'application/json' },
      }),
    );
    render(plan(), [
      {
        __typename: 'OutsideCeRecordEdge',
        node: {
          __typename: 'OutsideCeRecord',
          id: 'o-1',
          provider: 'State association',
          title: 'Ethics update',
          completedOn: '2026-09-01',
          hours: 3,
          selfPaced: false,
          topics: ['ETHICS'],
          fileName: 'ethics.pdf',
          fileUrl: '/renewals/outside-ce/o-1/file',
        },
      },
    ]);
    const list = await screen.findByRole('list', { name: 'Outside CE records' });
    expect(list.textContent).toContain('Ethics update');
    expect(within(list).getByRole('button', { name: 'Remove Ethics update' })).toBeTruthy();

    const form = screen.getByRole('form', { name: 'Add outside CE' });
    const type = (label: string | RegExp, value: string) =>
      fireEvent.change(within(form).getByLabelText(label), { target: { value } });
    type('Provider', 'Board seminar');
    type('Course title', 'Florida laws and rules');
    type('Completed on', '2026-10-02');
    type(/^Hours/, '2');
    fireEvent.click(within(form).getByLabelText('Prevention of medical errors'));
    const input = within(form).getByLabelText(/Certificate file/) as HTMLInputElement;
    // happy-dom keeps the chosen files behind the `files` setter, where FormData reads them.
    input.files = [
      new File(['%PDF-1.7'], 'certificate.pdf', { type: 'application/pdf' }),
    ] as unknown as FileList;
    fireEvent.change(input);
    fireEvent.click(within(form).getByRole('button', { name: 'Add outside CE' }));

    await screen.findByText('Outside CE added to your plan.');
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/renewals/outside-ce');
    const body = init!.body as FormData;
    expect(body.get('topics')).toBe('MEDICAL_ERRORS');
    expect(body.get('selfPaced')).toBe('false');
    expect((body.get('file') as File).name).toBe('certificate.pdf');
  });

  it('asks for the certificate file before sending anything', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    render(plan());
    const form = await screen.findByRole('form', { name: 'Add outside CE' });
    fireEvent.click(within(form).getByRole('button', { name: 'Add outside CE' }));
    expect(await within(form).findByText(/Choose the certificate file/)).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
  });
});

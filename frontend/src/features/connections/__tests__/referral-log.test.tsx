import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { ReferralReportRequest } from '@/lib/api/types';
import { renderWithProviders } from '@/testing/render';
import { apiUrl, problem, server } from '@/testing/server';
import { ReferralLog } from '../components/ReferralLog';

const report = {
  id: '5d3f2a1b-0c4e-4f6a-8b9c-1d2e3f4a5b6c',
  connectionId: 'c0',
  month: '2030-05',
  count: 3,
  direction: 'SENT' as const,
  procedureTag: 'cataract surgery',
  createdAt: '2030-06-01T10:00:00Z',
};

describe('Referral log', () => {
  it('says plainly that it holds no patient data and offers no free text', async () => {
    server.use(
      http.get(apiUrl('/api/v1/connections/:id/referral-reports'), () =>
        HttpResponse.json({ items: [report], procedureTags: ['cataract surgery'] }),
      ),
    );
    renderWithProviders(<ReferralLog connectionId="c0" name="Dr. Dana Reyes" />);

    expect(screen.getByText('Never patient data')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Recorded referrals' });
    expect(within(list).getByText('May 2030: 3 sent · cataract surgery')).toBeInTheDocument();
  });

  it('records a count with a tag from the list', async () => {
    const sent: ReferralReportRequest[] = [];
    let saved = false;
    server.use(
      http.get(apiUrl('/api/v1/connections/:id/referral-reports'), () =>
        HttpResponse.json({ items: saved ? [report] : [], procedureTags: ['cataract surgery'] }),
      ),
      http.post(apiUrl('/api/v1/connections/:id/referral-reports'), async ({ request }) => {
        sent.push((await request.json()) as ReferralReportRequest);
        saved = true;
        return HttpResponse.json(report, { status: 201 });
      }),
    );
    const { user } = renderWithProviders(<ReferralLog connectionId="c0" name="Dr. Dana Reyes" />);
    await screen.findByText('No referrals recorded yet.');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Direction' }), 'SENT');
    await user.clear(screen.getByRole('spinbutton', { name: 'How many' }));
    await user.type(screen.getByRole('spinbutton', { name: 'How many' }), '3');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Procedure (optional)' }), 'cataract surgery');
    await user.click(screen.getByRole('button', { name: 'Record referrals' }));

    expect(await screen.findByText('May 2030: 3 sent · cataract surgery')).toBeInTheDocument();
    expect(sent[0]).toMatchObject({ count: 3, direction: 'SENT', procedureTag: 'cataract surgery' });
  });

  it('shows the reason the server refused a report', async () => {
    server.use(
      http.post(apiUrl('/api/v1/connections/:id/referral-reports'), () =>
        problem(400, { title: 'Invalid input', errors: [{ field: 'month', message: 'cannot be in the future' }] }),
      ),
    );
    const { user } = renderWithProviders(<ReferralLog connectionId="c0" name="Dr. Dana Reyes" />);
    await screen.findByText('No referrals recorded yet.');

    await user.click(screen.getByRole('button', { name: 'Record referrals' }));

    expect(await screen.findByText('cannot be in the future')).toBeInTheDocument();
  });
});

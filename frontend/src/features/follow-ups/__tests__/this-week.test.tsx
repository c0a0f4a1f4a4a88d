import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { ChangeFollowUpRequest, FollowUpTask } from '@/lib/api/types';
import { aFollowUp, aProgress } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { apiUrl, server } from '@/testing/server';
import { groupByDueDay } from '../components/group-by-day';
import { ThisWeekPage } from '../routes/ThisWeekPage';

describe('This week', () => {
  it('groups follow-ups by due day with the overdue ones first and highlighted', async () => {
    const overdue = aFollowUp({ label: 'Call', dueAt: '2030-06-01T13:00:00Z', overdue: true });
    const later = aFollowUp({ label: 'Send a card', dueAt: '2030-06-12T13:00:00Z' });
    server.use(
      http.get(apiUrl('/api/v1/follow-ups'), () => HttpResponse.json({ items: [overdue, later] })),
      http.get(apiUrl('/api/v1/follow-ups/progress'), () => HttpResponse.json({ items: [aProgress({ done: 4 })] })),
    );
    renderWithProviders(<ThisWeekPage />, { route: '/this-week' });

    const overdueGroup = await screen.findByRole('list', { name: 'Overdue' });
    expect(within(overdueGroup).getByRole('article', { name: 'Call · Dr. Dana Reyes' })).toBeInTheDocument();
    expect(within(overdueGroup).getByText('Overdue')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Overdue' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Wednesday, Jun 12' })).toBeInTheDocument();
    expect(screen.getByText('4 of 6 done')).toBeInTheDocument();
  });

  it('marks a follow-up done in one tap and shows the progress the server then reports', async () => {
    let done = false;
    const changes: ChangeFollowUpRequest[] = [];
    const task = aFollowUp({ label: 'Send your biography' });
    server.use(
      http.get(apiUrl('/api/v1/follow-ups'), () =>
        HttpResponse.json({ items: [done ? { ...task, status: 'DONE' } : task] satisfies FollowUpTask[] }),
      ),
      http.get(apiUrl('/api/v1/follow-ups/progress'), () =>
        HttpResponse.json({ items: [aProgress({ done: done ? 1 : 0 })] }),
      ),
      http.patch(apiUrl('/api/v1/follow-ups/:taskId'), async ({ request }) => {
        changes.push((await request.json()) as ChangeFollowUpRequest);
        done = true;
        return HttpResponse.json({ ...task, status: 'DONE' });
      }),
    );
    const { user } = renderWithProviders(<ThisWeekPage />, { route: '/this-week' });
    expect(await screen.findByText('0 of 6 done')).toBeInTheDocument();

    await user.click(await screen.findByRole('button', { name: 'Done: Send your biography · Dr. Dana Reyes' }));

    expect(await screen.findByText('1 of 6 done')).toBeInTheDocument();
    expect(changes).toEqual([{ status: 'DONE' }]);
    expect(screen.getByRole('button', { name: 'Reopen: Send your biography · Dr. Dana Reyes' })).toBeInTheDocument();
  });

  it('offers the drafted email of an email task', async () => {
    const task = aFollowUp({
      kind: 'EMAIL',
      label: 'Write an email',
      emailDraft: { to: 'dana@example.org', subject: 'Hi', body: 'Hello', mailto: 'mailto:dana@example.org?subject=Hi' },
    });
    server.use(
      http.get(apiUrl('/api/v1/follow-ups'), () => HttpResponse.json({ items: [task] })),
      http.get(apiUrl('/api/v1/follow-ups/progress'), () => HttpResponse.json({ items: [] })),
    );
    renderWithProviders(<ThisWeekPage />, { route: '/this-week' });

    expect(await screen.findByRole('link', { name: 'Open a drafted email to dana@example.org' })).toHaveAttribute(
      'href',
      'mailto:dana@example.org?subject=Hi',
    );
  });

  it('says what will appear when nothing is due', async () => {
    server.use(http.get(apiUrl('/api/v1/follow-ups/progress'), () => HttpResponse.json({ items: [] })));
    renderWithProviders(<ThisWeekPage />, { route: '/this-week' });

    expect(await screen.findByRole('heading', { name: 'Nothing due this week' })).toBeInTheDocument();
  });
});

describe('groupByDueDay', () => {
  it('puts tasks due today under Today and keeps days in order', () => {
    const now = new Date('2030-06-10T12:00:00');
    const today = aFollowUp({ dueAt: new Date('2030-06-10T17:00:00').toISOString() });
    const tomorrow = aFollowUp({ dueAt: new Date('2030-06-11T09:00:00').toISOString() });
    expect(groupByDueDay([tomorrow, today], now).map((day) => day.label)).toEqual(['Today', 'Tuesday, Jun 11']);
  });
});

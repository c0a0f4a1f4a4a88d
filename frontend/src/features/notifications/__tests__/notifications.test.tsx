import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { AppNotification } from '@/lib/api/types';
import { renderWithProviders } from '@/testing/render';
import { apiUrl, server } from '@/testing/server';
import { NotificationsMenu } from '../components/NotificationsMenu';

function aNotification(overrides: Partial<AppNotification> = {}): AppNotification {
  return {
    id: '3d1f6a10-0000-4000-8000-000000000001',
    kind: 'PROMOTED_FROM_WAITLIST',
    message: 'A seat opened up: you are now registered for Boston Retina Night',
    eventId: '3d1f6a10-0000-4000-8000-0000000000e1',
    createdAt: '2030-06-01T14:05:00Z',
    ...overrides,
  };
}

describe('Notifications', () => {
  it('counts the unread, lists them and marks one as read', async () => {
    const seat = aNotification();
    const cancelled = aNotification({
      id: '3d1f6a10-0000-4000-8000-000000000002',
      kind: 'EVENT_CANCELLED',
      message: 'Montreal Cardiology Night has been cancelled',
      readAt: '2030-05-30T10:00:00Z',
    });
    let marked: string | undefined;
    server.use(
      http.get(apiUrl('/api/v1/me/notifications'), () => HttpResponse.json({ items: [seat, cancelled], unreadCount: 1 })),
      http.post(apiUrl('/api/v1/me/notifications/:notificationId/read'), ({ params }) => {
        marked = String(params.notificationId);
        return HttpResponse.json({ ...seat, readAt: '2030-06-01T15:00:00Z' });
      }),
    );
    const { user } = renderWithProviders(<NotificationsMenu />);

    const bell = await screen.findByRole('button', { name: 'Notifications, 1 unread' });
    expect(bell).toHaveAttribute('aria-expanded', 'false');
    await user.click(bell);
    expect(bell).toHaveAttribute('aria-expanded', 'true');
    const list = within(screen.getByRole('list'));
    expect(list.getAllByRole('listitem')).toHaveLength(2);
    expect(list.getAllByRole('link', { name: 'See the event' })[0]).toHaveAttribute(
      'href',
      `/events/${seat.eventId ?? ''}`,
    );

    await user.click(list.getByRole('button', { name: `Mark as read: ${seat.message}` }));

    expect(await screen.findByRole('button', { name: 'Notifications' })).toBeInTheDocument();
    expect(marked).toBe(seat.id);
    expect(screen.queryByRole('button', { name: /Mark as read/ })).not.toBeInTheDocument();
  });

  it('closes with Escape and gives focus back to the bell', async () => {
    const { user } = renderWithProviders(<NotificationsMenu />);
    const bell = screen.getByRole('button', { name: 'Notifications' });

    await user.click(bell);
    expect(await screen.findByText('Nothing new. News about your events appears here.')).toBeVisible();
    await user.keyboard('{Escape}');

    expect(bell).toHaveAttribute('aria-expanded', 'false');
    expect(bell).toHaveFocus();
  });

  it('counts every unread notification, not only those listed', async () => {
    server.use(
      http.get(apiUrl('/api/v1/me/notifications'), () => HttpResponse.json({ items: [aNotification()], unreadCount: 14 })),
    );
    renderWithProviders(<NotificationsMenu />);

    expect(await screen.findByRole('button', { name: 'Notifications, 14 unread' })).toHaveTextContent('9+');
  });

  it('names the person and links to the introduction and the connection', async () => {
    const accepted = aNotification({
      kind: 'INTRODUCTION_ACCEPTED',
      message: 'Dr. Dana Reyes accepted the introduction: you are now connected',
      personId: '3d1f6a10-0000-4000-8000-0000000000a1',
      personName: 'Dr. Dana Reyes',
      introductionId: '3d1f6a10-0000-4000-8000-0000000000b1',
      connectionId: '3d1f6a10-0000-4000-8000-0000000000c1',
    });
    server.use(
      http.get(apiUrl('/api/v1/me/notifications'), () => HttpResponse.json({ items: [accepted], unreadCount: 1 })),
    );
    const { user } = renderWithProviders(<NotificationsMenu />);

    await user.click(await screen.findByRole('button', { name: 'Notifications, 1 unread' }));

    expect(screen.getByText(/Dr. Dana Reyes accepted the introduction/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Open the introduction with Dr. Dana Reyes' })).toHaveAttribute(
      'href',
      '/introductions/3d1f6a10-0000-4000-8000-0000000000b1',
    );
    expect(screen.getByRole('link', { name: 'See the connection with Dr. Dana Reyes' })).toHaveAttribute(
      'href',
      '/connections/3d1f6a10-0000-4000-8000-0000000000c1',
    );
  });

  it('marks all read and the badge empties', async () => {
    let unread = 2;
    const items = () => [
      aNotification({ readAt: unread ? undefined : '2030-06-01T15:00:00Z' }),
      aNotification({ id: '3d1f6a10-0000-4000-8000-000000000002', readAt: unread ? undefined : '2030-06-01T15:00:00Z' }),
    ];
    server.use(
      http.get(apiUrl('/api/v1/me/notifications'), () => HttpResponse.json({ items: items(), unreadCount: unread })),
      http.post(apiUrl('/api/v1/me/notifications/read'), () => {
        const marked = unread;
        unread = 0;
        return HttpResponse.json({ marked });
      }),
    );
    const { user } = renderWithProviders(<NotificationsMenu />);

    await user.click(await screen.findByRole('button', { name: 'Notifications, 2 unread' }));
    await user.click(screen.getByRole('button', { name: 'Mark all read' }));

    expect(await screen.findByRole('button', { name: 'Notifications' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Mark as read/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mark all read' })).not.toBeInTheDocument();
    expect(unread).toBe(0);
  });

  it('closes with its Close button', async () => {
    const { user } = renderWithProviders(<NotificationsMenu />);
    const bell = screen.getByRole('button', { name: 'Notifications' });

    await user.click(bell);
    await user.click(await screen.findByRole('button', { name: 'Close' }));

    expect(bell).toHaveAttribute('aria-expanded', 'false');
    expect(bell).toHaveFocus();
  });
});

import { screen, within } from '@testing-library/react';
import { sessionStore } from '@/lib/session/session-store';
import { anAccount, aSession } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { OrganizerPage } from '../OrganizerPage';

describe('Organizer page', () => {
  it('lists brokering and the door count as ready and points to the outcomes, promising nothing still to come', () => {
    sessionStore.start(aSession(anAccount({ roles: ['ATTENDEE', 'ORGANIZER'] })));
    renderWithProviders(<OrganizerPage />);

    const run = screen.getByRole('region', { name: 'Run your events' });
    expect(run).toHaveTextContent(/Broker introductions/);
    expect(run).toHaveTextContent(/live count of arrivals/);
    const watch = screen.getByRole('region', { name: 'Watch the outcomes' });
    expect(within(watch).getByRole('link', { name: 'Trends across events' })).toHaveAttribute('href', '/organizer/trends');
    expect(screen.queryByText(/still to come/i)).not.toBeInTheDocument();
  });
});

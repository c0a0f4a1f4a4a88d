import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { ForgotPasswordPage } from '@/features/auth/routes/ForgotPasswordPage';
import { LoginPage } from '@/features/auth/routes/LoginPage';
import { ResetPasswordPage } from '@/features/auth/routes/ResetPasswordPage';
import { SignupPage } from '@/features/auth/routes/SignupPage';
import { VerifyEmailPage } from '@/features/auth/routes/VerifyEmailPage';

import { EventsPage } from '@/features/events/routes/EventsPage';
import { HomePage } from '@/features/home/routes/HomePage';
import { AnyVisitorLayout } from './layouts/AnyVisitorLayout';
import { AppShell } from './layouts/AppShell';
import { PublicLayout } from './layouts/PublicLayout';
import { EventPage } from './routes/EventPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { GuestOnly } from './routing/GuestOnly';
import { RequireAuth } from './routing/RequireAuth';
import { RequireRole } from './routing/RequireRole';
import { useFocusHeadingOnNavigate } from './routing/use-focus-heading-on-navigate';

// Pages with heavy libraries (QR codes, phone numbers, the ticket scanner) or used by few load on demand.
const TicketsPage = lazy(() =>
  import('@/features/registration/routes/TicketsPage').then((m) => ({ default: m.TicketsPage })),
);
const ProfilePage = lazy(() =>
  import('@/features/profile/routes/ProfilePage').then((m) => ({ default: m.ProfilePage })),
);
const OrganizerPage = lazy(() =>
  import('./routes/OrganizerPage').then((m) => ({ default: m.OrganizerPage })),
);
const OrganizerEventsPage = lazy(() =>
  import('@/features/events/routes/OrganizerEventsPage').then((m) => ({ default: m.OrganizerEventsPage })),
);
const NewEventPage = lazy(() =>
  import('@/features/events/routes/NewEventPage').then((m) => ({ default: m.NewEventPage })),
);
const EditEventPage = lazy(() =>
  import('@/features/events/routes/EditEventPage').then((m) => ({ default: m.EditEventPage })),
);
const EventRegistrationsPage = lazy(() =>
  import('./routes/EventRegistrationsPage').then((m) => ({ default: m.EventRegistrationsPage })),
);
const ImportRegistrationsPage = lazy(() =>
  import('@/features/bulk/routes/ImportRegistrationsPage').then((m) => ({ default: m.ImportRegistrationsPage })),
);
const ConnectionsPage = lazy(() =>
  import('@/features/connections/routes/ConnectionsPage').then((m) => ({ default: m.ConnectionsPage })),
);
const ConnectionPage = lazy(() =>
  import('@/features/connections/routes/ConnectionPage').then((m) => ({ default: m.ConnectionPage })),
);
const ConnectAtEventPage = lazy(() =>
  import('@/features/connections/routes/ConnectAtEventPage').then((m) => ({ default: m.ConnectAtEventPage })),
);
const IntroductionsPage = lazy(() =>
  import('@/features/introductions/routes/IntroductionsPage').then((m) => ({ default: m.IntroductionsPage })),
);
const IntroductionPage = lazy(() =>
  import('@/features/introductions/routes/IntroductionPage').then((m) => ({ default: m.IntroductionPage })),
);
const WhomToMeetPage = lazy(() =>
  import('@/features/introductions/routes/WhomToMeetPage').then((m) => ({ default: m.WhomToMeetPage })),
);
const EventPairsPage = lazy(() =>
  import('@/features/introductions/routes/EventPairsPage').then((m) => ({ default: m.EventPairsPage })),
);
const EventDashboardPage = lazy(() =>
  import('./routes/EventDashboardRoute').then((m) => ({ default: m.EventDashboardRoute })),
);
const TrendsPage = lazy(() =>
  import('@/features/dashboard/routes/TrendsPage').then((m) => ({ default: m.TrendsPage })),
);
const ThisWeekPage = lazy(() =>
  import('@/features/follow-ups/routes/ThisWeekPage').then((m) => ({ default: m.ThisWeekPage })),
);
const CalendarSettingsPage = lazy(() =>
  import('@/features/calendar/routes/CalendarSettingsPage').then((m) => ({ default: m.CalendarSettingsPage })),
);
const UnsubscribePage = lazy(() =>
  import('@/features/profile/routes/UnsubscribePage').then((m) => ({ default: m.UnsubscribePage })),
);
// The Mailbox reads the embedded SMTP server of dev mode; a production build leaves the page out.
const MailboxPage = import.meta.env.DEV
  ? lazy(() => import('@/features/mailbox/routes/MailboxPage').then((m) => ({ default: m.MailboxPage })))
  : null;
const DirectoryPage = lazy(() =>
  import('@/features/directory/routes/DirectoryPage').then((m) => ({ default: m.DirectoryPage })),
);
const PersonPage = lazy(() =>
  import('@/features/directory/routes/PersonPage').then((m) => ({ default: m.PersonPage })),
);
const TicketLinkPage = lazy(() =>
  import('@/features/registration/routes/TicketLinkPage').then((m) => ({ default: m.TicketLinkPage })),
);
const ConnectLinkPage = lazy(() =>
  import('@/features/connections/routes/ConnectLinkPage').then((m) => ({ default: m.ConnectLinkPage })),
);
const WebhooksPage = lazy(() =>
  import('@/features/webhooks/routes/WebhooksPage').then((m) => ({ default: m.WebhooksPage })),
);
const OrganizersPage = lazy(() =>
  import('@/features/organizers/routes/OrganizersPage').then((m) => ({ default: m.OrganizersPage })),
);
const IntegrationsPage = lazy(() =>
  import('@/features/integrations/routes/IntegrationsPage').then((m) => ({ default: m.IntegrationsPage })),
);
const DoorPage = lazy(() => import('@/features/check-in/routes/DoorPage').then((m) => ({ default: m.DoorPage })));

export function AppRoutes() {
  useFocusHeadingOnNavigate();
  return (
    <Routes>
      <Route element={<GuestOnly />}>
        <Route element={<PublicLayout />}>
          <Route path="/login" element={<LoginPage />} />
          <Route path="/signup" element={<SignupPage />} />
          <Route path="/forgot-password" element={<ForgotPasswordPage />} />
        </Route>
      </Route>
      <Route element={<RequireAuth />}>
        <Route element={<AppShell />}>
          <Route path="/" element={<HomePage />} />
          <Route path="/events" element={<EventsPage />} />
          <Route path="/events/:eventId" element={<EventPage />} />
          <Route path="/events/:eventId/meet" element={<WhomToMeetPage />} />
          <Route path="/events/:eventId/people" element={<DirectoryPage />} />
          <Route path="/people/:attendeeId" element={<PersonPage />} />
          <Route path="/events/:eventId/connect" element={<ConnectAtEventPage />} />
          <Route path="/introductions" element={<IntroductionsPage />} />
          <Route path="/introductions/:introductionId" element={<IntroductionPage />} />
          <Route path="/tickets" element={<TicketsPage />} />
          <Route path="/t/:token" element={<TicketLinkPage />} />
          <Route path="/c/:code" element={<ConnectLinkPage />} />
          <Route path="/connections" element={<ConnectionsPage />} />
          <Route path="/connections/:connectionId" element={<ConnectionPage />} />
          <Route path="/profile" element={<ProfilePage />} />
          <Route path="/this-week" element={<ThisWeekPage />} />
          <Route path="/calendar" element={<CalendarSettingsPage />} />
          <Route element={<RequireRole role="ORGANIZER" />}>
            <Route path="/organizer" element={<OrganizerPage />} />
            <Route path="/organizer/events" element={<OrganizerEventsPage />} />
            <Route path="/organizer/webhooks" element={<WebhooksPage />} />
            <Route path="/organizer/integrations" element={<IntegrationsPage />} />
            <Route path="/organizer/organizers" element={<OrganizersPage />} />
            <Route path="/organizer/events/new" element={<NewEventPage />} />
            <Route path="/organizer/events/:eventId/edit" element={<EditEventPage />} />
            <Route path="/organizer/events/:eventId/registrations" element={<EventRegistrationsPage />} />
            <Route path="/organizer/events/:eventId/import" element={<ImportRegistrationsPage />} />
            <Route path="/organizer/events/:eventId/door" element={<DoorPage />} />
            <Route path="/organizer/events/:eventId/pairs" element={<EventPairsPage />} />
            <Route path="/organizer/events/:eventId/dashboard" element={<EventDashboardPage />} />
            <Route path="/organizer/trends" element={<TrendsPage />} />
          </Route>
        </Route>
      </Route>
      <Route element={<AnyVisitorLayout />}>
        <Route path="/unsubscribe/:token" element={<UnsubscribePage />} />
        <Route path="/verify-email" element={<VerifyEmailPage />} />
        <Route path="/reset-password" element={<ResetPasswordPage />} />
        {MailboxPage && <Route path="/dev/mailbox" element={<MailboxPage />} />}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

import type { paths } from './schema';

/**
 * Names for the API's shapes, derived from operations rather than from component names so that
 * renaming a Java record on the server does not ripple through the SPA.
 */
export type SessionResponse = paths['/api/v1/auth/refresh']['post']['responses'][200]['content']['application/json'];
export type Account = paths['/api/v1/me']['get']['responses'][200]['content']['application/json'];
export type Role = Account['roles'][number];
export type SignupRequest = NonNullable<
  paths['/api/v1/auth/signup']['post']['requestBody']
>['content']['application/json'];
export type LoginRequest = NonNullable<
  paths['/api/v1/auth/login']['post']['requestBody']
>['content']['application/json'];

export type PasswordResetConfirmation = NonNullable<
  paths['/api/v1/auth/password-reset/confirm']['post']['requestBody']
>['content']['application/json'];

type JsonOf<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
type RequestOf<T> = T extends { requestBody?: infer Body } ? JsonOf<NonNullable<Body>> : never;

export type EventPage = JsonOf<paths['/api/v1/events']['get']['responses'][200]>;
export type EventQuery = NonNullable<paths['/api/v1/events']['get']['parameters']['query']>;
export type RoundsEvent = JsonOf<paths['/api/v1/events/{eventId}']['get']['responses'][200]>;
export type EventStatus = RoundsEvent['status'];
export type CreateEventRequest = RequestOf<paths['/api/v1/events']['post']>;
export type UpdateEventRequest = RequestOf<paths['/api/v1/events/{eventId}']['patch']>;

export type Registration = JsonOf<
  paths['/api/v1/events/{eventId}/registrations/{registrationId}']['get']['responses'][200]
>;
export type RegistrationStatus = Registration['status'];
export type RegistrationPage = JsonOf<paths['/api/v1/events/{eventId}/registrations']['get']['responses'][200]>;
export type UpdateRegistrationRequest = RequestOf<
  paths['/api/v1/events/{eventId}/registrations/{registrationId}']['patch']
>;
export type TicketPage = JsonOf<paths['/api/v1/me/registrations']['get']['responses'][200]>;
export type Ticket = TicketPage['items'][number];
export type CheckInRequest = RequestOf<paths['/api/v1/events/{eventId}/check-ins']['post']>;
export type CheckInResult = JsonOf<paths['/api/v1/events/{eventId}/check-ins']['post']['responses'][200]>;
export type CheckInSummary = JsonOf<paths['/api/v1/events/{eventId}/check-ins/summary']['get']['responses'][200]>;
/** A person's photo and professional facts, as cards show them beside a name. */
export type ProfileSummary = NonNullable<Registration['attendeeProfile']>;

export type NotificationPage = JsonOf<paths['/api/v1/me/notifications']['get']['responses'][200]>;
export type AppNotification = NotificationPage['items'][number];

export type SpecialtyList = JsonOf<paths['/api/v1/specialties']['get']['responses'][200]>;
export type Specialty = SpecialtyList['items'][number];
export type MyProfile = JsonOf<paths['/api/v1/me/profile']['get']['responses'][200]>;
export type ProfileRequest = RequestOf<paths['/api/v1/me/profile']['put']>;
export type Credential = ProfileRequest['credentials'][number];
export type Visibility = MyProfile['visibility']['email'];
export type CellSharingDefault = MyProfile['cellSharingDefault'];
export type AttendeeProfile = JsonOf<paths['/api/v1/attendees/{attendeeId}']['get']['responses'][200]>;
export type EventAttendeePage = JsonOf<paths['/api/v1/events/{eventId}/attendees']['get']['responses'][200]>;
export type EventAttendee = EventAttendeePage['items'][number];

export type ConnectionPage = JsonOf<paths['/api/v1/connections']['get']['responses'][200]>;
export type Connection = JsonOf<paths['/api/v1/connections/{connectionId}']['get']['responses'][200]>;
export type CellConsent = Connection['myCellConsent'];
export type CellConsentRequest = RequestOf<paths['/api/v1/connections/{connectionId}/cell-consent']['put']>;
export type NotePage = JsonOf<paths['/api/v1/connections/{connectionId}/notes']['get']['responses'][200]>;
export type Note = NotePage['items'][number];
export type NoteRequest = RequestOf<paths['/api/v1/connections/{connectionId}/notes']['post']>;
export type ConnectCode = JsonOf<paths['/api/v1/events/{eventId}/connect-code']['post']['responses'][200]>;
export type ScanRequest = RequestOf<paths['/api/v1/connections/scan']['post']>;

export type IntroductionPage = JsonOf<paths['/api/v1/introductions']['get']['responses'][200]>;
export type IntroductionQuery = NonNullable<paths['/api/v1/introductions']['get']['parameters']['query']>;
export type Introduction = JsonOf<paths['/api/v1/introductions/{introductionId}']['get']['responses'][200]>;
export type IntroductionStatus = Introduction['status'];
export type IntroductionPerson = Introduction['partyA'];
export type IntroductionRequest = RequestOf<paths['/api/v1/introductions']['post']>;
export type IntroductionAnswerRequest = RequestOf<paths['/api/v1/introductions/{introductionId}/decline']['post']>;
export type IntroductionAllowance = JsonOf<
  paths['/api/v1/events/{eventId}/introduction-allowance']['get']['responses'][200]
>;

export type SuggestionList = JsonOf<paths['/api/v1/events/{eventId}/suggestions']['get']['responses'][200]>;
export type Suggestion = SuggestionList['items'][number];
export type SuggestionReason = Suggestion['reasons'][number];
export type SuggestedAttendee = Suggestion['attendee'];
export type PairSuggestionList = JsonOf<paths['/api/v1/events/{eventId}/pair-suggestions']['get']['responses'][200]>;
export type PairSuggestion = PairSuggestionList['items'][number];

export type FollowUpPage = JsonOf<paths['/api/v1/follow-ups']['get']['responses'][200]>;
export type FollowUpQuery = NonNullable<paths['/api/v1/follow-ups']['get']['parameters']['query']>;
export type FollowUpTask = JsonOf<paths['/api/v1/follow-ups/{taskId}']['get']['responses'][200]>;
export type FollowUpStatus = FollowUpTask['status'];
export type ChangeFollowUpRequest = RequestOf<paths['/api/v1/follow-ups/{taskId}']['patch']>;
export type FollowUpProgressList = JsonOf<paths['/api/v1/follow-ups/progress']['get']['responses'][200]>;
export type FollowUpProgress = FollowUpProgressList['items'][number];

export type CalendarFeed = JsonOf<paths['/api/v1/me/calendar-feed']['get']['responses'][200]>;

export type ReferralReportPage = JsonOf<
  paths['/api/v1/connections/{connectionId}/referral-reports']['get']['responses'][200]
>;
export type ReferralReport = ReferralReportPage['items'][number];
export type ReferralReportRequest = RequestOf<paths['/api/v1/connections/{connectionId}/referral-reports']['post']>;
export type NotificationPreferences = JsonOf<paths['/api/v1/me/notification-preferences']['get']['responses'][200]>;
export type DevMailbox = JsonOf<paths['/api/v1/dev/mailbox']['get']['responses'][200]>;
export type ReceivedMail = DevMailbox['items'][number];

export type EventDashboard = JsonOf<paths['/api/v1/dashboard/events/{eventId}']['get']['responses'][200]>;
export type EventDashboardQuery = NonNullable<paths['/api/v1/dashboard/events/{eventId}']['get']['parameters']['query']>;
export type DashboardTrends = JsonOf<paths['/api/v1/dashboard/trends']['get']['responses'][200]>;
export type DashboardTrendsQuery = NonNullable<paths['/api/v1/dashboard/trends']['get']['parameters']['query']>;
export type WebhookSubscriptionPage = JsonOf<paths['/api/v1/webhook-subscriptions']['get']['responses'][200]>;
export type WebhookSubscription = WebhookSubscriptionPage['items'][number];
export type CreateWebhookSubscription = RequestOf<paths['/api/v1/webhook-subscriptions']['post']>;
export type ChangeWebhookSubscription = RequestOf<paths['/api/v1/webhook-subscriptions/{subscriptionId}']['patch']>;
export type WebhookDeliveryPage = JsonOf<
  paths['/api/v1/webhook-subscriptions/{subscriptionId}/deliveries']['get']['responses'][200]
>;
export type WebhookDelivery = WebhookDeliveryPage['items'][number];
export type WebhookRedelivery = JsonOf<
  paths['/api/v1/webhook-subscriptions/{subscriptionId}/deliveries/{deliveryId}/redeliver']['post']['responses'][202]
>;
export type IntegrationClientPage = JsonOf<paths['/api/v1/integration-clients']['get']['responses'][200]>;
export type IntegrationClient = IntegrationClientPage['items'][number];
export type IntegrationClientRequest = RequestOf<paths['/api/v1/integration-clients']['post']>;
export type IssuedIntegrationKey = JsonOf<paths['/api/v1/integration-clients']['post']['responses'][201]>;
export type AccountRolesList = JsonOf<paths['/api/v1/accounts']['get']['responses'][200]>;
export type AccountRoles = AccountRolesList['items'][number];
export type EventMessageRequest = RequestOf<paths['/api/v1/events/{eventId}/messages']['post']>;
export type EventMessage = JsonOf<paths['/api/v1/events/{eventId}/messages']['post']['responses'][202]>;

export type ImportJob = JsonOf<paths['/api/v1/imports/{importId}']['get']['responses'][200]>;
export type ImportRowPage = JsonOf<paths['/api/v1/imports/{importId}/rows']['get']['responses'][200]>;
export type ImportRow = ImportRowPage['items'][number];

import type {
  Account,
  AttendeeProfile,
  EventDashboard,
  Connection,
  FollowUpProgress,
  FollowUpTask,
  Introduction,
  Note,
  MyProfile,
  Registration,
  RoundsEvent,
  SessionResponse,
  Specialty,
  Ticket,
} from '@/lib/api/types';

export function anAccount(overrides: Partial<Account> = {}): Account {
  return {
    id: '6f1c2b8e-1d7a-4f55-9a57-6b1f0f6f2a01',
    email: 'maya.chen@example.org',
    displayName: 'Dr. Maya Chen',
    roles: ['ATTENDEE'],
    emailVerified: true,
    createdAt: '2025-01-15T10:00:00Z',
    ...overrides,
  };
}

export function aSession(account: Account = anAccount(), accessToken = 'access-token-1'): SessionResponse {
  return { accessToken, tokenType: 'Bearer', expiresIn: 900, account };
}

let sequence = 0;
/** A fresh UUID-shaped id for each fixture that needs one. */
function nextId(): string {
  sequence += 1;
  return `00000000-0000-4000-8000-${sequence.toString(16).padStart(12, '0')}`;
}

export function anEvent(overrides: Partial<RoundsEvent> = {}): RoundsEvent {
  return {
    id: nextId(),
    title: 'Baltimore Eye & Vision Evening',
    description: 'An evening for ophthalmologists and optometrists.',
    city: 'Baltimore',
    venueName: 'Harbor Room',
    venueAddress: '100 Light St, Baltimore, MD',
    timeZone: 'America/New_York',
    startsAt: '2030-06-05T18:30:00-04:00',
    endsAt: '2030-06-05T21:00:00-04:00',
    capacity: 40,
    registeredCount: 12,
    seatsLeft: 28,
    waitlistCount: 0,
    registrationOpensAt: '2030-05-01T09:00:00-04:00',
    registrationClosesAt: '2030-06-05T18:30:00-04:00',
    registrationOpen: true,
    openRequestLimit: 5,
    status: 'PUBLISHED',
    ...overrides,
  };
}

export function aRegistration(overrides: Partial<Registration> = {}): Registration {
  return {
    id: nextId(),
    eventId: nextId(),
    attendeeId: anAccount().id,
    attendeeName: 'Dr. Maya Chen',
    status: 'REGISTERED',
    createdAt: '2030-05-02T14:00:00Z',
    ...overrides,
  };
}

export function aTicket(event: RoundsEvent = anEvent(), overrides: Partial<Registration> = {}): Ticket {
  return {
    event,
    registration: aRegistration({ eventId: event.id, ticketToken: 'tk_4mQx9ZsV2bLr8NpWc7Ye1HdA', ...overrides }),
  };
}

export function aSpecialty(overrides: Partial<Specialty> = {}): Specialty {
  return {
    code: '207W00000X',
    name: 'Ophthalmology',
    grouping: 'Physician',
    suggestedTags: ['cataract surgery', 'glaucoma', 'diabetic retinopathy'],
    ...overrides,
  };
}

export function aProfile(overrides: Partial<MyProfile> = {}): MyProfile {
  return {
    accountId: anAccount().id,
    complete: true,
    fullName: 'Dr. Maya Chen',
    credentials: ['MD'],
    specialty: { code: '207W00000X', name: 'Ophthalmology' },
    wantsReferred: ['cataract surgery'],
    doesNotTake: [],
    refersOut: [],
    email: 'maya.chen@example.org',
    visibility: {
      email: 'CONNECTIONS',
      cellNumber: 'CONNECTIONS',
      linkedinUrl: 'EVENT_ATTENDEES',
      websiteUrl: 'EVENT_ATTENDEES',
    },
    cellSharingDefault: 'ASK',
    shareContactWithIntegrations: false,
    ...overrides,
  };
}

export function anAttendee(overrides: Partial<AttendeeProfile> = {}): AttendeeProfile {
  return {
    attendeeId: nextId(),
    complete: true,
    fullName: 'Dr. Dana Reyes',
    credentials: ['OD'],
    specialty: { code: '152W00000X', name: 'Optometrist' },
    practiceName: 'Harbor Eye Associates',
    city: 'Baltimore',
    wantsReferred: ['contact lens fitting'],
    doesNotTake: [],
    refersOut: ['cataract surgery'],
    ...overrides,
  };
}

export function aConnection(overrides: Partial<Connection> = {}): Connection {
  return {
    id: nextId(),
    person: anAttendee(),
    origin: 'INTRODUCTION',
    eventId: nextId(),
    eventTitle: 'Baltimore Eye & Vision Evening',
    connectedAt: '2030-06-05T19:10:00-04:00',
    myCellConsent: 'UNDECIDED',
    theirCellConsent: 'UNDECIDED',
    ...overrides,
  };
}

export function aNote(overrides: Partial<Note> = {}): Note {
  return {
    id: nextId(),
    connectionId: nextId(),
    body: 'Talked about co-managing cataract patients; call after the 15th.',
    createdAt: '2030-06-06T09:00:00-04:00',
    updatedAt: '2030-06-06T09:00:00-04:00',
    ...overrides,
  };
}

export function anIntroduction(overrides: Partial<Introduction> = {}): Introduction {
  const me = { id: anAccount().id, name: 'Dr. Maya Chen' };
  const them = { id: '7a0c4d2e-5b8f-4e1a-9c3d-2f6e8b1a4c70', name: 'Dr. Dana Reyes' };
  return {
    id: nextId(),
    eventId: nextId(),
    eventTitle: 'Baltimore Eye & Vision Evening',
    kind: 'REQUEST',
    status: 'PENDING',
    proposedBy: them,
    partyA: them,
    partyB: me,
    reason: 'You refer out cataract cases; I take them.',
    expiresAt: '2030-06-12T21:00:00-04:00',
    createdAt: '2030-06-05T19:00:00-04:00',
    ...overrides,
  };
}

export function aFollowUp(overrides: Partial<FollowUpTask> = {}): FollowUpTask {
  return {
    id: nextId(),
    kind: 'SEND_CARD',
    label: 'Send a card',
    connectionId: nextId(),
    counterpart: { attendeeId: nextId(), fullName: 'Dr. Dana Reyes' },
    eventId: nextId(),
    eventTitle: 'Baltimore Eye & Vision Evening',
    dueAt: '2030-06-12T13:00:00Z',
    status: 'OPEN',
    overdue: false,
    ...overrides,
  };
}

export function aProgress(overrides: Partial<FollowUpProgress> = {}): FollowUpProgress {
  return {
    eventId: nextId(),
    eventTitle: 'Baltimore Eye & Vision Evening',
    total: 6,
    done: 0,
    skipped: 0,
    overdue: 0,
    ...overrides,
  };
}

/** The figures of an event that has ended, with a little of everything; every figure's definition is the same. */
export function aDashboard(overrides: Partial<EventDashboard> = {}): EventDashboard {
  return {
    eventId: nextId(),
    title: 'Baltimore Eye & Vision Evening',
    startsAt: '2030-06-05T22:30:00Z',
    endsAt: '2030-06-06T01:00:00Z',
    asOf: '2030-06-20T12:00:00Z',
    registration: {
      capacity: 40,
      registered: 12,
      checkedIn: 9,
      waitlisted: 2,
      cancelled: 1,
      noShows: 3,
      checkInsOverTime: [
        { from: '2030-06-05T22:30:00Z', checkIns: 6 },
        { from: '2030-06-05T22:45:00Z', checkIns: 3 },
      ],
    },
    introductions: {
      requested: 10,
      pending: 1,
      accepted: 6,
      declined: 2,
      withdrawn: 1,
      expired: 0,
      met: 4,
      acceptanceRate: 0.75,
      medianSecondsToAnswer: 1800,
      brokered: 3,
      selfRequested: 7,
      openRequestLimit: 5,
      allowanceUsed: 15,
      shareOfAllowanceUsed: 0.25,
    },
    connections: {
      attendees: 12,
      attendeesConnected: 8,
      shareConnected: 8 / 12,
      byOrigin: [
        { origin: 'INTRODUCTION', connections: 6 },
        { origin: 'SCAN', connections: 2 },
      ],
    },
    followUps: {
      connectionsWithPlan: 6,
      doneWithinWeek: 3,
      shareDoneWithinWeek: 0.5,
      tasks: 12,
      done: 7,
      skipped: 1,
      open: 4,
      overdue: 2,
      byKind: [
        { kind: 'SEND_CARD', tasks: 6, done: 4, skipped: 0, open: 2, overdue: 1 },
        { kind: 'EMAIL', tasks: 6, done: 3, skipped: 1, open: 2, overdue: 1 },
      ],
    },
    outcomes: {
      byMonth: [{ month: '2030-06', monthsAfter: 0, reports: 2, referralsSent: 3, referralsReceived: 1 }],
    },
    specialties: {
      mix: [
        { specialtyCode: '207W00000X', specialtyName: 'Ophthalmology', attendees: 7 },
        { specialtyCode: '152W00000X', specialtyName: '=Optometrist', attendees: 4 },
      ],
      withoutProfile: 1,
      pairs: [
        {
          specialtyA: '152W00000X',
          specialtyAName: 'Optometrist',
          specialtyB: '207W00000X',
          specialtyBName: 'Ophthalmology',
          connections: 5,
        },
      ],
    },
    definitions: {
      'introductions.acceptanceRate': 'Accepted divided by those decided (accepted, declined or expired).',
      'specialties.mix': 'Attendees holding a seat per specialty of their profile.',
    },
    ...overrides,
  };
}

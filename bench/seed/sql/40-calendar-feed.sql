-- One attendee's calendar: the first bench user (bench.user.00001, created by Seed.java, who logs in) holds a seat
-- at :calendar_events events over the past month and the coming months, met one colleague at each, and has
-- :calendar_tasks follow-up tasks on those connections (open, done and a few skipped). Idempotent: deterministic
-- ids, ON CONFLICT DO NOTHING.
BEGIN;
INSERT INTO event (id, title, description, city, venue_name, venue_address, time_zone, starts_at, ends_at, capacity,
                   registration_opens_at, registration_closes_at, specialty_focus, open_request_limit, status,
                   registered_count, waitlisted_count, created_by, created_at, updated_at)
SELECT md5('bench-cal-event-' || g)::uuid,
       format('Calendar referral evening %s', g),
       'Synthetic event for the calendar feed benchmark.',
       'Boston', format('Venue %s', g), format('%s Harbor Street', g), 'America/New_York',
       date_trunc('day', now()) + make_interval(days => g * 4 - 20, hours => 22),
       date_trunc('day', now()) + make_interval(days => g * 4 - 20, hours => 25),
       100, now() - interval '60 days', date_trunc('day', now()) + make_interval(days => g * 4 - 20, hours => 21),
       NULL, 5, CASE WHEN g % 17 = 0 THEN 'CANCELLED' ELSE 'PUBLISHED' END, 2, 0,
       (SELECT id FROM account WHERE roles LIKE '%ORGANIZER%' ORDER BY created_at LIMIT 1),
       now() - interval '60 days', now() - interval '1 hour'
FROM generate_series(1, :calendar_events) AS g
ON CONFLICT (id) DO NOTHING;

INSERT INTO account (id, email, password_hash, display_name, roles, created_at)
SELECT md5('bench-cal-colleague-' || g)::uuid, format('bench.cal.%s@bench.example.com', lpad(g::text, 5, '0')),
       (SELECT password_hash FROM account WHERE email = 'bench.user.00001@bench.example.com'),
       format('Dr. Calendar %s', g), 'ATTENDEE', now()
FROM generate_series(1, :calendar_events) AS g
ON CONFLICT (email) DO NOTHING;

INSERT INTO registration (id, event_id, account_id, status, waitlist_position, ticket_token, created_at, updated_at)
SELECT md5('bench-cal-registration-' || who || g)::uuid, md5('bench-cal-event-' || g)::uuid,
       CASE WHEN who = 'me' THEN (SELECT id FROM account WHERE email = 'bench.user.00001@bench.example.com')
            ELSE md5('bench-cal-colleague-' || g)::uuid END,
       'REGISTERED', NULL, md5('bench-cal-ticket-' || who || g) || md5('bench-cal-salt-' || who || g),
       now() - interval '30 days', now() - interval '30 days'
FROM generate_series(1, :calendar_events) AS g, (VALUES ('me'), ('them')) AS side(who)
ON CONFLICT DO NOTHING;

INSERT INTO connection (id, account_low, account_high, origin, event_id, introduction_id, low_cell_consent,
                        high_cell_consent, created_at, updated_at, version)
SELECT md5('bench-cal-connection-' || g)::uuid, least(me.id, them.id), greatest(me.id, them.id), 'SCAN',
       md5('bench-cal-event-' || g)::uuid, NULL, 'UNDECIDED', 'UNDECIDED', now() - interval '20 days',
       now() - interval '20 days', 0
FROM generate_series(1, :calendar_events) AS g
JOIN account me ON me.email = 'bench.user.00001@bench.example.com'
JOIN account them ON them.id = md5('bench-cal-colleague-' || g)::uuid
ON CONFLICT DO NOTHING;

INSERT INTO follow_up_task (id, owner_id, connection_id, counterpart_id, event_id, kind, title, due_at, status, closed_at,
                            removed_at, revision, created_at, updated_at, version)
SELECT md5('bench-cal-task-' || t)::uuid,
       (SELECT id FROM account WHERE email = 'bench.user.00001@bench.example.com'),
       md5('bench-cal-connection-' || e)::uuid, md5('bench-cal-colleague-' || e)::uuid, md5('bench-cal-event-' || e)::uuid,
       (ARRAY['SEND_CARD','SEND_BIOGRAPHY','SEND_REFERRAL_PADS','EMAIL','CONNECT_LINKEDIN','CALL','SEND_CARD','EMAIL','CALL','CUSTOM'])[1 + t % 10],
       CASE WHEN t % 10 = 9 THEN 'Invite to grand rounds' END,
       date_trunc('day', now()) + make_interval(days => e * 4 - 13, hours => 13 + t % 5),
       CASE WHEN t % 7 = 0 THEN 'DONE' WHEN t % 23 = 0 THEN 'SKIPPED' ELSE 'OPEN' END,
       CASE WHEN t % 7 = 0 OR t % 23 = 0 THEN now() - interval '1 day' END,
       NULL, t % 3, now() - interval '20 days', now() - interval '1 hour', 0
FROM generate_series(1, :calendar_tasks) AS t,
     LATERAL (SELECT 1 + (t - 1) % :calendar_events AS e) AS of_event
ON CONFLICT DO NOTHING;
COMMIT;

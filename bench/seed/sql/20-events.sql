-- 500 published events over the coming year in five cities, registration open, and 100,000
-- registrations spread over them (200 each; capacity 250). Idempotent through deterministic ids.
INSERT INTO event (id, title, description, city, venue_name, venue_address, time_zone, starts_at, ends_at, capacity,
                   registration_opens_at, registration_closes_at, specialty_focus, open_request_limit, status,
                   registered_count, waitlisted_count, created_by, created_at, updated_at)
SELECT md5('bench-event-' || g)::uuid,
       format('%s referral evening %s', (ARRAY['Eye care','Heart','Bone & joint','Primary care','Skin'])[1 + g % 5], g),
       'Synthetic event for load tests: meet colleagues who refer what you treat.',
       (ARRAY['Boston','Montreal','Washington','Baltimore','Los Angeles'])[1 + g % 5],
       format('Venue %s', g), format('%s Main Street', g),
       (ARRAY['America/New_York','America/Toronto','America/New_York','America/New_York','America/Los_Angeles'])[1 + g % 5],
       now() + make_interval(days => 1 + g % 360, hours => 18),
       now() + make_interval(days => 1 + g % 360, hours => 21),
       250,
       now() - interval '1 day',
       now() + make_interval(days => 1 + g % 360, hours => 17),
       NULL, 5, 'PUBLISHED', 0, 0,
       (SELECT id FROM account WHERE roles LIKE '%ORGANIZER%' ORDER BY created_at LIMIT 1),
       now(), now()
FROM generate_series(1, :events) AS g
ON CONFLICT (id) DO NOTHING;

INSERT INTO registration (id, event_id, account_id, status, waitlist_position, ticket_token, created_at, updated_at)
SELECT md5('bench-registration-' || g)::uuid,
       md5('bench-event-' || (1 + g % :events))::uuid,
       md5('bench-physician-' || (1 + (g * 7919) % :physicians))::uuid,
       'REGISTERED', NULL,
       md5('bench-ticket-' || g) || md5('bench-ticket-salt-' || g),
       now() - make_interval(secs => :registrations - g),
       now()
FROM generate_series(1, :registrations) AS g
ON CONFLICT DO NOTHING;

UPDATE event e SET registered_count = counts.n
FROM (SELECT event_id, count(*) AS n FROM registration WHERE status = 'REGISTERED' GROUP BY event_id) counts
WHERE counts.event_id = e.id AND e.id IN (SELECT md5('bench-event-' || g)::uuid FROM generate_series(1, :events) g)
  AND e.registered_count <> counts.n;

-- The burst target: a fresh event with few seats, so the burst exercises seats and waitlist.
INSERT INTO event (id, title, description, city, venue_name, venue_address, time_zone, starts_at, ends_at, capacity,
                   registration_opens_at, registration_closes_at, specialty_focus, open_request_limit, status,
                   registered_count, waitlisted_count, created_by, created_at, updated_at)
VALUES (md5('bench-burst-event')::uuid, 'Registration burst', 'Synthetic', 'Boston', 'Venue', 'Main Street',
        'America/New_York', now() + interval '30 days', now() + interval '30 days 3 hours', 20,
        now() - interval '1 day', now() + interval '29 days', NULL, 5, 'PUBLISHED', 0, 0,
        (SELECT id FROM account WHERE roles LIKE '%ORGANIZER%' ORDER BY created_at LIMIT 1), now(), now())
ON CONFLICT (id) DO NOTHING;

ANALYZE account; ANALYZE attendee_profile; ANALYZE event; ANALYZE registration;

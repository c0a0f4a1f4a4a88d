-- For the trends: :trend_events held (COMPLETED) events over the past two years in the five cities, each with
-- :trend_registrations physicians from a pool of 4,000 of 10-physicians.sql (so most come back to several events):
-- three in four checked in, the others no-shows or cancelled, and one physician in 25 registering every time without
-- coming. Half of each event's checked-in attendees pair up into scanned connections, each with two follow-up tasks
-- (about 60% done) and one in five with a referral report. Runs after 10-physicians.sql; idempotent: deterministic
-- ids, ON CONFLICT DO NOTHING.
BEGIN;
INSERT INTO event (id, title, description, city, venue_name, venue_address, time_zone, starts_at, ends_at, capacity,
                   registration_opens_at, registration_closes_at, specialty_focus, open_request_limit, status,
                   registered_count, waitlisted_count, created_by, created_at, updated_at)
SELECT md5('bench-trend-event-' || g)::uuid,
       format('%s referral evening, past %s', (ARRAY['Eye care','Heart','Bone & joint','Primary care','Skin'])[1 + g % 5], g),
       'Synthetic past event for the trends benchmark.',
       (ARRAY['Boston','Montreal','Washington','Baltimore','Los Angeles'])[1 + g % 5],
       format('Venue %s', g), format('%s Main Street', g),
       (ARRAY['America/New_York','America/Toronto','America/New_York','America/New_York','America/Los_Angeles'])[1 + g % 5],
       date_trunc('day', now()) - make_interval(days => 3 * g + 2, hours => -22),
       date_trunc('day', now()) - make_interval(days => 3 * g + 2, hours => -25),
       :trend_registrations,
       date_trunc('day', now()) - make_interval(days => 3 * g + 60),
       date_trunc('day', now()) - make_interval(days => 3 * g + 2, hours => -21),
       NULL, 5, 'COMPLETED', 0, 0,
       (SELECT id FROM account WHERE roles LIKE '%ORGANIZER%' ORDER BY created_at LIMIT 1),
       date_trunc('day', now()) - make_interval(days => 3 * g + 60), date_trunc('day', now()) - make_interval(days => 3 * g)
FROM generate_series(1, :trend_events) AS g
ON CONFLICT (id) DO NOTHING;

-- Seat k of event g goes to pool physician p = 1 + (37 g + 40 k) mod 4000: distinct within an event, shared across.
CREATE TEMP TABLE bench_trend_seat ON COMMIT DROP AS
SELECT g, k, 1 + (37 * g + 40 * k) % 4000 AS p,
       CASE WHEN (1 + (37 * g + 40 * k) % 4000) % 25 = 0 OR k % 20 IN (15, 16, 17) THEN 'REGISTERED'
            WHEN k % 20 IN (18, 19) THEN 'CANCELLED' ELSE 'CHECKED_IN' END AS status
FROM generate_series(1, :trend_events) AS g, generate_series(0, :trend_registrations - 1) AS k;
-- Without statistics the planner takes the self-join below for a few rows and nests it loops (seconds, not ms).
ANALYZE bench_trend_seat;

INSERT INTO registration (id, event_id, account_id, status, waitlist_position, ticket_token, created_at, updated_at,
                          checked_in_at)
SELECT md5('bench-trend-registration-' || s.g || '-' || s.k)::uuid, e.id, md5('bench-physician-' || s.p)::uuid, s.status,
       NULL, md5('bench-trend-ticket-' || s.g || '-' || s.k) || md5('bench-trend-salt-' || s.g || '-' || s.k),
       e.registration_opens_at, e.ends_at,
       CASE WHEN s.status = 'CHECKED_IN' THEN e.starts_at + make_interval(secs => (s.k * 61) % 3600) END
FROM bench_trend_seat s
JOIN event e ON e.id = md5('bench-trend-event-' || s.g)::uuid
ON CONFLICT DO NOTHING;

-- Checked-in seats k and k + 1 (k even) connect by scanning each other's code; a pair met before keeps its first one.
INSERT INTO connection (id, account_low, account_high, origin, event_id, introduction_id, low_cell_consent,
                        high_cell_consent, created_at, updated_at, version)
SELECT md5('bench-trend-connection-' || one.g || '-' || one.k)::uuid,
       least(md5('bench-physician-' || one.p)::uuid, md5('bench-physician-' || two.p)::uuid),
       greatest(md5('bench-physician-' || one.p)::uuid, md5('bench-physician-' || two.p)::uuid),
       'SCAN', e.id, NULL, 'UNDECIDED', 'UNDECIDED', e.starts_at + interval '1 hour', e.starts_at + interval '1 hour', 0
FROM bench_trend_seat one
JOIN bench_trend_seat two ON two.g = one.g AND two.k = one.k + 1
JOIN event e ON e.id = md5('bench-trend-event-' || one.g)::uuid
WHERE one.k % 2 = 0 AND one.status = 'CHECKED_IN' AND two.status = 'CHECKED_IN'
ON CONFLICT DO NOTHING;

INSERT INTO follow_up_task (id, owner_id, connection_id, counterpart_id, event_id, kind, title, due_at, status, closed_at,
                            removed_at, revision, created_at, updated_at, version)
SELECT md5('bench-trend-task-' || c.id || '-' || side)::uuid,
       CASE WHEN side = 0 THEN c.account_low ELSE c.account_high END, c.id,
       CASE WHEN side = 0 THEN c.account_high ELSE c.account_low END, c.event_id,
       CASE WHEN side = 0 THEN 'SEND_CARD' ELSE 'EMAIL' END, NULL, e.ends_at + interval '7 days',
       CASE WHEN get_byte(decode(md5(c.id::text || side), 'hex'), 0) < 154 THEN 'DONE' ELSE 'OPEN' END,
       CASE WHEN get_byte(decode(md5(c.id::text || side), 'hex'), 0) < 154 THEN e.ends_at + interval '3 days' END,
       NULL, 0, c.created_at, c.created_at, 0
FROM connection c JOIN event e ON e.id = c.event_id, generate_series(0, 1) AS side
WHERE c.event_id IN (SELECT md5('bench-trend-event-' || g)::uuid FROM generate_series(1, :trend_events) g)
ON CONFLICT DO NOTHING;

INSERT INTO referral_report (id, author_id, connection_id, month, referral_count, direction, procedure_tag, created_at)
SELECT md5('bench-trend-referral-' || c.id)::uuid, c.account_low, c.id,
       CAST(date_trunc('month', e.starts_at AT TIME ZONE e.time_zone) AS date), 1 + get_byte(decode(md5(c.id::text), 'hex'), 1) % 4,
       'SENT', NULL, now()
FROM connection c JOIN event e ON e.id = c.event_id
WHERE c.event_id IN (SELECT md5('bench-trend-event-' || g)::uuid FROM generate_series(1, :trend_events) g)
  AND get_byte(decode(md5(c.id::text), 'hex'), 0) < 51
ON CONFLICT DO NOTHING;

UPDATE event e SET registered_count = seats.n
FROM (SELECT event_id, count(*) AS n FROM registration WHERE status IN ('REGISTERED', 'CHECKED_IN') GROUP BY event_id) seats
WHERE seats.event_id = e.id
  AND e.id IN (SELECT md5('bench-trend-event-' || g)::uuid FROM generate_series(1, :trend_events) g)
  AND e.registered_count <> seats.n;
COMMIT;
ANALYZE event; ANALYZE registration; ANALYZE connection; ANALYZE follow_up_task; ANALYZE referral_report;

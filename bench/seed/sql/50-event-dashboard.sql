-- One ended Boston evening for the organizer's dashboard: :dashboard_attendees physicians holding a seat (most checked
-- in, one in twenty a no-show) and one in ten more waitlisted or cancelled, :dashboard_introductions introductions in
-- every state between the seated ones, a connection for each accepted one, :dashboard_tasks follow-up tasks over those
-- connections (done, skipped, open and overdue) and referral reports on one connection in ten over the months after.
-- Idempotent: deterministic ids, ON CONFLICT DO NOTHING.
BEGIN;
INSERT INTO event (id, title, description, city, venue_name, venue_address, time_zone, starts_at, ends_at, capacity,
                   registration_opens_at, registration_closes_at, specialty_focus, open_request_limit, status,
                   registered_count, waitlisted_count, created_by, created_at, updated_at)
VALUES (md5('bench-dashboard-event')::uuid, 'Boston referral evening (dashboard)', 'Synthetic: dashboard benchmark',
        'Boston', 'Back Bay Hall', '1 Boylston St', 'America/New_York',
        date_trunc('day', now()) - interval '40 days' + interval '22 hours',
        date_trunc('day', now()) - interval '40 days' + interval '25 hours',
        :dashboard_attendees, now() - interval '90 days', date_trunc('day', now()) - interval '40 days' + interval '21 hours',
        NULL, 50, 'PUBLISHED', 0, 0,
        (SELECT id FROM account WHERE roles LIKE '%ORGANIZER%' ORDER BY created_at LIMIT 1),
        now() - interval '90 days', now() - interval '40 days')
ON CONFLICT (id) DO NOTHING;

INSERT INTO account (id, email, password_hash, display_name, roles, created_at)
SELECT md5('bench-dash-' || g)::uuid, format('bench.dash.%s@bench.example.com', lpad(g::text, 5, '0')),
       (SELECT password_hash FROM account WHERE email = 'bench.user.00001@bench.example.com'),
       format('Dr. Dashboard %s', g), 'ATTENDEE', now() - interval '90 days'
FROM generate_series(1, :dashboard_attendees + :dashboard_attendees / 10) AS g
ON CONFLICT (email) DO NOTHING;

INSERT INTO attendee_profile (account_id, full_name, credentials, specialty_code, subspecialty_code, practice_name, city,
                              email_visibility, cell_number_visibility, linkedin_url_visibility, website_url_visibility,
                              created_at, updated_at)
SELECT md5('bench-dash-' || g)::uuid, format('Dr. Dashboard %s', g), '{MD}',
       (ARRAY['207Q00000X','207R00000X','207W00000X','207X00000X','207N00000X','207Y00000X','208800000X','152W00000X'])[1 + g % 8],
       NULL, format('Practice %s', g % 300), 'Boston', 'CONNECTIONS', 'CONNECTIONS', 'EVENT_ATTENDEES', 'EVENT_ATTENDEES',
       now() - interval '90 days', now() - interval '90 days'
FROM generate_series(1, :dashboard_attendees) AS g
WHERE g % 20 <> 0
ON CONFLICT (account_id) DO NOTHING;

-- The first :dashboard_attendees hold a seat: 95% checked in over the first hour, 5% no-shows; the tenth more are
-- waitlisted or cancelled in turn.
INSERT INTO registration (id, event_id, account_id, status, waitlist_position, ticket_token, created_at, updated_at,
                          checked_in_at)
SELECT md5('bench-dash-registration-' || g)::uuid, e.id, md5('bench-dash-' || g)::uuid,
       CASE WHEN g > :dashboard_attendees THEN (CASE WHEN g % 2 = 0 THEN 'WAITLISTED' ELSE 'CANCELLED' END)
            WHEN g % 20 = 19 THEN 'REGISTERED' ELSE 'CHECKED_IN' END,
       CASE WHEN g > :dashboard_attendees AND g % 2 = 0 THEN g END,
       md5('bench-dash-ticket-' || g) || md5('bench-dash-salt-' || g), e.starts_at - interval '20 days',
       e.starts_at - interval '20 days',
       CASE WHEN g <= :dashboard_attendees AND g % 20 <> 19 THEN e.starts_at + make_interval(secs => (g * 37) % 3600) END
FROM generate_series(1, :dashboard_attendees + :dashboard_attendees / 10) AS g
JOIN event e ON e.id = md5('bench-dashboard-event')::uuid
ON CONFLICT DO NOTHING;

UPDATE event e SET registered_count = seats.n, waitlisted_count = seats.w
FROM (SELECT count(*) FILTER (WHERE status IN ('REGISTERED', 'CHECKED_IN')) AS n,
             count(*) FILTER (WHERE status = 'WAITLISTED') AS w
      FROM registration WHERE event_id = md5('bench-dashboard-event')::uuid) seats
WHERE e.id = md5('bench-dashboard-event')::uuid;

-- Introduction i joins attendee (i mod n) with the one 1 + i div n places further on: distinct unordered pairs for up
-- to ten introductions per attendee. By i mod 10: half accepted, then declined, withdrawn, expired, pending past its
-- expiry (read as expired), pending; one in ten brokered.
INSERT INTO introduction (id, event_id, kind, proposed_by, party_a_id, party_b_id, reason, status, party_a_answer,
                          party_b_answer, answer_message, expires_at, answered_at, met_by_a_at, met_by_b_at,
                          created_at, updated_at)
SELECT md5('bench-dash-introduction-' || i)::uuid, e.id,
       CASE WHEN i % 10 = 3 THEN 'BROKERED' ELSE 'REQUEST' END,
       CASE WHEN i % 10 = 3 THEN e.created_by ELSE md5('bench-dash-' || a)::uuid END,
       md5('bench-dash-' || a)::uuid, md5('bench-dash-' || b)::uuid,
       'Synthetic: we refer to each other', pair.status, CASE WHEN i % 10 = 3 THEN NULL ELSE 'ACCEPTED' END, NULL, NULL,
       CASE WHEN i % 10 = 9 THEN now() + interval '5 days' ELSE e.ends_at + interval '7 days' END,
       CASE WHEN pair.status IN ('ACCEPTED', 'DECLINED') THEN e.starts_at + make_interval(secs => 600 + (i * 53) % 7200) END,
       CASE WHEN pair.status = 'ACCEPTED' AND i % 3 = 0 THEN e.ends_at END, NULL,
       e.starts_at + make_interval(secs => (i * 17) % 3600), e.ends_at
FROM generate_series(0, :dashboard_introductions - 1) AS i
JOIN event e ON e.id = md5('bench-dashboard-event')::uuid,
LATERAL (SELECT 1 + i % :dashboard_attendees AS a,
                1 + (i % :dashboard_attendees + 1 + i / :dashboard_attendees) % :dashboard_attendees AS b,
                CASE WHEN i % 10 < 5 THEN 'ACCEPTED' WHEN i % 10 = 5 THEN 'DECLINED' WHEN i % 10 = 6 THEN 'WITHDRAWN'
                     WHEN i % 10 = 7 THEN 'EXPIRED' ELSE 'PENDING' END AS status) AS pair
ON CONFLICT DO NOTHING;

INSERT INTO connection (id, account_low, account_high, origin, event_id, introduction_id, low_cell_consent,
                        high_cell_consent, created_at, updated_at, version)
SELECT md5('bench-dash-connection-' || i.id)::uuid, least(i.party_a_id, i.party_b_id), greatest(i.party_a_id, i.party_b_id),
       'INTRODUCTION', i.event_id, i.id, 'UNDECIDED', 'UNDECIDED', i.answered_at, i.answered_at, 0
FROM introduction i
WHERE i.event_id = md5('bench-dashboard-event')::uuid AND i.status = 'ACCEPTED'
ON CONFLICT DO NOTHING;

-- Task t belongs to connection (t mod connections), owned by either side in turn. Every task of one connection in
-- four is done within the week; of the others a third are done, one in seven skipped, the rest open and so overdue.
INSERT INTO follow_up_task (id, owner_id, connection_id, counterpart_id, event_id, kind, title, due_at, status, closed_at,
                            removed_at, revision, created_at, updated_at, version)
SELECT md5('bench-dash-task-' || t)::uuid,
       CASE WHEN t % 2 = 0 THEN c.account_low ELSE c.account_high END, c.id,
       CASE WHEN t % 2 = 0 THEN c.account_high ELSE c.account_low END, c.event_id,
       (ARRAY['SEND_CARD','SEND_BIOGRAPHY','SEND_REFERRAL_PADS','EMAIL','CONNECT_LINKEDIN','CALL'])[1 + (t / 2) % 6], NULL,
       c.ends_at + interval '7 days',
       CASE WHEN c.n % 4 = 0 OR t % 3 = 0 THEN 'DONE' WHEN t % 7 = 0 THEN 'SKIPPED' ELSE 'OPEN' END,
       CASE WHEN c.n % 4 = 0 OR t % 3 = 0 OR t % 7 = 0 THEN c.ends_at + make_interval(days => t % 8) END,
       NULL, 0, c.created_at, c.created_at, 0
FROM generate_series(0, :dashboard_tasks - 1) AS t
JOIN (SELECT cn.id, cn.account_low, cn.account_high, cn.event_id, cn.created_at, e.ends_at,
             row_number() OVER (ORDER BY cn.id) - 1 AS n
      FROM connection cn JOIN event e ON e.id = cn.event_id
      WHERE cn.event_id = md5('bench-dashboard-event')::uuid) AS c
  -- The count as a scalar makes this an equality the planner hashes, not 50,000 x 10,000 comparisons.
  ON c.n = t % (SELECT count(*) FROM connection WHERE event_id = md5('bench-dashboard-event')::uuid)
ON CONFLICT DO NOTHING;

INSERT INTO referral_report (id, author_id, connection_id, month, referral_count, direction, procedure_tag, created_at)
SELECT md5('bench-dash-referral-' || c.id || m)::uuid, c.account_low, c.id,
       CAST(date_trunc('month', e.starts_at AT TIME ZONE e.time_zone) AS date) + make_interval(months => m),
       1 + m % 4, CASE WHEN m % 2 = 0 THEN 'SENT' ELSE 'RECEIVED' END, NULL, now()
FROM connection c JOIN event e ON e.id = c.event_id, generate_series(0, 2) AS m
WHERE c.event_id = md5('bench-dashboard-event')::uuid AND get_byte(decode(md5(c.id::text), 'hex'), 0) < 26
ON CONFLICT DO NOTHING;
COMMIT;
ANALYZE registration; ANALYZE introduction; ANALYZE connection; ANALYZE follow_up_task; ANALYZE referral_report;

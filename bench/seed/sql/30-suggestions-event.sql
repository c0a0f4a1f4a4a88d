-- One Baltimore event with :suggestion_attendees seated physicians (plus the first five bench users, who log in
-- for the scenarios), for the suggestions scenarios. Twenty specialties with referral tags that fit each other the
-- way real practices do (primary care refers out what specialists want; optometry to ophthalmology; dentistry to
-- oral surgery), each physician holding a deterministic subset of their specialty's tags; most practise in
-- Baltimore. Some pairs are already connected or declined. Idempotent: deterministic ids, ON CONFLICT DO NOTHING.
BEGIN;
CREATE TEMP TABLE bench_suggest_specialty (n int, code text, sub text, wants text[], dnt text[], refers text[]);
INSERT INTO bench_suggest_specialty VALUES
  (0, '207Q00000X', NULL, '{preventive care,chronic disease management,hypertension,diabetes management,geriatric care}', '{chronic pain,obstetric care}', '{cataract surgery,knee replacement,atrial fibrillation,skin cancer screening,sleep apnea,colonoscopy,diabetic retinopathy,kidney stones}'),
  (1, '207R00000X', NULL, '{hypertension,diabetes management,preoperative evaluation,chronic disease management}', '{pediatric care}', '{atrial fibrillation,heart failure,colonoscopy,thyroid nodules,cataract surgery,psoriasis,chronic kidney disease,sleep apnea}'),
  (2, '207R00000X', '207RC0000X', '{atrial fibrillation,heart failure,chest pain evaluation,preoperative cardiac clearance}', '{pediatric cardiology}', '{coronary stenting,sleep apnea,hypertension,diabetes management}'),
  (3, '207R00000X', '207RG0100X', '{colonoscopy,crohn''s disease,fatty liver,gerd}', '{hemorrhoids}', '{colorectal cancer surgery,bariatric surgery,hypertension}'),
  (4, '207W00000X', NULL, '{cataract surgery,glaucoma,diabetic retinopathy,dry eye}', '{routine eye exams,contact lens fitting}', '{retinal detachment,pediatric strabismus,oculoplastics,contact lens fitting}'),
  (5, '207W00000X', '207WX0107X', '{retinal detachment,diabetic retinopathy,macular degeneration}', '{cataract surgery,routine eye exams}', '{cataract surgery,glaucoma,contact lens fitting}'),
  (6, '152W00000X', NULL, '{routine eye exams,contact lens fitting,dry eye,low vision}', '{}', '{cataract surgery,glaucoma,diabetic retinopathy,macular degeneration}'),
  (7, '207X00000X', NULL, '{knee replacement,hip replacement,sports injuries,fractures}', '{chronic pain}', '{chronic pain,osteoporosis,spine surgery,physical therapy}'),
  (8, '207N00000X', NULL, '{skin cancer screening,psoriasis,eczema,acne}', '{cosmetic procedures}', '{mohs surgery,allergy immunotherapy,facial reconstruction}'),
  (9, '207N00000X', '207ND0101X', '{mohs surgery,basal cell carcinoma,skin cancer screening}', '{acne}', '{facial reconstruction}'),
  (10, '207Y00000X', NULL, '{sinus surgery,sleep apnea,hearing loss}', '{}', '{allergy immunotherapy,facial reconstruction}'),
  (11, '208800000X', NULL, '{kidney stones,prostate cancer,urinary incontinence}', '{}', '{chronic kidney disease}'),
  (12, '207R00000X', '207RN0300X', '{chronic kidney disease,dialysis}', '{}', '{dialysis access,kidney stones}'),
  (13, '207R00000X', '207RE0101X', '{diabetes management,thyroid nodules,osteoporosis}', '{}', '{diabetic retinopathy,diabetic foot care,chronic kidney disease}'),
  (14, '213E00000X', NULL, '{diabetic foot care,bunions,plantar fasciitis}', '{}', '{foot and ankle surgery,vascular disease}'),
  (15, '122300000X', NULL, '{cleanings,fillings,crowns}', '{}', '{wisdom teeth extraction,dental implants,root canal,gum disease}'),
  (16, '204E00000X', NULL, '{wisdom teeth extraction,dental implants,jaw surgery}', '{}', '{orthodontics}'),
  (17, '122300000X', '1223P0300X', '{gum disease,dental implants}', '{}', '{crowns}'),
  (18, '208VP0000X', NULL, '{chronic pain,epidural steroid injections}', '{}', '{spine surgery}'),
  (19, '207T00000X', NULL, '{spine surgery,brain tumors}', '{}', '{chronic pain,physical therapy}');

INSERT INTO account (id, email, password_hash, display_name, roles, created_at)
SELECT md5('bench-suggest-' || g)::uuid,
       format('bench.suggest.%s@bench.example.com', lpad(g::text, 5, '0')),
       (SELECT password_hash FROM account WHERE email = 'bench.user.00001@bench.example.com'),
       format('Dr. Suggest %s', g), 'ATTENDEE', now()
FROM generate_series(1, :suggestion_attendees) AS g
ON CONFLICT (email) DO NOTHING;

-- Primary care is the most common practice: 3 in 23 extra physicians are family or internal medicine.
INSERT INTO attendee_profile (account_id, full_name, credentials, specialty_code, subspecialty_code, practice_name, city, bio,
                              wants_referred, does_not_take, refers_out,
                              email, email_visibility, cell_number, cell_number_visibility,
                              linkedin_url, linkedin_url_visibility, website_url, website_url_visibility,
                              created_at, updated_at)
SELECT md5('bench-suggest-' || g)::uuid,
       format('Dr. %s %s', (ARRAY['Amara','Julien','Priya','Marcus','Elena','Noah','Sofia','Kenji','Leila','Owen','Grace','Tomas'])[1 + g % 12],
              (ARRAY['Okafor','Tremblay','Raman','Bell','Vasquez','Chen','Moreau','Hassan','Novak','Reyes','Kim','Silva','Adeyemi','Larsen'])[1 + (g / 12) % 14]),
       CASE WHEN s.code = '152W00000X' THEN '{OD}'::text[] WHEN s.code IN ('122300000X', '204E00000X') THEN '{DDS}'::text[]
            WHEN s.code = '213E00000X' THEN '{DPM}'::text[] ELSE '{MD}'::text[] END,
       s.code, s.sub,
       format('Practice %s', g % 400),
       (ARRAY['Baltimore','Baltimore','Baltimore','Washington','Annapolis','Towson'])[1 + g % 6],
       'Synthetic physician for the suggestions benchmark.',
       ARRAY(SELECT t FROM unnest(s.wants) WITH ORDINALITY u(t, i) WHERE (g + i * 7) % 5 <> 0),
       s.dnt,
       ARRAY(SELECT t FROM unnest(s.refers) WITH ORDINALITY u(t, i) WHERE (g + i * 3) % 4 <> 0),
       format('bench.suggest.%s@bench.example.com', lpad(g::text, 5, '0')), 'CONNECTIONS',
       '+1410555' || lpad((g % 10000)::text, 4, '0'), 'CONNECTIONS',
       NULL, 'EVENT_ATTENDEES', NULL, 'EVENT_ATTENDEES',
       now(), now()
FROM generate_series(1, :suggestion_attendees) AS g
JOIN bench_suggest_specialty s ON s.n = CASE WHEN g % 23 >= 20 THEN (g % 23 - 20) % 2 ELSE g % 23 END
ON CONFLICT (account_id) DO NOTHING;

-- The logged-in bench users are family doctors who refer out widely, so their lists are full.
INSERT INTO attendee_profile (account_id, full_name, credentials, specialty_code, subspecialty_code, practice_name, city, bio,
                              wants_referred, does_not_take, refers_out, email_visibility, cell_number_visibility,
                              linkedin_url_visibility, website_url_visibility, created_at, updated_at)
SELECT a.id, a.display_name, '{MD}', '207Q00000X', NULL, 'Bench Family Practice', 'Baltimore', NULL,
       '{preventive care,hypertension}', '{chronic pain}',
       '{cataract surgery,knee replacement,atrial fibrillation,skin cancer screening,colonoscopy,kidney stones}',
       'CONNECTIONS', 'CONNECTIONS', 'EVENT_ATTENDEES', 'EVENT_ATTENDEES', now(), now()
FROM account a
WHERE a.email IN (SELECT format('bench.user.%s@bench.example.com', lpad(g::text, 5, '0')) FROM generate_series(1, 5) g)
ON CONFLICT (account_id) DO NOTHING;

INSERT INTO event (id, title, description, city, venue_name, venue_address, time_zone, starts_at, ends_at, capacity,
                   registration_opens_at, registration_closes_at, specialty_focus, open_request_limit, status,
                   registered_count, waitlisted_count, created_by, created_at, updated_at)
VALUES (md5('bench-suggestions-event')::uuid, 'Baltimore regional referral congress', 'Synthetic: suggestions benchmark',
        'Baltimore', 'Convention Center', '1 W Pratt St', 'America/New_York', now() + interval '20 days',
        now() + interval '20 days 4 hours', :suggestion_attendees + 100, now() - interval '1 day', now() + interval '19 days',
        NULL, 5, 'PUBLISHED', 0, 0,
        (SELECT id FROM account WHERE roles LIKE '%ORGANIZER%' ORDER BY created_at LIMIT 1), now(), now())
ON CONFLICT (id) DO NOTHING;

INSERT INTO registration (id, event_id, account_id, status, waitlist_position, ticket_token, created_at, updated_at)
SELECT md5('bench-suggest-registration-' || a.id)::uuid, md5('bench-suggestions-event')::uuid, a.id,
       'REGISTERED', NULL, md5('bench-suggest-ticket-' || a.id) || md5('bench-suggest-salt-' || a.id), now(), now()
FROM account a
WHERE a.id IN (SELECT md5('bench-suggest-' || g)::uuid FROM generate_series(1, :suggestion_attendees) g)
   OR a.email IN (SELECT format('bench.user.%s@bench.example.com', lpad(g::text, 5, '0')) FROM generate_series(1, 5) g)
ON CONFLICT DO NOTHING;

UPDATE event SET registered_count = (SELECT count(*) FROM registration WHERE event_id = event.id AND status = 'REGISTERED')
WHERE id = md5('bench-suggestions-event')::uuid;

-- Exclusions to read: 200 connections and 300 declined and 300 pending introductions among the attendees, and a
-- few declined ones for each logged-in bench user.
INSERT INTO connection (id, account_low, account_high, origin, event_id, low_cell_consent, high_cell_consent, created_at, updated_at)
SELECT md5('bench-suggest-connection-' || g)::uuid,
       least(md5('bench-suggest-' || g)::uuid, md5('bench-suggest-' || (g + 500))::uuid),
       greatest(md5('bench-suggest-' || g)::uuid, md5('bench-suggest-' || (g + 500))::uuid),
       'SCAN', md5('bench-suggestions-event')::uuid, 'UNDECIDED', 'UNDECIDED', now(), now()
FROM generate_series(1, 200) AS g
ON CONFLICT DO NOTHING;

INSERT INTO introduction (id, event_id, kind, proposed_by, party_a_id, party_b_id, reason, status, expires_at, created_at, updated_at)
SELECT md5('bench-suggest-introduction-' || g)::uuid, md5('bench-suggestions-event')::uuid, 'REQUEST',
       md5('bench-suggest-' || g)::uuid, md5('bench-suggest-' || g)::uuid, md5('bench-suggest-' || (g + 1000))::uuid,
       'Synthetic', CASE WHEN g <= 300 THEN 'DECLINED' ELSE 'PENDING' END,
       now() + interval '30 days', now(), now()
FROM generate_series(1, 600) AS g
ON CONFLICT DO NOTHING;

INSERT INTO introduction (id, event_id, kind, proposed_by, party_a_id, party_b_id, reason, status, expires_at, created_at, updated_at)
SELECT md5('bench-suggest-user-introduction-' || u || '-' || g)::uuid, md5('bench-suggestions-event')::uuid, 'REQUEST',
       a.id, a.id, md5('bench-suggest-' || (u * 100 + g))::uuid, 'Synthetic', 'DECLINED',
       now() + interval '30 days', now(), now()
FROM generate_series(1, 5) AS u
JOIN account a ON a.email = format('bench.user.%s@bench.example.com', lpad(u::text, 5, '0'))
CROSS JOIN generate_series(1, 4) AS g
ON CONFLICT DO NOTHING;
COMMIT;

ANALYZE attendee_profile; ANALYZE registration; ANALYZE introduction; ANALYZE connection;

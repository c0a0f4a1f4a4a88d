-- 50,000 physicians (accounts + profiles) with realistic specialty mixes, cities and referral tags.
-- Idempotent: deterministic emails and ids, ON CONFLICT DO NOTHING. Accounts share the password of
-- bench.user.00001 (created by Seed.java), so any of them can log in with BENCH_PASSWORD.
BEGIN;
CREATE TEMP TABLE IF NOT EXISTS bench_specialty (n int, code text, sub text, wants text[], refers text[]);
TRUNCATE bench_specialty;
INSERT INTO bench_specialty VALUES
  (0, '207W00000X', NULL, '{cataract surgery,glaucoma,diabetic retinopathy}', '{pediatric strabismus,oculoplastics}'),
  (1, '207R00000X', '207RC0000X', '{atrial fibrillation,heart failure,chest pain evaluation}', '{sleep apnea,bariatric surgery}'),
  (2, '207X00000X', NULL, '{knee replacement,hip replacement,sports injuries}', '{chronic pain,osteoporosis}'),
  (3, '207Q00000X', NULL, '{preventive care,chronic disease management}', '{cataract surgery,knee replacement,atrial fibrillation}'),
  (4, '207N00000X', NULL, '{skin cancer screening,mohs surgery,psoriasis}', '{allergy immunotherapy}'),
  (5, '207V00000X', NULL, '{minimally invasive hysterectomy,high-risk pregnancy}', '{urinary incontinence,breast cancer}'),
  (6, '2084N0400X', NULL, '{migraine,epilepsy,multiple sclerosis}', '{spine surgery,sleep apnea}'),
  (7, '208800000X', NULL, '{kidney stones,prostate cancer,urinary incontinence}', '{chronic kidney disease}'),
  (8, '207Y00000X', NULL, '{sinus surgery,sleep apnea,hearing loss}', '{allergy immunotherapy}'),
  (9, '152W00000X', NULL, '{contact lens fitting,dry eye}', '{cataract surgery,glaucoma,diabetic retinopathy}');
COMMIT;

INSERT INTO account (id, email, password_hash, display_name, roles, created_at)
SELECT md5('bench-physician-' || g)::uuid,
       format('bench.phys.%s@bench.example.com', lpad(g::text, 6, '0')),
       (SELECT password_hash FROM account WHERE email = 'bench.user.00001@bench.example.com'),
       format('Dr. %s %s', (ARRAY['Amara','Julien','Priya','Marcus','Elena','Noah','Sofia','Kenji','Leila','Owen'])[1 + g % 10],
              (ARRAY['Okafor','Tremblay','Raman','Bell','Vasquez','Chen','Moreau','Hassan','Novak','Reyes','Kim','Silva'])[1 + (g / 10) % 12]
              || ' ' || g),
       'ATTENDEE',
       now()
FROM generate_series(1, :physicians) AS g
ON CONFLICT (email) DO NOTHING;

INSERT INTO attendee_profile (account_id, full_name, credentials, specialty_code, subspecialty_code, practice_name, city, bio,
                              wants_referred, does_not_take, refers_out,
                              email, email_visibility, cell_number, cell_number_visibility,
                              linkedin_url, linkedin_url_visibility, website_url, website_url_visibility,
                              created_at, updated_at)
SELECT md5('bench-physician-' || g)::uuid,
       format('Bench Physician %s', g),
       CASE WHEN s.code = '152W00000X' THEN '{OD}'::text[] ELSE '{MD}'::text[] END,
       s.code, s.sub,
       format('Practice %s', g % 900),
       (ARRAY['Boston','Montreal','Washington','Baltimore','Los Angeles'])[1 + g % 5],
       'Synthetic physician for load tests.',
       s.wants, '{}'::text[], s.refers,
       format('bench.phys.%s@bench.example.com', lpad(g::text, 6, '0')), 'CONNECTIONS',
       '+1410555' || lpad((g % 10000)::text, 4, '0'), 'CONNECTIONS',
       NULL, 'EVENT_ATTENDEES', NULL, 'EVENT_ATTENDEES',
       now(), now()
FROM generate_series(1, :physicians) AS g
JOIN bench_specialty s ON s.n = g % 10
ON CONFLICT (account_id) DO NOTHING;

-- The first five bench users (the default logins of auth=user scenarios) organize, so every scenario may read attendee lists.
UPDATE account SET roles = 'ATTENDEE,ORGANIZER'
WHERE email IN (SELECT format('bench.user.%s@bench.example.com', lpad(g::text, 5, '0')) FROM generate_series(1, 5) g)
  AND roles = 'ATTENDEE';

-- The bench accounts act as confirmed physicians (the registration burst registers them through the API), so their
-- addresses count as confirmed, as if each had followed the link of its sign-up mail. Runs last, after every seed
-- that adds accounts; idempotent. Their unsent confirmation mails are dropped so they do not wait in the outbox.
UPDATE account SET email_verified_at = created_at
WHERE email LIKE 'bench.%@bench.example.com' AND email_verified_at IS NULL;
DELETE FROM mail_outbox o USING account a
WHERE o.recipient_account_id = a.id AND a.email LIKE 'bench.%@bench.example.com'
  AND o.kind = 'EMAIL_VERIFICATION' AND o.sent_at IS NULL;

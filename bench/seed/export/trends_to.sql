-- The end of the trends' date range: the past events of 60-dashboard-trends.sql start before it, the coming ones of
-- 20-events.sql after. RFC 3339 in UTC, with the Z that needs no escaping in a query string.
SELECT to_char(date_trunc('day', now()) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');

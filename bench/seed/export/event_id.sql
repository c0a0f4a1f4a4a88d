SELECT md5('bench-event-' || g)::uuid FROM generate_series(1, 500) AS g;

SELECT md5('bench-dashboard-event')::uuid;

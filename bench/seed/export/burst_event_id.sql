SELECT md5('bench-burst-event')::uuid;

SELECT md5('bench-suggestions-event')::uuid;

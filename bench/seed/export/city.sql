SELECT unnest(ARRAY['Boston','Montreal','Washington','Baltimore','Los%20Angeles']);

import { Webhook } from 'standardwebhooks';
import fixture from './signed-by-backend.json';

// The backend's WebhookSignaturesTest writes this message as Rounds signs it; here the Standard Webhooks reference
// library, not Rounds' code, checks it, under each of the two secrets that sign during a rotation.
describe('A webhook signed by Rounds', () => {
  const timestamp = Number(fixture.headers['webhook-timestamp']);

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(timestamp * 1000 + 30_000));
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('verifies with the standardwebhooks package under the new secret', () => {
    const payload = new Webhook(fixture.secret).verify(fixture.body, fixture.headers);
    expect(payload).toMatchObject({ type: 'registration.created' });
  });

  it('verifies under the previous secret during the overlap', () => {
    expect(() => new Webhook(fixture.previousSecret).verify(fixture.body, fixture.headers)).not.toThrow();
  });

  it('fails for a body changed on the way', () => {
    expect(() => new Webhook(fixture.secret).verify(fixture.body.replace('created', 'updated'), fixture.headers)).toThrow();
  });
});

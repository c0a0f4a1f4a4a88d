import { anIntroduction } from '@/testing/fixtures';
import { requestsLeftWords, statusWords, viewOf } from '../components/introduction-view';

const me = '6f1c2b8e-1d7a-4f55-9a57-6b1f0f6f2a01';
const dana = { id: '7a0c4d2e-5b8f-4e1a-9c3d-2f6e8b1a4c70', name: 'Dr. Dana Reyes' };
const sam = { id: '1b2c3d4e-5f60-4718-8a9b-0c1d2e3f4a5b', name: 'Dr. Sam Okafor' };
const maya = { id: me, name: 'Dr. Maya Chen' };

describe('An introduction as one participant sees it', () => {
  it('asks the recipient of a request to answer, and lets nobody else answer it', () => {
    const request = anIntroduction({ proposedBy: dana, partyA: dana, partyB: maya });
    expect(viewOf(request, me)).toMatchObject({ others: [dana], awaitsMyAnswer: true, canWithdraw: false });
    expect(viewOf(request, dana.id)).toMatchObject({ others: [maya], awaitsMyAnswer: false, canWithdraw: true });
  });

  it('asks each party of a brokered introduction, and lets the broker withdraw it', () => {
    const brokered = anIntroduction({ kind: 'BROKERED', proposedBy: sam, partyA: maya, partyB: dana });
    expect(viewOf(brokered, me)).toMatchObject({ awaitsMyAnswer: true, canWithdraw: false });
    expect(viewOf({ ...brokered, partyAAnswer: 'ACCEPTED' }, me).awaitsMyAnswer).toBe(false);
    expect(viewOf(brokered, sam.id)).toMatchObject({ others: [maya, dana], awaitsMyAnswer: false, canWithdraw: true });
  });

  it('offers "We met" once accepted, until the viewer has said so', () => {
    const accepted = anIntroduction({ status: 'ACCEPTED', partyA: dana, partyB: maya, connectionId: 'c1' });
    expect(viewOf(accepted, me).canMarkMet).toBe(true);
    const met = { ...accepted, metByPartyBAt: '2030-06-05T20:00:00-04:00' };
    expect(viewOf(met, me).canMarkMet).toBe(false);
    expect(statusWords(met, viewOf(met, me))).toBe('Accepted · you met');
    // The other side's "met" is theirs alone.
    expect(viewOf(met, dana.id).canMarkMet).toBe(true);
  });

  it('says how many requests are left', () => {
    expect(requestsLeftWords(3, 5)).toBe('3 of 5 requests left at this event');
    expect(requestsLeftWords(0, 1)).toBe('0 of 1 request left at this event');
  });
});

import { codeLink, secretOf } from '../links';

describe('QR code links', () => {
  it('builds links on this origin and reads the secret back', () => {
    const link = codeLink('t', 'abc_DEF-123');
    expect(link).toBe(`${window.location.origin}/t/abc_DEF-123`);
    expect(secretOf('t', link)).toBe('abc_DEF-123');
  });

  it('passes on a bare code and a link of the other kind as they are', () => {
    expect(secretOf('c', ' 7K3QD-9XWMB ')).toBe('7K3QD-9XWMB');
    const ticket = codeLink('t', 'secret');
    expect(secretOf('c', ticket)).toBe(ticket);
  });
});

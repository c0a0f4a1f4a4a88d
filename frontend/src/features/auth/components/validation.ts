import type { FieldErrors } from '@/lib/forms/use-checked-form';

/** Client-side mirrors of the server's rules, so most mistakes are caught before a round trip. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
export const DISPLAY_NAME_MAX_LENGTH = 120;

export interface SignupValues {
  displayName: string;
  email: string;
  password: string;
}

export interface LoginValues {
  email: string;
  password: string;
}

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emailError(email: string): string | undefined {
  if (email.trim() === '') return 'Enter your email address.';
  if (!EMAIL_SHAPE.test(email.trim())) return 'Enter an email address like name@clinic.org.';
  return undefined;
}

/** The sign-up rule for a password, also for choosing a new one. */
export function passwordError(password: string): string | undefined {
  if (password.length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters for your password.`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters for your password.`;
  return undefined;
}

export function validateSignup(values: SignupValues): FieldErrors<keyof SignupValues> {
  const errors: FieldErrors<keyof SignupValues> = {};
  const name = values.displayName.trim();
  if (name === '') errors.displayName = 'Enter your name as colleagues know you.';
  else if (name.length > DISPLAY_NAME_MAX_LENGTH) {
    errors.displayName = `Use at most ${DISPLAY_NAME_MAX_LENGTH} characters for your name.`;
  }
  const email = emailError(values.email);
  if (email) errors.email = email;
  const password = passwordError(values.password);
  if (password) errors.password = password;
  return errors;
}

export function validateLogin(values: LoginValues): FieldErrors<keyof LoginValues> {
  const errors: FieldErrors<keyof LoginValues> = {};
  const email = emailError(values.email);
  if (email) errors.email = email;
  if (values.password === '') errors.password = 'Enter your password.';
  return errors;
}

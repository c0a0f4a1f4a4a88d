import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/Button';
import { FormErrorSummary } from '@/components/ui/FormErrorSummary';
import { Notice } from '@/components/ui/Notice';
import { TextField } from '@/components/ui/TextField';
import { errorMessage } from '@/lib/api/error-message';
import { useRequestPasswordReset } from '../api/request-password-reset';
import styles from './AuthForm.module.css';
import { emailError } from './validation';

interface ForgotPasswordValues {
  email: string;
}

/** Asks for a reset link. The answer never says whether the address has an account. */
export function ForgotPasswordForm() {
  const requestReset = useRequestPasswordReset();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<ForgotPasswordValues>({ defaultValues: { email: '' } });

  if (requestReset.isSuccess) {
    return (
      <Notice tone="success" title="Check your inbox" live>
        <p>{requestReset.data}</p>
      </Notice>
    );
  }

  const submit = handleSubmit(({ email }) => {
    requestReset.mutate(email.trim());
  });
  const summary = [
    ...(errors.email?.message ? [{ fieldId: 'forgot-email', message: errors.email.message }] : []),
    ...(requestReset.isError ? [{ message: errorMessage(requestReset.error) }] : []),
  ];

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-label="Reset your password" className={styles.form}>
      <FormErrorSummary items={summary} />
      <TextField
        id="forgot-email"
        label="Email"
        type="email"
        autoComplete="username"
        inputMode="email"
        error={errors.email?.message}
        {...register('email', { validate: (value) => emailError(value) ?? true })}
      />
      <Button type="submit" fullWidth loading={requestReset.isPending}>
        {requestReset.isPending ? 'Sending…' : 'Send me a reset link'}
      </Button>
    </form>
  );
}

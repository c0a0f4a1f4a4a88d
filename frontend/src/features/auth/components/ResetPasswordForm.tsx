import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { Button } from '@/components/ui/Button';
import { FormErrorSummary } from '@/components/ui/FormErrorSummary';
import { TextField } from '@/components/ui/TextField';
import { errorMessage } from '@/lib/api/error-message';
import { useConfirmPasswordReset } from '../api/confirm-password-reset';
import styles from './AuthForm.module.css';
import { passwordError } from './validation';

interface ResetPasswordValues {
  newPassword: string;
  repeated: string;
}

/** Chooses the new password with the token of the mailed link; then the user signs in with it. */
export function ResetPasswordForm({ token }: { token: string }) {
  const navigate = useNavigate();
  const confirm = useConfirmPasswordReset();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<ResetPasswordValues>({ defaultValues: { newPassword: '', repeated: '' } });

  const submit = handleSubmit(({ newPassword }) => {
    confirm.mutate(
      { token, newPassword },
      {
        onSuccess: () => {
          void navigate('/login', { state: { passwordReset: true } });
        },
      },
    );
  });
  const summary = [
    ...(errors.newPassword?.message ? [{ fieldId: 'reset-password', message: errors.newPassword.message }] : []),
    ...(errors.repeated?.message ? [{ fieldId: 'reset-repeated', message: errors.repeated.message }] : []),
    ...(confirm.isError ? [{ message: errorMessage(confirm.error) }] : []),
  ];

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-label="Choose a new password" className={styles.form}>
      <FormErrorSummary items={summary} />
      <TextField
        id="reset-password"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint="At least 12 characters. Signing in elsewhere ends once it is set."
        error={errors.newPassword?.message}
        {...register('newPassword', { validate: (value) => passwordError(value) ?? true })}
      />
      <TextField
        id="reset-repeated"
        label="New password again"
        type="password"
        autoComplete="new-password"
        error={errors.repeated?.message}
        {...register('repeated', {
          validate: (value, values) => value === values.newPassword || 'The two passwords differ; type the same twice.',
        })}
      />
      <Button type="submit" fullWidth loading={confirm.isPending}>
        {confirm.isPending ? 'Saving…' : 'Set the new password'}
      </Button>
    </form>
  );
}

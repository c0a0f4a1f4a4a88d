import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { FormErrorSummary } from '@/components/ui/FormErrorSummary';
import { Notice } from '@/components/ui/Notice';
import type { MyProfile } from '@/lib/api/types';
import { useSpecialties } from '@/entities/specialty/get-specialties';
import { useSaveMyProfile } from '../api/save-my-profile';
import { ContactFields } from './ContactFields';
import { IdentityFields } from './IdentityFields';
import { profileFormFrom, toProfileRequest } from './profile-form';
import styles from './ProfileForm.module.css';
import { ReferralFields } from './ReferralFields';
import { useProfileForm } from './use-profile-form';

export function ProfileForm({ profile }: { profile: MyProfile }) {
  const specialties = useSpecialties();
  const save = useSaveMyProfile();
  const form = useProfileForm(profileFormFrom(profile));
  const [saved, setSaved] = useState(false);

  const submit = form.submit((values) => {
    setSaved(false);
    save.mutate(toProfileRequest(values), {
      onSuccess: (stored) => {
        // The server stores tags and the cell number normalised: show them as stored.
        form.reset(profileFormFrom(stored));
        setSaved(true);
      },
      onError: form.showServerError,
    });
  });

  return (
    <form noValidate onSubmit={submit} aria-label="Your profile" className={styles.form}>
      <FormErrorSummary items={form.summary} />
      <IdentityFields form={form} specialties={specialties.data} specialtiesFailed={specialties.isError} />
      <ReferralFields form={form} specialties={specialties.data} />
      <ContactFields form={form} />
      <div className={styles.actions}>
        <Button type="submit" loading={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save profile'}
        </Button>
        <div role="status">{saved && <Notice tone="success" title="Profile saved" />}</div>
      </div>
    </form>
  );
}

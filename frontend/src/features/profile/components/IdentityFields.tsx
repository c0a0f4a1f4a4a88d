import { CheckboxGroup } from '@/components/ui/CheckboxGroup';
import { SelectField } from '@/components/ui/SelectField';
import { TextAreaField } from '@/components/ui/TextAreaField';
import { TextField } from '@/components/ui/TextField';
import type { Credential, Specialty } from '@/lib/api/types';
import styles from './ProfileForm.module.css';
import { PROFILE_LIMITS } from './profile-rules';
import type { ProfileFormState } from './use-profile-form';

const CREDENTIALS: { value: Credential; label: string }[] = (
  ['MD', 'DO', 'MBBS', 'DDS', 'DMD', 'OD', 'DPM', 'PA', 'NP', 'DNP', 'PHD', 'MPH', 'MBA'] as const
).map((value) => ({ value, label: value === 'PHD' ? 'PhD' : value }));

function byGrouping(specialties: Specialty[]): [string, Specialty[]][] {
  const groups = new Map<string, Specialty[]>();
  for (const specialty of specialties) {
    if (specialty.parentCode) continue;
    groups.set(specialty.grouping, [...(groups.get(specialty.grouping) ?? []), specialty]);
  }
  return [...groups];
}

interface IdentityFieldsProps {
  form: ProfileFormState;
  specialties: Specialty[] | undefined;
  specialtiesFailed: boolean;
}

/** Who the physician is: name, credentials, specialty, practice, NPI and a short bio. */
export function IdentityFields({ form, specialties, specialtiesFailed }: IdentityFieldsProps) {
  const { values } = form;
  const specialty = form.field('specialtyCode');
  const subspecialties = (specialties ?? []).filter((specialty) => specialty.parentCode === values.specialtyCode);
  const specialtyHint = specialtiesFailed
    ? 'The specialty list could not be loaded. Reload the page to try again.'
    : specialties
      ? undefined
      : 'Loading specialties…';

  return (
    <fieldset className={styles.section}>
      <legend>About you</legend>
      <TextField {...form.field('fullName')} label="Full name" autoComplete="name" maxLength={PROFILE_LIMITS.fullName} />
      <CheckboxGroup
        id={form.fieldId('credentials')}
        legend="Credentials"
        hint={`Up to ${PROFILE_LIMITS.credentials}.`}
        error={form.errorOf('credentials')}
        options={CREDENTIALS}
        values={values.credentials}
        onChange={(credentials) => {
          form.choose('credentials', credentials);
        }}
      />
      <div className={styles.pair}>
        <SelectField
          {...specialty}
          label="Specialty"
          hint={specialtyHint}
          disabled={!specialties}
          onChange={(event) => {
            void specialty.onChange(event);
            form.choose('subspecialtyCode', '');
          }}
        >
          <option value="">Choose…</option>
          {byGrouping(specialties ?? []).map(([grouping, members]) => (
            <optgroup key={grouping} label={grouping}>
              {members.map((specialty) => (
                <option key={specialty.code} value={specialty.code}>
                  {specialty.name}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
        <SelectField
          {...form.field('subspecialtyCode')}
          label="Subspecialty"
          hint={subspecialties.length === 0 ? 'None listed for this specialty.' : 'Optional.'}
          disabled={subspecialties.length === 0}
        >
          <option value="">None</option>
          {subspecialties.map((specialty) => (
            <option key={specialty.code} value={specialty.code}>
              {specialty.name}
            </option>
          ))}
        </SelectField>
      </div>
      <div className={styles.pair}>
        <TextField
          {...form.field('practiceName')}
          label="Practice"
          autoComplete="organization"
          maxLength={PROFILE_LIMITS.practiceName}
        />
        <TextField {...form.field('city')} label="City" autoComplete="address-level2" maxLength={PROFILE_LIMITS.city} />
      </div>
      <TextField
        {...form.field('npi')}
        label="NPI"
        hint="Optional. Your ten-digit National Provider Identifier."
        inputMode="numeric"
        autoComplete="off"
        maxLength={10}
        className={styles.short}
      />
      <TextAreaField
        {...form.field('bio')}
        label="About you"
        hint="Optional. What you do and love to do; outcomes and interests, never cases or complaints."
        maxLength={PROFILE_LIMITS.bio}
        rows={4}
      />
    </fieldset>
  );
}

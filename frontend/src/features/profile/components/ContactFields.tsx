import { RadioGroup } from '@/components/ui/RadioGroup';
import { TextField } from '@/components/ui/TextField';
import type { CellSharingDefault, Visibility } from '@/lib/api/types';
import styles from './ProfileForm.module.css';
import { CONTACT_FIELDS, type ContactField } from './profile-form';
import { PROFILE_LIMITS } from './profile-rules';
import type { ProfileFormState } from './use-profile-form';

const VISIBILITY_OPTIONS: { value: Visibility; label: string }[] = [
  { value: 'ONLY_ME', label: 'Only me' },
  { value: 'CONNECTIONS', label: 'My connections' },
  { value: 'EVENT_ATTENDEES', label: 'Everyone at my events' },
];

const CONTACTS: Record<
  ContactField,
  { label: string; who: string; hint: string; type: string; autoComplete: string; maxLength: number }
> = {
  email: {
    label: 'Email',
    who: 'Who sees your email',
    hint: 'Optional.',
    type: 'email',
    autoComplete: 'email',
    maxLength: PROFILE_LIMITS.email,
  },
  cellNumber: {
    label: 'Cell number',
    who: 'Who sees your cell number',
    hint: 'Optional. Peers who can reach you directly refer more. Include +country code outside the US.',
    type: 'tel',
    autoComplete: 'tel',
    maxLength: PROFILE_LIMITS.cellNumber,
  },
  linkedinUrl: {
    label: 'LinkedIn page',
    who: 'Who sees your LinkedIn page',
    hint: 'Optional. For example https://www.linkedin.com/in/your-name',
    type: 'url',
    autoComplete: 'url',
    maxLength: PROFILE_LIMITS.link,
  },
  websiteUrl: {
    label: 'Website',
    who: 'Who sees your website',
    hint: 'Optional. Your practice’s site, starting with https://',
    type: 'url',
    autoComplete: 'url',
    maxLength: PROFILE_LIMITS.link,
  },
};

const CELL_SHARING_OPTIONS: { value: CellSharingDefault; label: string }[] = [
  { value: 'ASK', label: 'Ask me each time' },
  { value: 'ALWAYS', label: 'Always' },
  { value: 'NEVER', label: 'Never' },
];

/** Contact details, each with its own switch for who may see it. */
export function ContactFields({ form }: { form: ProfileFormState }) {
  return (
    <fieldset className={styles.section}>
      <legend>Contact details</legend>
      <p className={styles.lead}>
        You decide who sees each one. Connections are colleagues whose introduction you accepted or who scanned your
        code at an event.
      </p>
      {CONTACT_FIELDS.map((field) => {
        const contact = CONTACTS[field];
        return (
          <div key={field} className={styles.contact}>
            <TextField
              {...form.field(field)}
              label={contact.label}
              hint={contact.hint}
              type={contact.type}
              autoComplete={contact.autoComplete}
              maxLength={contact.maxLength}
            />
            <RadioGroup
              name={`visibility-${field}`}
              legend={contact.who}
              options={VISIBILITY_OPTIONS}
              value={form.values.visibility[field]}
              onChange={(visibility) => {
                form.choose('visibility', { ...form.values.visibility, [field]: visibility });
              }}
            />
            {field === 'cellNumber' && (
              <RadioGroup
                name="cell-sharing-default"
                legend="Share my cell number with new connections"
                options={CELL_SHARING_OPTIONS}
                value={form.values.cellSharingDefault}
                onChange={(cellSharingDefault) => {
                  form.choose('cellSharingDefault', cellSharingDefault);
                }}
              />
            )}
          </div>
        );
      })}
      <p className={styles.lead}>
        A cell number kept for “My connections” reaches a connection only with your consent for that connection. You
        can change it on each connection’s page at any time.
      </p>
      <label className={styles.optIn}>
        <input
          type="checkbox"
          checked={form.values.shareContactWithIntegrations}
          aria-describedby="integrations-sharing-hint"
          onChange={(change) => {
            form.choose('shareContactWithIntegrations', change.target.checked);
          }}
        />
        <span>Share my email and cell number with the organizer’s integrations</span>
      </label>
      <p id="integrations-sharing-hint" className={styles.lead}>
        Integrations are tools the organizer connects to Rounds, such as a practice CRM or a mailing tool. Off, they
        see your profile without your email and cell number. A field you keep for “Only me” stays hidden from them.
      </p>
    </fieldset>
  );
}

import { Button } from '@/components/ui/Button';
import { FormErrorSummary } from '@/components/ui/FormErrorSummary';
import { SelectField } from '@/components/ui/SelectField';
import { TextAreaField } from '@/components/ui/TextAreaField';
import { TextField } from '@/components/ui/TextField';
import { useCheckedForm } from '@/lib/forms/use-checked-form';
import { useSpecialties } from '@/entities/specialty/get-specialties';
import { EVENT_FIELD_LABELS, EVENT_FIELDS, type EventFormValues, LIMITS, validateEvent } from './event-form';
import styles from './EventEditorForm.module.css';
import { TimeZoneSelect } from './TimeZoneSelect';

interface EventEditorFormProps {
  initialValues: EventFormValues;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  /** Sends the values; calls back with the failure, if any, to show it on the form. */
  onSubmit: (values: EventFormValues, onError: (error: unknown) => void) => void;
}

/** Every detail of an event, with the server's rules checked as the organizer goes. */
export function EventEditorForm({ initialValues, submitLabel, pendingLabel, pending, onSubmit }: EventEditorFormProps) {
  const specialties = useSpecialties();
  const form = useCheckedForm({
    formId: 'event',
    fields: EVENT_FIELDS,
    defaultValues: initialValues,
    validate: validateEvent,
    fieldLabels: EVENT_FIELD_LABELS,
    validateOnBlur: true,
  });
  const submit = form.submit((values) => {
    onSubmit(values, form.showServerError);
  });
  const zone = form.values.timeZone.replaceAll('_', ' ');

  return (
    <form noValidate onSubmit={submit} aria-label="Event details" className={styles.form}>
      <FormErrorSummary items={form.summary} />
      <fieldset className={styles.group}>
        <legend>What and where</legend>
        <TextField {...form.field('title')} label="Title" maxLength={LIMITS.title} />
        <TextAreaField
          {...form.field('description')}
          label="Description"
          hint="Optional. Who it is for and what to expect."
          maxLength={LIMITS.description}
          rows={5}
        />
        <div className={styles.pair}>
          <TextField {...form.field('city')} label="City" maxLength={LIMITS.city} />
          <TextField {...form.field('venueName')} label="Venue" maxLength={LIMITS.venueName} />
        </div>
        <TextField {...form.field('venueAddress')} label="Venue address" maxLength={LIMITS.venueAddress} />
        <SelectField
          {...form.field('specialtyFocus')}
          label="Specialty focus"
          hint={specialties.isError ? 'The specialty list could not be loaded; you can set this later.' : 'Optional.'}
          disabled={!specialties.isSuccess}
        >
          <option value="">No particular specialty</option>
          {specialties.data
            ?.filter((specialty) => !specialty.parentCode)
            .map((specialty) => (
              <option key={specialty.code} value={specialty.code}>
                {specialty.name}
              </option>
            ))}
        </SelectField>
      </fieldset>
      <fieldset className={styles.group}>
        <legend>When</legend>
        <TimeZoneSelect {...form.field('timeZone')} />
        <div className={styles.pair}>
          <TextField {...form.field('startsAt')} label="Starts" hint={`Local time in ${zone}.`} type="datetime-local" />
          <TextField {...form.field('endsAt')} label="Ends" hint={`Local time in ${zone}.`} type="datetime-local" />
        </div>
        <div className={styles.pair}>
          <TextField
            {...form.field('registrationOpensAt')}
            label="Registration opens"
            hint="Optional. Empty: as soon as the event is created."
            type="datetime-local"
          />
          <TextField
            {...form.field('registrationClosesAt')}
            label="Registration closes"
            hint="Optional. Empty: when the event starts."
            type="datetime-local"
          />
        </div>
      </fieldset>
      <fieldset className={styles.group}>
        <legend>Seats and introductions</legend>
        <div className={styles.pair}>
          <TextField
            {...form.field('capacity')}
            label="Capacity"
            hint="Seats; once they are taken, attendees join the waitlist."
            inputMode="numeric"
          />
          <TextField
            {...form.field('openRequestLimit')}
            label="Open introduction requests per attendee"
            hint={`1 to ${LIMITS.openRequestLimit}. Few, deliberate requests make better introductions.`}
            inputMode="numeric"
          />
        </div>
      </fieldset>
      <Button type="submit" loading={pending}>
        {pending ? pendingLabel : submitLabel}
      </Button>
    </form>
  );
}

package app.rounds.connection;

import app.rounds.attendee.AttendeeProfileResponse;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.Telephone;
import ezvcard.util.TelUri;

/**
 * A connection as a vCard 4.0 contact card, built from the profile as the caller may see it, so the card holds
 * exactly the fields the response would.
 */
final class VCards {

    private VCards() {
    }

    static String of(AttendeeProfileResponse person) {
        VCard card = new VCard();
        card.setFormattedName(person.fullName());
        if (person.practiceName() != null) {
            card.setOrganization(person.practiceName());
        }
        if (person.specialty() != null) {
            card.addTitle(person.specialty().name());
        }
        if (person.city() != null) {
            Address address = new Address();
            address.setLocality(person.city());
            card.addAddress(address);
        }
        if (person.email() != null) {
            card.addEmail(person.email(), EmailType.WORK);
        }
        if (person.cellNumber() != null) {
            Telephone cell = new Telephone(new TelUri.Builder(person.cellNumber()).build());
            cell.getTypes().add(TelephoneType.CELL);
            card.addTelephoneNumber(cell);
        }
        if (person.websiteUrl() != null) {
            card.addUrl(person.websiteUrl());
        }
        if (person.linkedinUrl() != null) {
            card.addUrl(person.linkedinUrl());
        }
        return Ezvcard.write(card).version(VCardVersion.V4_0).prodId(false).go();
    }

    /** A file name made of the person's name, safe in a Content-Disposition header. */
    static String fileName(AttendeeProfileResponse person) {
        String base = person.fullName().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (base.isEmpty() ? "contact" : base) + ".vcf";
    }
}

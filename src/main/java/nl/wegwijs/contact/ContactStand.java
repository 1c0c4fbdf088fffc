package nl.wegwijs.contact;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.huishouden.HuishoudenId;

/**
 * Where a household stands with its contacts: the last contact (a contactmoment or a group session attended), the
 * next planned contact (the earliest one planned after the last contact), and the date by which the next contact is
 * due under the contract's norm (null for a closed trajectory, or a household without one).
 */
public record ContactStand(HuishoudenId huishouden, @Nullable LocalDate laatsteContact,
        @Nullable LocalDate volgendeContact, @Nullable LocalDate contactUiterlijk, int normWeken) {

    public boolean achterstallig(LocalDate vandaag) {
        return Contactnorm.achterstallig(contactUiterlijk, vandaag);
    }

    /** The event read models receive. */
    public ContactStandGewijzigd alsGebeurtenis() {
        return new ContactStandGewijzigd(huishouden, laatsteContact, volgendeContact, contactUiterlijk);
    }
}

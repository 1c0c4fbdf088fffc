package nl.wegwijs.contact.web;

import org.springframework.stereotype.Component;

import nl.wegwijs.contact.ContactOverzicht;
import nl.wegwijs.contact.ContactService;
import nl.wegwijs.traject.Dossier;
import nl.wegwijs.traject.Inzage;
import nl.wegwijs.traject.DossierOnderdeel;

/**
 * The contacts section of the household file, near the top: last and next contact, whether the contact norm is met,
 * the latest contacts and group sessions, this year's hours, and the button to log a contact; read through the file's
 * {@link Inzage}. A reader who may not see contacts, or their notes, is told which consent is missing.
 */
@Component
class ContactDossierOnderdeel implements DossierOnderdeel {

    private final ContactService contacten;

    ContactDossierOnderdeel(ContactService contacten) {
        this.contacten = contacten;
    }

    @Override
    public int volgorde() {
        return 200;
    }

    @Override
    public String template() {
        return "contact/dossier";
    }

    @Override
    public ContactOverzicht model(Inzage inzage, Dossier dossier) {
        return contacten.overzicht(inzage, dossier.namen());
    }
}

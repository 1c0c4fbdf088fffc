package nl.wegwijs.contact;

import nl.wegwijs.huishouden.HuishoudenId;

/** One contact as the reader may see it (the note left out when they may not), and whether they may change it. */
public record ContactDetail(ContactRegel regel, HuishoudenId huishouden, boolean magWijzigen) {
}

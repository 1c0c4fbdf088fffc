package nl.wegwijs.contact;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.traject.Inzage;

/**
 * One contact as the reader may see it (the note left out when they may not), whether they may change it, and the
 * access decision it was read under (a page showing more of the household reads through the same one).
 */
public record ContactDetail(ContactRegel regel, HuishoudenId huishouden, boolean magWijzigen, Inzage inzage) {
}

package nl.wegwijs.contact;

import java.util.UUID;

import nl.wegwijs.huishouden.HuishoudenId;

/** One person attending a group session, named for a reader who may see their household. */
public record Deelnemer(UUID persoonId, HuishoudenId huishouden, String naam) {
}

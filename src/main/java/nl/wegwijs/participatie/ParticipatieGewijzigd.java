package nl.wegwijs.participatie;

import java.util.UUID;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.traject.TrajectId;

/**
 * A person's Piëzo phases or placements changed (added or ended). Published in the writing transaction, for read
 * models of other modules (e.g. the regievoerder's overview).
 */
public record ParticipatieGewijzigd(TrajectId traject, HuishoudenId huishouden, UUID persoonId) {
}

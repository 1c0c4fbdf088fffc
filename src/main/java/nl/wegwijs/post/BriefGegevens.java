package nl.wegwijs.post;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a user records about a letter: everything but the household, who recorded it and the version. Texts are
 * stripped, blank optional texts become null; the rules are checked by {@link Brief}.
 *
 * @param persoonId the household member the letter is addressed to, or null for the household
 * @param afzenderNaam the sender's own name (required with {@link Afzender#ANDERS}), e.g. "Gemeente Tholen"
 * @param actie what has to be done, in plain words
 * @param deadline the day by which the action must be done; not before {@code ontvangenOp}
 * @param afgehandeldDoor who handled it; required once the letter is {@link BriefStatus#AFGEHANDELD}
 * @param notitie free text of the guide, kept apart from the structured fields
 */
public record BriefGegevens(@Nullable UUID persoonId, Afzender afzender, @Nullable String afzenderNaam,
        LocalDate ontvangenOp, String onderwerp, @Nullable String actie, @Nullable LocalDate deadline,
        BriefStatus status, @Nullable AfgehandeldDoor afgehandeldDoor, @Nullable String notitie) {

    public static final int ONDERWERP_MAX = 200;
    public static final int NAAM_MAX = 200;
    public static final int ACTIE_MAX = 2000;
    public static final int NOTITIE_MAX = 4000;

    public BriefGegevens {
        afzenderNaam = leegNull(afzenderNaam);
        onderwerp = onderwerp == null ? "" : onderwerp.strip();
        actie = leegNull(actie);
        notitie = leegNull(notitie);
    }

    private static @Nullable String leegNull(@Nullable String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }
}

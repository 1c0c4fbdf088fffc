package nl.wegwijs.demo;

import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.demo.DemoTrajecten.Gespeeld;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.tevredenheid.Invulwijze;
import nl.wegwijs.tevredenheid.TevredenheidService;
import nl.wegwijs.tevredenheid.Vraag;

/**
 * The satisfaction answers of the households {@link DemoPlannen#tevredenheid} adds: each takes the questionnaire of
 * its first year right after it is played, recorded through the service by its team's teamleider (the guide with the
 * person, or the person on the guide's device). So VluchtelingenWerk's report has groups of five and more (figures
 * shown) and Gro-Up's one of fewer (figures hidden). The other demo households take it in {@link DemoRoute}, where
 * some stay open to show it as still to do.
 */
final class DemoTevredenheid {

    /** Per household the answers to V1 … V6 on the scale 1 to 5 (null: skipped). */
    private static final @Nullable Integer[][] ANTWOORDEN = {
        { 5, 4, 5, 4, 5, 5 },
        { 4, 4, 3, 4, null, 4 },
        { 3, 5, 4, 3, 4, 4 },
        { 5, 5, 4, 5, 4, 5 },
        { 4, 3, 3, 4, 3, null },
        { 2, 4, 3, 3, 4, 3 },
        { 4, 5, 5, 4, 5, 4 } };

    /** Per household a comment in the person's words, or none. */
    private static final @Nullable String[] OPMERKINGEN = {
        "Mijn begeleider ging mee naar de school van de kinderen; nu durf ik zelf te bellen.",
        null,
        "In het begin begreep ik de brieven niet. Nu lees ik ze eerst zelf en vraag ik alleen wat ik niet snap.",
        null,
        "Ik wil graag meer hulp bij het zoeken naar werk.",
        null,
        "Dank voor het geduld met onze vragen." };

    private final TevredenheidService tevredenheid;
    private final DemoOrganisatie organisatie;
    private int n;

    DemoTevredenheid(TevredenheidService tevredenheid, DemoOrganisatie organisatie) {
        this.tevredenheid = tevredenheid;
        this.organisatie = organisatie;
    }

    /** Records the questionnaire of a household just played, when its moment is open (it is, by its plan). */
    Gespeeld neemAf(Plan plan, Gespeeld g) {
        int i = n++ % ANTWOORDEN.length;
        Medewerker tl = organisatie.ploegen.get(plan.team()).teamleider();
        if (!tevredenheid.lees(tl, g.huishouden()).magAfnemen()) {
            return g;
        }
        Map<Vraag, @Nullable Integer> antwoorden = new EnumMap<>(Vraag.class);
        for (Vraag v : Vraag.values()) {
            antwoorden.put(v, ANTWOORDEN[i][v.ordinal()]);
        }
        tevredenheid.legVast(tl, g.huishouden(), new TevredenheidService.Invoer(
                i % 2 == 0 ? Invulwijze.SAMEN : Invulwijze.ZELF, antwoorden, OPMERKINGEN[i]));
        return g;
    }
}

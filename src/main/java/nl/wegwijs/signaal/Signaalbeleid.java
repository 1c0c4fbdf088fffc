package nl.wegwijs.signaal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Inzage;
import nl.wegwijs.traject.Inzagebeleid;

/**
 * The one place that decides who sees and who may change a signal, by its category's sensitivity. On top of seeing
 * the household at all (its {@link Inzage}):
 * <ul>
 * <li>The <b>raiser</b> and a <b>named addressee</b> always see it.</li>
 * <li>{@link Categorie#HUISELIJK_GEWELD} is confidential: besides them only the begeleider, teamleider and regievoerder
 * of the household, nobody else, not by a consent or an override either.</li>
 * <li>A <b>vrijwilliger</b> sees a sensitive signal ({@link #gevoelig}: health, mental health, domestic violence) only
 * when they raised it or it is addressed to them by name, and never changes its stand or closes it.</li>
 * <li>The <b>regievoerder</b> sees without consent what is addressed to the gemeente's regievoerder (the referral is
 * the sharing: the guide recorded the statushouder's consent or acute danger on it).</li>
 * <li>Otherwise signals are {@link Gegevenssoort#SIGNALEN} (a {@link Categorie#GELDZORGEN} one also with
 * {@link Gegevenssoort#FINANCIEN}, so a budgetcoach sees money worries), and {@link Categorie#GEZONDHEID} and
 * {@link Categorie#PSYCHISCH} need {@link Gegevenssoort#GEZONDHEID} as well.</li>
 * </ul>
 * The same rule is written twice, as Java for one signal ({@link #magZien}) and as SQL for lists ({@link #sql}), next
 * to each other so they change together; lists filter in SQL so keyset pagination stays exact.
 */
final class Signaalbeleid {

    private static final Set<Categorie> GEVOELIG = EnumSet.of(Categorie.GEZONDHEID, Categorie.PSYCHISCH,
            Categorie.HUISELIJK_GEWELD);

    private static final Set<Categorie> GEZONDHEID = EnumSet.of(Categorie.GEZONDHEID, Categorie.PSYCHISCH);

    private Signaalbeleid() {
    }

    /** Health, mental health and domestic violence. */
    static boolean gevoelig(Categorie c) {
        return GEVOELIG.contains(c);
    }

    /** Whether this role may see a confidential (domestic violence) signal it did not raise and is not named in. */
    private static boolean vertrouwelijkVoor(Rol rol) {
        return rol == Rol.BEGELEIDER || rol == Rol.TEAMLEIDER || rol == Rol.REGIEVOERDER;
    }

    /** Whether {@code ik} sees signal {@code s} of a household they see with these categories. */
    static boolean magZien(Medewerker ik, Signaal s, Predicate<Gegevenssoort> ziet) {
        UUID aanMedewerker = s.aan().medewerker();
        if (ik.id().equals(s.gemeldDoor()) || ik.id().equals(aanMedewerker)) {
            return true;
        }
        Categorie c = s.categorie();
        if (c == Categorie.HUISELIJK_GEWELD && !vertrouwelijkVoor(ik.rol())
                || ik.rol() == Rol.VRIJWILLIGER && gevoelig(c)) {
            return false;
        }
        if (ik.rol() == Rol.REGIEVOERDER && s.aan().aan() == Aan.REGIEVOERDER) {
            return true;
        }
        boolean signalen = ziet.test(Gegevenssoort.SIGNALEN)
                || c == Categorie.GELDZORGEN && ziet.test(Gegevenssoort.FINANCIEN);
        return signalen && (!GEZONDHEID.contains(c) || ziet.test(Gegevenssoort.GEZONDHEID));
    }

    /**
     * The category whose consent would let {@code ik} see this signal, or null when no consent can (domestic violence
     * for a role outside the circle, a sensitive signal for a vrijwilliger): then it is not theirs at all (404).
     */
    static @Nullable Gegevenssoort ontbrekend(Medewerker ik, Signaal s, Inzage inzage) {
        Categorie c = s.categorie();
        if (c == Categorie.HUISELIJK_GEWELD && !vertrouwelijkVoor(ik.rol())
                || ik.rol() == Rol.VRIJWILLIGER && gevoelig(c)) {
            return null;
        }
        if (!inzage.magZien(Gegevenssoort.SIGNALEN) && inzage.toestemmingNodig(Gegevenssoort.SIGNALEN)) {
            return Gegevenssoort.SIGNALEN;
        }
        if (GEZONDHEID.contains(c) && inzage.toestemmingNodig(Gegevenssoort.GEZONDHEID)) {
            return Gegevenssoort.GEZONDHEID;
        }
        return null;
    }

    /**
     * Whether {@code ik}, who sees the signal and may record guidance on its household, may manage it (change its
     * stand, close, reopen, the plan): a teamleider or regievoerder, the raiser, or a begeleider it is addressed to
     * (by name, or as the household's guidance); a vrijwilliger never a sensitive one.
     */
    static boolean magBeheren(Medewerker ik, Signaal s) {
        if (ik.heeftRol(Rol.VRIJWILLIGER) && gevoelig(s.categorie())) {
            return false;
        }
        if (ik.heeftRol(Rol.TEAMLEIDER, Rol.REGIEVOERDER) || ik.id().equals(s.gemeldDoor())) {
            return true;
        }
        Signaal.Geadresseerde aan = s.aan();
        return ik.heeftRol(Rol.BEGELEIDER) && aan.aan() == Aan.BEGELEIDING
                && (aan.medewerker() == null || aan.medewerker().equals(ik.id()));
    }

    // --- the same rule in SQL, over a signal aliased s

    /** A SQL condition with its named parameters. */
    record Voorwaarde(String sql, Map<String, Object> parameters) {
    }

    /** For one household, whose categories the Inzage decides. */
    static Voorwaarde sql(Medewerker ik, Inzage inzage) {
        return sql(ik, soort -> inzage.magZien(soort) ? "true" : "false", Map.of());
    }

    /**
     * For lists across households: a category is visible by the reader's task, or per household by a consent of every
     * adult for the reader's organisation and role, or by the reader's active emergency override on it (the rule of
     * {@link Inzage}, in SQL on the consent register's indexes).
     */
    static Voorwaarde sql(Medewerker ik, LocalDate vandaag, Instant nu) {
        Set<Gegevenssoort> taak = Inzagebeleid.taak(ik.rol());
        Map<String, Object> p = new HashMap<>();
        p.put("sOrg", ik.organisatieId());
        p.put("sRol", ik.rol().name());
        p.put("sVandaag", vandaag);
        p.put("sVolwassen", vandaag.minusYears(18));
        p.put("sNu", Timestamp.from(nu));
        String doorbraak = Inzagebeleid.magDoorbreken(ik.rol()) ? """
                exists (select 1 from doorbraak d where d.medewerker_id = :sIk
                           and d.huishouden_id = s.huishouden_id and d.vanaf <= :sNu and d.tot > :sNu)""" : "false";
        return sql(ik, soort -> {
            if (taak.contains(soort)) {
                return "true";
            }
            if (!Inzagebeleid.ontvangtToestemming(ik.rol())) {
                return "false";
            }
            return "(" + doorbraak + " or " + """
                    exists (select 1 from persoon p where p.huishouden_id = s.huishouden_id)
                    and not exists (select 1 from persoon p where p.huishouden_id = s.huishouden_id
                          and (p.geboortedatum <= :sVolwassen
                               or not exists (select 1 from persoon q where q.huishouden_id = s.huishouden_id
                                                 and q.geboortedatum <= :sVolwassen))
                          and not exists (select 1 from toestemming t
                                           where t.huishouden_id = s.huishouden_id and t.persoon_id = p.id
                                             and t.ontvanger_organisatie_id = :sOrg
                                             and (t.ontvanger_rol is null or t.ontvanger_rol = :sRol)
                                             and t.ingetrokken_op is null and t.vanaf <= :sVandaag
                                             and (t.tot is null or t.tot >= :sVandaag)
                                             and '%s' = any(t.gegevens))))""".formatted(soort.name());
        }, p);
    }

    static Voorwaarde sql(Medewerker ik, Function<Gegevenssoort, String> ziet, Map<String, Object> extra) {
        Rol rol = ik.rol();
        String uitgesloten = (vertrouwelijkVoor(rol) ? "" : " and s.categorie <> 'HUISELIJK_GEWELD'")
                + (rol == Rol.VRIJWILLIGER
                        ? " and s.categorie not in ('GEZONDHEID', 'PSYCHISCH', 'HUISELIJK_GEWELD')" : "");
        String regie = rol == Rol.REGIEVOERDER ? "s.aan = 'REGIEVOERDER' or " : "";
        String sql = "(s.gemeld_door = :sIk or s.aan_medewerker_id = :sIk or (true" + uitgesloten
                + " and (" + regie + "((" + ziet.apply(Gegevenssoort.SIGNALEN) + ") or s.categorie = 'GELDZORGEN' and ("
                + ziet.apply(Gegevenssoort.FINANCIEN) + ")) and (s.categorie not in ('GEZONDHEID', 'PSYCHISCH') or ("
                + ziet.apply(Gegevenssoort.GEZONDHEID) + ")))))";
        Map<String, Object> p = new HashMap<>(extra);
        p.put("sIk", ik.id());
        return new Voorwaarde(sql, p);
    }
}

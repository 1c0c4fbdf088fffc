package nl.wegwijs.verwijzing;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A new referral as the guide enters it.
 *
 * @param persoonId the referred person, or null for the household
 * @param signaalId the signal it comes from, if any
 * @param versturen send it at once (needs the consent); otherwise it stays AANGEMAAKT
 * @param toestemming for a service without Wegwijs accounts: the consent the person gave for this referral
 */
public record NieuweVerwijzing(@Nullable UUID persoonId, UUID dienstId, String reden, boolean warm,
        @Nullable UUID signaalId, boolean versturen, @Nullable ExterneToestemming toestemming) {
}

/**
 * The JSON API of referrals: a household's referrals ({@code /api/v1/huishoudens/{id}/verwijzingen}), one referral
 * and its steps as sub-resources ({@code /api/v1/verwijzingen/{id}/verzending}, {@code .../antwoord},
 * {@code .../afronding}), the receiving wijkteam's inbox ({@code /api/v1/verwijzingen}) and the waiting times per
 * service of a gemeente ({@code /api/v1/wachttijden}), through the same
 * {@link nl.wegwijs.verwijzing.VerwijzingService} methods as the screens (same authorization, same processing log).
 */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.verwijzing.api;

/**
 * The JSON API of closing guidance: {@code /api/v1/huishoudens/{id}/afsluiting} (where the closing stands, the
 * eindgesprek, the decision to end or extend), {@code /api/v1/huishoudens/{id}/overdracht} and
 * {@code /api/v1/overdrachten} (the warm handover: start, complete, share, driegesprek, withdraw, the wijkteam's inbox
 * and acceptance, the later hulpvragen) and {@code /api/v1/afsluiting-instellingen/{contract}} (the practice per
 * contract), through the same service methods as the screens; own request and response records, mapped by hand.
 */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.afsluiting.api;

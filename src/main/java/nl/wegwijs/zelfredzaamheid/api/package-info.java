/**
 * The JSON API for self-reliance: the instruments and the per-contract settings under
 * {@code /api/v1/zelfredzaamheid/...}, and per household under {@code /api/v1/huishoudens/{id}/zelfredzaamheid} the
 * stand ("zelfredzaam genoeg?"), the measurements (record, correct) and the begeleidingsplan's actions (add, tick
 * off). The same service methods as the screens, so the same authorization and the same processing-log rows; own
 * request and response records, mapped by hand.
 */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.zelfredzaamheid.api;

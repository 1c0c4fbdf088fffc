/**
 * The JSON API for signals: {@code /api/v1/huishoudens/{id}/signalen}, {@code /api/v1/signalen}, the thread under
 * {@code /api/v1/signalen/{id}/berichten}, the stand under {@code /api/v1/signalen/{id}/stand} and the plan van
 * aanpak under {@code /api/v1/signalen/{id}/acties}, with the same authorization as the screens.
 */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.signaal.api;

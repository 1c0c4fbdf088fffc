/**
 * The JSON API of client satisfaction: the questions ({@code /api/v1/tevredenheid/vragen}), a household's
 * questionnaire ({@code /api/v1/huishoudens/{id}/tevredenheid}: due, open or answered, and recording the answers
 * once) and the aggregate report ({@code /api/v1/tevredenheid/rapport}), through the same {@code TevredenheidService}
 * methods as the screens. No operation returns one household's answers.
 */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.tevredenheid.api;

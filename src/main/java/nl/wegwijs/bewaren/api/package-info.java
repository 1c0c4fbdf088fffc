/**
 * The JSON API of the file that moves with a household to another gemeente: the export
 * ({@code GET /api/v1/huishoudens/{id}/verhuisdossier}) and the import ({@code POST /api/v1/verhuizingen}), through
 * {@link nl.wegwijs.bewaren.VerhuisService} as the screens, so with the same authorization and processing log.
 */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.bewaren.api;

/**
 * API clients (koppelingen): a gemeente's or uitvoerder's own system that calls the API with its own credentials.
 * The beheerder registers a client for an organisation with a role and scopes (read and write per part of the
 * API); its secret is shown once. The client fetches a short-lived JWT with OAuth 2.0 client credentials
 * ({@code /oauth2/token}, Spring Authorization Server) and calls {@code /api/**} with it as a Bearer token, stateless:
 * no session, no CSRF. It acts as a technical {@code Medewerker} of its organisation, so every rule of the services
 * holds for it and the processing log names it. A revoked client is refused on its next request.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "organisatie" })
package nl.wegwijs.koppeling;

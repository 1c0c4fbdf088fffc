/**
 * The JSON API of the sociale kaart: {@code /api/v1/diensten} (a gemeente's services, keyset pages with filters kind
 * and language; one service; adding, changing with its version, (de)activating), through the same
 * {@link nl.wegwijs.socialekaart.SocialeKaart} methods as the screens. Own request and response records, mapped by
 * hand. The waiting times per service live with the referrals ({@code verwijzing.api}, {@code /api/v1/wachttijden}).
 */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.socialekaart.api;

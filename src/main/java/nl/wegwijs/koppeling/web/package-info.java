/** The beheerder's pages for API clients ({@code /beheer/koppelingen}). */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.koppeling.web;

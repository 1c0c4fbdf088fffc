/**
 * The screens of referrals: a household's referrals and the form to refer (also from a signal), one referral with
 * sending, answering and finishing, the wijkteam's inbox, and the waiting times per service. Every action works
 * without JavaScript; forms post the version they were rendered with.
 */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.verwijzing.web;

/**
 * The consent screens: recording a consent in one form, revoking it on a confirm page, the "do you still agree?" list,
 * the emergency override's confirm page and the privacy page of the teamleider and the privacy officer. Every action
 * works as a plain form post with redirect-after-post.
 */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.toestemming.web;

/** The JSON API of the notifications under /api/v1: the reader's unread ones, and marking one read. */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.notificatie.api;

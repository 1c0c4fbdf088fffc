/**
 * The screens of the signaal module: a household's signals with the raise form (choosing the addressee), one signal
 * as a conversation with its plan van aanpak (reply, in behandeling, add, tick off, close, reopen), and the open
 * signals of a team, uitvoerder or gemeente. Forms post the version they were rendered with; every action works
 * without JavaScript.
 */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.signaal.web;

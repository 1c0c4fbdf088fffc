/**
 * The screens of the signaal module: a household's signals with the raise form, one signal with its plan van aanpak
 * (add, tick off, close, reopen), and the open signals of a team, uitvoerder or gemeente. Forms post the version they
 * were rendered with; every action works without JavaScript.
 */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.signaal.web;

/** The web pages of contacts and group sessions: forms, lists, hours, the contact norm, the household-file section. */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.contact.web;

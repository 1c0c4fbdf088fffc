/** The screens of requests to the gemeente: the household's requests, the form, the decision page and the list. */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.verzoek.web;

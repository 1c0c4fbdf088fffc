/** The screens of the sociale kaart: the list per gemeente with a kind filter, adding, editing and deactivating. */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.socialekaart.web;

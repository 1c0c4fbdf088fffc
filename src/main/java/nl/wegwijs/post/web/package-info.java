/**
 * The screens of the post module: a household's letters with a quick register form, editing and finishing a letter
 * (each form posts the version it was rendered with). Every action works without JavaScript.
 */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.post.web;

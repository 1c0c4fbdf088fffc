/** The worklist screen and the start page per role. */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.werklijst.web;

@org.jspecify.annotations.NullMarked
package nl.wegwijs.bewaren.web;

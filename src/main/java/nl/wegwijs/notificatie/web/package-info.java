@org.jspecify.annotations.NullMarked
package nl.wegwijs.notificatie.web;
